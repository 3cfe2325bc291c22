import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// The strength of a quake on a scale is no count of the dead, the injured or the homes it destroyed.
describe('a quake magnitude', () => {
  const meta = { publishedAt: '2025-05-02' };
  it.each([
    ['A magnitude 6.4 earthquake in northern Freedonia killed more than 240 people.', '6.4'],
    ['The death toll from the 7.1 magnitude earthquake that struck Freedonia on April 27 has risen to 318.', '7.1'],
    ['More than 1,900 people were killed after a quake hit Freedonia, followed by a 6.3 aftershock.', '6.3'],
    ['The quake, which registered 6.9 on the Richter scale, killed 410 people in Freedonia.', '6.9'],
  ])('%s', (text, magnitude) => {
    const claims = extract(text, meta).claims;
    expect(claims.some((c) => /^deaths\./.test(c.metric ?? ''))).toBe(true);
    expect(claims.find((c) => c.quote.exact.startsWith(magnitude))).toBeUndefined();
  });

  it('while a figure of a quake that is no magnitude is still read', () => {
    const claims = extract('A magnitude 6.4 earthquake in northern Freedonia destroyed 6 villages.', meta).claims;
    expect(claims.some((c) => c.quote.exact.startsWith('6 villages'))).toBe(true);
  });
});
