import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-02-28', title: 'South Korea in 2023' };

describe('a verb after a number', () => {
  it('is not what the number counts ("a rate below 1 continues to …")', () => {
    const c = claimQuoted('South Korea, the only OECD member with a rate below 1, continues to tackle a fast decline in births.', 'below 1', meta);
    expect(c.quote.exact).toBe('below 1');
    const { claims } = extract('South Korea, the only OECD member with a rate below 1 continues to tackle a fast decline in births.', meta);
    expect(claims.map((x) => x.quote.exact)).not.toContain('below 1 continues');
  });

  it('nor is "compared" after a monthly average ("186,000 compared to …")', () => {
    const text =
      'Total nonfarm payroll employment grew by 2.2 million in 2024 with an average monthly gain of 186,000 compared to a total increase of three million in payrolls during 2023.';
    expect(claimQuoted(text, '186,000', { publishedAt: '2025-01-10', title: 'US jobs' }).quote.exact).toBe('186,000');
  });
});

describe('a measure named well after a figure, past a verb of its own', () => {
  it('does not name the figure: a rate below 1 is not a number of births', () => {
    const c = claimQuoted(
      'South Korea is the only OECD member with a rate below 1 and it continues to tackle a fast decline in the number of babies born.',
      'below 1',
      meta,
    );
    expect(c.proposition?.measure).not.toBe('births');
  });
});

describe('a total set against a monthly average', () => {
  it('is no rate per month: "… 186,000 compared to a total increase of three million in payrolls during 2023"', () => {
    const text =
      'Total nonfarm payroll employment in the United States grew by 2.2 million in 2024 with an average monthly gain of 186,000 compared to a total increase of three million in payrolls during 2023 with an average monthly gain of 251,000.';
    const total = claimQuoted(text, 'three million', { publishedAt: '2025-01-10', title: 'US jobs' });
    expect(total.proposition?.facets ?? []).not.toContain('per-month');
    const monthly = claimQuoted(text, '251,000', { publishedAt: '2025-01-10', title: 'US jobs' });
    expect(monthly.proposition?.facets).toContain('per-month');
  });
});

describe('"…, it added" closing a sentence', () => {
  it('is a verb of speech, not capacity added: the figures keep the measure their own words give', () => {
    const c = claimQuoted('The Canadian economy is expected to grow 2.2 percent in 2025 and 1.9 percent in 2026, it added.', '1.9 percent', {
      publishedAt: '2024-04-10',
      title: 'Bank of Canada holds rates',
    });
    expect(c.proposition?.measure).toBe('gdp');
  });

  it('while "added" of the figure itself still names additions', () => {
    const c = claimQuoted('China added 217 GW of solar capacity in 2023, the agency added.', '217 GW', {
      publishedAt: '2024-04-10',
      title: 'Solar in China',
    });
    expect(c.proposition?.measure).toBe('capacity-additions');
  });
});
