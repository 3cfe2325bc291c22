import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const claimsOf = (text: string, publishedAt: string): ExtractedClaim[] => extract(text, { publishedAt }).claims;
const quoted = (claims: ExtractedClaim[], quote: string): ExtractedClaim => {
  const c = claims.find((x) => x.quote.exact === quote);
  expect(c, `no claim "${quote}" in ${claims.map((x) => x.quote.exact).join(', ')}`).toBeDefined();
  return c!;
};

describe('a policy decision dates the move and the level it set to the day of the decision', () => {
  const ROWS: Array<[string, string, string, string[], string]> = [
    [
      'a weekday against a report of the next day',
      '2025-03-21',
      'The Bank of Japan voted to raise its policy rate by 0.25 percentage points to 0.75%, the central bank said on Thursday.',
      ['0.25 percentage points', '0.75%'],
      '2025-03-20',
    ],
    [
      'a date in the sentence',
      '2025-04',
      'On 9 April 2025 the European Central Bank cut its key interest rate by 25 basis points to 2.25%.',
      ['25 basis points', '2.25%'],
      '2025-04-09',
    ],
    [
      'the announcement weekday after the meeting date it follows',
      '2025-06',
      'The Bank of England announced on Thursday a rate cut of 0.25 percentage points to 4.25 per cent following its meeting ending on June 18, 2025.',
      ['0.25 percentage points', '4.25 per cent'],
      '2025-06-19',
    ],
    [
      'the rate named by what the bank targets ("the target range for the federal funds rate"), moved "by … to"',
      '2024-09-18',
      'The Federal Reserve lowered the target range for the federal funds rate by 50 basis points to 4.75 to 5.00 percent.',
      ['50 basis points', '4.75 to 5.00 percent'],
      '2024-09-18',
    ],
    [
      'a report dated to the day that names none',
      '2025-02-06',
      'The Bank of England has lowered its benchmark interest rate from 4.75% to 4.5%.',
      ['4.5%'],
      '2025-02-06',
    ],
  ];
  it.each(ROWS)('%s', (_name, pub, text, quotes, day) => {
    const claims = claimsOf(text, pub);
    for (const q of quotes) {
      const c = quoted(claims, q);
      expect(c.period?.start, q).toBe(day);
      expect(c.period?.end, q).toBe(day);
      expect(c.comparable, q).toBe(true);
    }
  });

  it('keeps the day the article first gave to the decision for a later sentence that retells it', () => {
    const text =
      'The Bank of England has voted to cut its benchmark interest rate to 4.5 per cent, the central bank said in a statement on Thursday.\n' +
      'At a meeting on Wednesday, the Monetary Policy Committee voted by a majority of 7-2 to reduce the interest rate by 0.25 percentage points, to 4.5 per cent.';
    const claims = claimsOf(text, '2025-02-07');
    for (const c of claims.filter((x) => x.unit === 'percent' || x.unit === 'percentage_point')) expect(c.period?.start, c.quote.exact).toBe('2025-02-06');
  });

  it("leaves alone the level before, the dissenters' alternative, a stated month, and market expectations", () => {
    const claims = claimsOf(
      'The Bank of England has lowered its benchmark interest rate from 4.75% to 4.5%. Two members preferred to maintain the rate at 4.75%. ' +
        'The bank raised rates from a record low of 0.1% in December 2021. Markets price in a further cut by 50 basis points in 2025.',
      '2025-02-06',
    );
    expect(quoted(claims, '4.75%').period?.start).not.toBe('2025-02-06');
    expect(claims.filter((c) => c.quote.exact === '4.75%').every((c) => c.period?.start !== '2025-02-06')).toBe(true);
    expect(quoted(claims, '0.1%').period?.start).toBe('2021-12-01');
    expect(quoted(claims, '50 basis points').period?.start).not.toBe('2025-02-06');
  });

  it('reads the policy rate a central bank targets as the rate it set, and a target for inflation as a target', () => {
    const fed = claimsOf(
      'With the Fed saying it has gained greater confidence inflation is moving sustainably toward its 2 percent target, the central bank lowered the target range for the federal funds rate by 50 basis points to 4.75 to 5.00 percent.',
      '2024-09-18',
    );
    expect(quoted(fed, '50 basis points').proposition).toMatchObject({ measure: 'interest-rate', modality: 'actual', statType: 'change' });
    expect(quoted(fed, '50 basis points').value).toBe(-50);
    expect(quoted(fed, '4.75 to 5.00 percent').proposition?.modality).toBe('actual');
    expect(quoted(fed, '2 percent').proposition?.modality).toBe('target');
    const rba = claimsOf('The Reserve Bank of Australia wants inflation back within its 2 to 3 per cent target range.', '2024-08-06');
    expect(quoted(rba, '2 to 3 per cent').proposition?.modality).toBe('target');
  });

  it('a target named with a figure of its own earlier in the sentence makes no later figure a target', () => {
    const claims = claimsOf('The government set a target of 2 million homes by 2030, and home sales in Britain rose to 1.2 million in 2023.', '2024-09-18');
    expect(quoted(claims, '1.2 million').proposition?.modality).toBe('actual');
    // (A goal in words, after the holder's possessive: "closer to the bank's two per cent goal".)
    const goal = claimsOf("Australia's inflation rate moved closer to the bank's two per cent goal, coming in at 3.4 per cent in April 2024.", '2024-06-05');
    expect(quoted(goal, '3.4 per cent').proposition?.modality).toBe('actual');
    expect(quoted(goal, 'two per cent').proposition?.modality).toBe('target');
    const central = claimsOf('Inflation in Canada hit the central bank’s 2% target in May 2024, falling to 2.0%.', '2024-06-10');
    expect(quoted(central, '2.0%').proposition?.modality).toBe('actual');
  });

  it('rates a market sets that "dropped" were decided at no meeting', () => {
    const claims = claimsOf('Interest rates on savings accounts dropped to 4.5%.', '2024-07-05');
    expect(quoted(claims, '4.5%').period?.start).not.toBe('2024-07-05');
  });

  it('dates nothing of a measure no meeting decides', () => {
    const claims = claimsOf('Sylvanian car sales fell 6% to 120,000 units, the statistics office said on Thursday.', '2025-02-07');
    expect(quoted(claims, '6%').period?.start).not.toBe('2025-02-06');
  });
});

