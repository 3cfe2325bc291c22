import { describe, expect, it } from 'vitest';
import { isOrganisation, personName } from '../../src/cite/index.js';

describe('personName', () => {
  it('keeps a name without an explicit split whole, in its stored order', () => {
    expect(personName('Lye Liang Fook')).toEqual({ literal: 'Lye Liang Fook' });
    expect(personName('Mary Glantz')).toEqual({ literal: 'Mary Glantz' });
    expect(personName('Владимир Путин')).toEqual({ literal: 'Владимир Путин' });
    expect(personName('习近平')).toEqual({ literal: '习近平' });
  });

  it('takes "Family, Given" as written, in any script', () => {
    expect(personName('Lye, Liang Fook')).toEqual({ family: 'Lye', given: 'Liang Fook' });
    expect(personName('Путин, Владимир')).toEqual({ family: 'Путин', given: 'Владимир' });
    expect(personName('王, 小明')).toEqual({ family: '王', given: '小明' });
  });

  it('keeps an organisation whole, even one written with a comma', () => {
    expect(personName('United States Institute of Peace')).toEqual({ literal: 'United States Institute of Peace' });
    expect(personName('University of California, Berkeley')).toEqual({ literal: 'University of California, Berkeley' });
    expect(personName('Министерство иностранных дел, Россия')).toEqual({ literal: 'Министерство иностранных дел, Россия' });
  });

  it('keeps lower-case particles apart from an explicitly split family name', () => {
    expect(personName('van Beethoven, Ludwig')).toEqual({ family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van' });
  });

  it('reads a generational suffix after a second comma', () => {
    expect(personName('King, Martin Luther, Jr.')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
  });

  it('drops a trailing comma, leaving the name whole', () => {
    expect(personName('Reuters,')).toEqual({ literal: 'Reuters' });
    expect(personName('Lye ,')).toEqual({ literal: 'Lye' });
  });

  it('ignores surrounding and repeated whitespace', () => {
    expect(personName('  Freeman,   Carla ')).toEqual({ family: 'Freeman', given: 'Carla' });
    expect(personName('  Carla   Freeman ')).toEqual({ literal: 'Carla Freeman' });
  });
});

describe('isOrganisation', () => {
  it.each(['World Bank', 'Centre for Strategic Studies', 'Reuters', 'ООН Центр', 'Acme Inc.', 'Ministère des Affaires étrangères'])(
    'takes %s for an organisation',
    (name) => expect(isOrganisation(name)).toBe(true),
  );

  it.each(['Mary Glantz', 'Banks, Iain', 'Pressman, Ada', 'Freeman, Carla'])('takes %s for a person', (name) => {
    expect(isOrganisation(name)).toBe(false);
  });
});
