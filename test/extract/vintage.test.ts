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

describe('what marks a vintage', () => {
  it('a headline that says the figure was "revised down to" makes the story a revision', () => {
    const text =
      'Freedonia’s economy contracted at an annualised 3.1% in the third quarter of 2025 from the previous quarter, worse than the initial estimate of a 2.4% drop, government data showed on Friday.';
    const c = quoted(claimsOf(text, 'Freedonia Q3 GDP revised down to 3.1% annualised contraction'), '3.1%');
    expect(c.proposition?.basis).toContain('revised-estimate');
  });

  it('a headline saying growth was "faster than first thought" makes the story a revision', () => {
    const text = 'Freedonia’s economy grew 0.6% from the previous quarter in the third quarter of 2025, the statistics office said.';
    const c = quoted(claimsOf(text, 'Freedonia grew faster than first thought in the third quarter'), '0.6%');
    expect(c.proposition?.basis).toContain('revised-estimate');
  });

  it('a figure set inside the earlier release\'s words ("the initial 0.6% drop reading") is that release\'s', () => {
    const text =
      'Freedonia’s economy contracted at an annualised 3.1% in the third quarter of 2025, revised government data showed on Friday. On a quarter-on-quarter basis, GDP shrank 0.8% in the third quarter of 2025, compared with the initial 0.6% drop reading.';
    const claims = claimsOf(text, 'Freedonia GDP shrinks more than first estimated');
    expect(quoted(claims, '0.8%').proposition?.basis).toContain('revised-estimate');
    expect(quoted(claims, '0.6%').proposition?.basis ?? '').not.toContain('revised-estimate');
  });

  it('"revised upwards to 8.2% from the second advance estimate of 7.6%": the advance estimate is the one replaced', () => {
    const text = 'Freedonia’s GDP growth for 2024 has been revised upwards to 8.2 percent from the second advance estimate of 7.6 percent.';
    const c = quoted(claimsOf(text, 'Freedonia GDP growth revised'), '7.6 percent');
    expect(c.proposition?.basis).toContain('previous-estimate');
  });

  it('"originally estimated … at" names the estimate a revision replaced, for a level too', () => {
    const text = 'The statistics office originally estimated net migration to Ireland for the year to April 2024 at 79,000, but now puts it at 98,000.';
    const c = quoted(claimsOf(text, 'Irish migration figures revised'), '79,000');
    expect(c.proposition?.basis).toBe('previous-estimate');
  });
});

describe('a release that revises the months before the one it reports', () => {
  const JOBS =
    'Rurland’s employers added 353,000 jobs in January, the labour ministry said on Friday. The change for December was revised up to 333,000 jobs, more than previously reported.\n\n' +
    'The unemployment rate held at 3.7% in January. Average hourly earnings rose 0.6% in January.';
  const title = 'Rurland job growth surges in January';

  it('gives the revised vintage only to figures of the months its revision names: January’s rates are first estimates', () => {
    const claims = claimsOf(JOBS, title);
    expect(quoted(claims, '3.7%').proposition?.basis ?? '').not.toContain('revised-estimate');
    expect(quoted(claims, '0.6%').proposition?.basis ?? '').not.toContain('revised-estimate');
  });

  it('and a first estimate of January meets another source’s plain report of it', () => {
    const other = quoted(claimsOf('Rurland’s unemployment rate was 3.7% in January, the labour ministry said.', 'Rurland jobs report'), '3.7%');
    expect(quoted(claimsOf(JOBS, title), '3.7%').metric).toBe(other.metric);
  });
});

describe('the periods a revision names', () => {
  it('leave out when the earlier estimate came out ("the 2.8% pace it reported last month"): the quarter revised keeps its vintage', () => {
    const text =
      'U.S. GDP growth was revised up to 3.0% in the April-June period, the government said on Thursday, up from the 2.8% pace it reported last month.\n\nConsumer spending grew 2.9% in the second quarter.';
    const c = extract(text, { publishedAt: '2024-08-29', title: 'Second-quarter growth revised higher' }).claims.find((x) => x.quote.exact.startsWith('2.9%'));
    expect(c?.proposition?.basis ?? '').toContain('revised-estimate');
  });

  it('"Revised figures released on June 10 showed the economy grew 1.7% in the first quarter": the quarter, not the release date', () => {
    const text =
      'Revised figures released on June 10 showed the economy grew 1.7% in the first quarter, less than first estimated.\n\nHousehold spending rose 3.0% in the first quarter.';
    const c = extract(text, { publishedAt: '2024-06-27', title: 'Canada GDP' }).claims.find((x) => x.quote.exact.startsWith('3.0%'));
    expect(c?.proposition?.basis ?? '').toContain('revised-estimate');
  });
});
