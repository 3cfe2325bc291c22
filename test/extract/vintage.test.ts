import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const claimsOf = (text: string, title: string): ExtractedClaim[] => extract(text, { publishedAt: '2025-03-10', title }).claims;
const quoted = (claims: ExtractedClaim[], quote: string): ExtractedClaim => {
  const c = claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim "${quote}" in ${claims.map((x) => x.quote.exact).join(', ')}`).toBeDefined();
  return c!;
};

describe('a revised release is another vintage of the same quarter', () => {
  const REVISION =
    'Sylvania’s economy grew a little faster than first thought in the fourth quarter, revised government figures showed on Monday.\n' +
    'Sylvania’s gross domestic product grew 0.4% from the previous quarter in the fourth quarter of 2024, up from the preliminary estimate. The preliminary estimate had shown growth of 0.3% from the previous quarter in the fourth quarter of 2024. ' +
    'Household spending in Sylvania rose 0.2% from the previous quarter in the fourth quarter of 2024, unchanged from the preliminary reading.';
  const FIRST = 'Sylvania’s gross domestic product grew 0.3% from the previous quarter in the fourth quarter of 2024, government figures showed.';

  it('the revised reading is its own proposition, apart from the first estimate another source reports', () => {
    const revised = quoted(claimsOf(REVISION, 'Sylvania growth revised up'), '0.4%');
    const first = quoted(claimsOf(FIRST, 'Sylvania economy grows 0.3%'), '0.3%');
    expect(revised.proposition?.basis).toBe('qoq+revised-estimate');
    expect(revised.metric).not.toBe(first.metric);
    expect(revised.comparable).toBe(true);
  });

  it('a reading the revision story gives to the earlier release meets the first estimate', () => {
    const earlier = quoted(claimsOf(REVISION, 'Sylvania growth revised up'), '0.3%');
    const first = quoted(claimsOf(FIRST, 'Sylvania economy grows 0.3%'), '0.3%');
    expect(earlier.metric).toBe(first.metric);
  });

  it('"unchanged from the preliminary reading" is the new reading', () => {
    const c = quoted(claimsOf(REVISION, 'Sylvania growth revised up'), '0.2%');
    expect(c.proposition?.basis).toContain('revised-estimate');
  });

  it('a story that is no revision marks nothing', () => {
    const c = quoted(claimsOf(FIRST, 'Sylvania economy grows 0.3%'), '0.3%');
    expect(c.proposition?.basis).toBe('qoq');
  });

  it('a capitalised statistic word opening a sentence is no party: "Real gross domestic product contracted"', () => {
    const text =
      'The Finnish economy shrank in the fourth quarter.\nReal gross domestic product contracted 1.1% on an annualized basis in the fourth quarter of 2024.';
    const c = quoted(extract(text, { publishedAt: '2025-03-10', title: 'Finland GDP shrinks' }).claims, '1.1%');
    expect(c.proposition?.subject).toEqual(['finland']);
  });
});