describe('a decision body is its institution, not a party of its own', () => {
  it('reads "the Monetary Policy Committee" and "MPC" as the central bank the text names', () => {
    const text =
      'The Bank of England kept rates on hold in March 2025.\n' +
      "The Monetary Policy Committee (MPC) voted to reduce the Bank Rate by 0.25 percentage points to 4.5% in February 2025. The MPC's 2 per cent inflation target was missed in January 2025.";
    const claims = claimsOf(text, '2025-04-01');
    expect(quoted(claims, '0.25 percentage points').proposition?.subject).toEqual(['united-kingdom']);
    expect(quoted(claims, '4.5%').metric).toBe('interest-rate.united-kingdom.rate');
    expect(claims.some((c) => /mpc|monetary-policy-committee|bank-rate/.test(c.metric ?? ''))).toBe(false);
  });

  it('reads a body of a text that names no institution as nobody', () => {
    const claims = claimsOf(
      'The Monetary Policy Committee voted to reduce the policy rate by 0.25 percentage points in February 2025. The MPC meets again soon.',
      '2025-04-01',
    );
    expect(claims.some((c) => /mpc|monetary-policy-committee/.test(c.metric ?? ''))).toBe(false);
  });
});

describe('a vote split is the count of a decision, no figure of what was decided', () => {
  it.each([
    ['The Monetary Policy Committee of the Bank of England voted by a majority of 6-3 to cut the interest rate by 0.25 percentage points.'],
    ['Policymakers at the Bank of England voted 7–2 to hold the interest rate at 4%.'],
  ])('%s', (text) => {
    const claims = claimsOf(text, '2025-05-08');
    expect(claims.filter((c) => c.unit === 'count')).toEqual([]);
  });
});

describe('"cut rates", "raised rates": a central bank moving its rates names its policy rate', () => {
  it('reads the move and its day where the sentence names the rate only as "rates"', () => {
    const c = quoted(claimsOf('The Fed cut rates by 25 basis points on Wednesday.', '2024-09-19'), '25 basis points');
    expect(c.proposition).toMatchObject({ measure: 'interest-rate', subject: ['united-states'], statType: 'change' });
    expect(c.period).toMatchObject({ start: '2024-09-18', end: '2024-09-18' });
  });

  it('keeps a move added up over a time to that time, and a first move "since" a year to its day', () => {
    const added = quoted(claimsOf('The Federal Reserve has raised rates by 500 basis points since 2022.', '2024-09-19'), '500 basis points');
    expect(added.period).toMatchObject({ start: '2022-01-01' });
    const first = quoted(claimsOf('The Fed has cut rates by 25 basis points on Wednesday, its first cut since 2020.', '2024-09-19'), '25 basis points');
    expect(first.period).toMatchObject({ start: '2024-09-18', end: '2024-09-18' });
  });
});
