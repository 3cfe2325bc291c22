import { describe, expect, it } from 'vitest';
import { personName } from '../../src/cite/index.js';

describe('personName', () => {
  it('takes the last word as the family name by default', () => {
    expect(personName('Zorawar Singh Gill')).toEqual({ family: 'Gill', given: 'Zorawar Singh' });
    expect(personName('Mary Glantz')).toEqual({ family: 'Glantz', given: 'Mary' });
  });

  it('takes "Family, Given" as written, for names whose family name comes first', () => {
    expect(personName('Lye, Liang Fook')).toEqual({ family: 'Lye', given: 'Liang Fook' });
  });

  it('keeps lower-case particles with the family name', () => {
    expect(personName('Ludwig van Beethoven')).toEqual({
      family: 'Beethoven',
      given: 'Ludwig',
      'non-dropping-particle': 'van',
    });
    expect(personName('Charles de la Fontaine')).toMatchObject({ family: 'Fontaine', 'non-dropping-particle': 'de la' });
  });

  it('recognises a generational suffix', () => {
    expect(personName('Martin Luther King Jr.')).toEqual({ family: 'King', given: 'Martin Luther', suffix: 'Jr.' });
  });

  it('keeps a single word whole as a literal name', () => {
    expect(personName('Reuters')).toEqual({ literal: 'Reuters' });
  });

  it('ignores surrounding and repeated whitespace', () => {
    expect(personName('  Carla   Freeman ')).toEqual({ family: 'Freeman', given: 'Carla' });
  });
});
