import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a deficit or debt stated as a bare percentage is a ratio to GDP', () => {
  const meta = { publishedAt: '2024-02-01', title: 'Union Budget 2024' };
  const text = "India's fiscal deficit in 2023-24 is expected to be 5.8 per cent. The fiscal deficit was 6.4% of GDP in 2022-23. Public debt stood at 82%.";

  it('"is expected to be 5.8 per cent" meets "6.4% of GDP" in its proposition, not as growth', () => {
    const bare = claimQuoted(text, '5.8 per cent', meta).proposition;
    const ofGdp = claimQuoted(text, '6.4%', meta).proposition;
    expect(bare?.statType).toBe('rate');
    expect(bare?.facets).toEqual(ofGdp?.facets);
    expect(bare?.measure).toBe(ofGdp?.measure);
  });

  it('so is a debt level', () => {
    const debt = claimQuoted(text, '82%', meta).proposition;
    expect(debt?.measure).toBe('public-debt');
    expect(debt?.facets).toContain('of-gdp');
  });

  it('a deficit that narrowed by a percentage still changed', () => {
    const claim = claimQuoted('The fiscal deficit narrowed 12% to Rs 16 trillion in 2023-24.', '12%', meta);
    expect(claim.proposition?.statType).toBe('change');
    expect(claim.proposition?.facets).not.toContain('of-gdp');
  });
});

describe('points a rate moved by are a change of it', () => {
  const meta = { publishedAt: '2024-03-21', title: 'Central bank decision' };

  it('"raised its key interest rate by 5 percentage points to 50%"', () => {
    const text = 'The Central Bank of the Republic of Turkey raised its key interest rate by 5 percentage points to 50%.';
    expect(claimQuoted(text, '5 percentage points', meta).proposition?.statType).toBe('change');
    expect(claimQuoted(text, '50%', meta).proposition?.statType).toBe('rate');
  });

  it('"85 basis points in interest rate cuts" is a change; a spread of points is not', () => {
    const text = 'Markets are pricing in a cumulative 85 basis points in interest rate cuts over the coming year.';
    expect(claimQuoted(text, '85 basis points', meta).proposition?.statType).toBe('change');
    const spread = claimQuoted('The spread between the two interest rates is 120 basis points.', '120 basis points', meta);
    expect(spread.proposition?.statType).not.toBe('change');
  });
});

describe('an airline’s seat occupancy is its load factor', () => {
  it('"the passenger load factor, or seat occupancy, rose to 82.6%" and "seat occupancy was 81%" are one measure', () => {
    const meta = { publishedAt: '2024-01-08', title: 'Turkish Airlines traffic' };
    const text = 'The passenger load factor, or seat occupancy, rose 0.4 points to 82.6%. Turkish Airlines seat occupancy was 81% in December.';
    expect(claimQuoted(text, '82.6%', meta).proposition?.measure).toBe('load-factor');
    expect(claimQuoted(text, '81%', meta).proposition?.measure).toBe('load-factor');
  });
});

describe('a decision to hold a policy rate is dated as a decision', () => {
  it('"kept interest rates at 4.75 percent" is the rate on the day of the report, not the month of the inflation figure after it', () => {
    const text = 'The Bank of England kept interest rates at 4.75 percent. Twelve-month CPI inflation has increased to 2.6 percent in November.';
    const claim = claimQuoted(text, '4.75 percent', { publishedAt: '2024-12-19', title: 'Bank of England keeps UK interest rates on hold' });
    expect(claim.period).toMatchObject({ start: '2024-12-19', end: '2024-12-19' });
  });

  it('a rate "held steady at 5.25% since August 2023" before a cut is the level before the decision, not the decision', () => {
    const text =
      'On 1 August 2024 the Bank of England cut interest rates by 25 basis points to 5%. The BOE has held interest rates steady at 5.25% since August 2023.';
    const claim = claimQuoted(text, '5.25%', { publishedAt: '2024-08-02', title: 'Bank of England cuts interest rates' });
    expect(claim.period?.start).not.toBe('2024-08-01');
  });
});
