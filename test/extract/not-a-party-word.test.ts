import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// A month abbreviation, a fiscal-year code, a currency code, a disease (a facet word alone), or the head word of an
// institution's name cut at "of" or pointing back after "the" ("the Bank's") is never the party a figure is of.
describe('capitalised words that name no party', () => {
  it.each([
    [
      'a month abbreviation',
      'Exports to Canada reached $35.3 billion in the Feb. 1-20 period. Imports went up 7.7 percent to $34.5 billion in the Feb. 1-20 period.',
      'feb',
    ],
    [
      'a fiscal-year code',
      'On a consolidated basis for FY2010, vehicle sales were down 330,000 units. Vehicle sales in FY2010 totalled 7,237,000 units.',
      'fy2010',
    ],
    [
      'a currency code',
      'The trade surplus rose to EUR 24.9 billion in May. The surplus was seen at EUR 20.3 billion, and the current account surplus totaled EUR 11.8 billion.',
      'eur',
    ],
    ['a disease', 'The company expects $5 billion of COVID vaccine revenue in 2024. Its COVID drug revenue is projected at $3.5 billion in 2024.', 'covid'],
    [
      'an institution cut at "of"',
      'According to data from the Ministry of Trade, exports grew by 11.4 percent year-on-year in August, reaching $57.9 billion.',
      'ministry',
    ],
    [
      'a preposition opening the sentence before a month',
      'Between October and December 2023, the airport recorded 16.1 million passengers. Throughout March the carrier flew 1.2 million passengers.',
      'between-october',
    ],
    ['… or before its time', 'Throughout March the carrier flew 1.2 million passengers.', 'throughout-march'],
    [
      'an institution\'s head word pointing back ("the Bank\'s")',
      'The Bank of Canada cut its key rate in June 2024. The April inflation rate was 2.7%, closer to the Bank’s ideal target of 2%.',
      'bank',
    ],
    [
      '… ("the Committee\'s")',
      'Inflation in the United States has made further progress toward the Committee’s 2% objective, and it eased to 2.5% in August 2024.',
      'committee',
    ],
  ])('%s', (_name, text, word) => {
    const parties = extract(text, { publishedAt: '2025-02-24' }).claims.flatMap((c) => [...(c.proposition?.subject ?? []), c.proposition?.counterpart]);
    expect(parties).not.toContain(word);
  });

  it('a headline name that is only a facet word ("Malaria\'s stalled progress")', () => {
    const title = "Malaria's stalled progress in 2023";
    const text = `${title}\nDeaths tallied at 597,000 in 2023, the report said.`;
    const claims = extract(text, { publishedAt: '2024-12-11', title }).claims;
    expect(claims.find((c) => c.quote.exact.startsWith('597,000'))?.proposition?.measure).toBe('deaths');
    const parties = claims.flatMap((c) => c.proposition?.subject ?? []);
    expect(parties).not.toContain('malaria');
  });

  it('a common noun capitalised to open a sentence, which the text writes in lower case elsewhere ("Sugarcane production …")', () => {
    const title = 'India crop estimates';
    const text = `${title}\nSugarcane production decreased to 453.15 million tonnes in 2023-24. Farmers in India planted less sugarcane that year.`;
    const claims = extract(text, { publishedAt: '2024-09-26', title }).claims;
    expect(claims.find((c) => c.quote.exact.startsWith('453.15'))?.proposition?.subject).toEqual(['india']);
  });

  it('… but a company may bear a facet word as its name ("Wind")', () => {
    const title = "Wind's subscriber base grows";
    const text = `${title}\nThe Italian mobile operator Wind had 20 million subscribers in 2023.`;
    const parties = extract(text, { publishedAt: '2024-03-01', title }).claims.flatMap((c) => c.proposition?.subject ?? []);
    expect(parties).toContain('wind');
  });
});
