import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-05-20', title: 'Kenya GDP' };
const TEXT =
  'Kenya’s economy grew 0.9 percent quarter-over-quarter in the first quarter of 2024. On an annual basis, GDP grew by 3.6 percent, after a growth of 0.7 percent in the previous three months.';

describe('a quarter’s change "on an annual basis"', () => {
  const claims = extract(TEXT, META).claims;
  const of = (quote: string) => claims.find((c) => c.quote.exact === quote);
  it('is the quarter’s change at a yearly rate, not the year’s', () => {
    const c = of('3.6 percent');
    expect(c?.period?.start).toBe('2024-01-01');
    expect(c?.period?.end).toBe('2024-03-31');
    expect(c?.metric).toMatch(/\.annualized(?:\.|$)/);
  });
  it('"in the previous three months" is the quarter before', () => {
    const c = of('0.7 percent');
    expect(c?.period?.start).toBe('2023-10-01');
    expect(c?.period?.end).toBe('2023-12-31');
  });
  it('"in the past three months" is still the three months to the last full month', () => {
    const c = extract('In the past three months, retail sales in Kenya rose 4%.', META).claims.find((x) => x.quote.exact === '4%');
    expect(c?.period?.start).toBe('2024-02-01');
    expect(c?.period?.end).toBe('2024-04-30');
  });
});

describe('a clause opened by ", after" or ", following"', () => {
  it('does not take the forecast of the clause before it', () => {
    const c = extract(
      'Output fell 0.6 percent, more than the forecasted decline of 0.2 percent, after an increase of 0.3 percent in the fourth quarter of 2023.',
      META,
    ).claims.find((x) => x.quote.exact === '0.3 percent');
    expect(c?.metric).not.toMatch(/forecast/);
  });
});

describe('a year’s change "sequentially"', () => {
  it('is the change on the year before, the default of an annual figure', () => {
    const text = 'Kenya’s gross domestic product grew 4.1 percent sequentially in 2023. In 2022 it grew 4.8 percent.';
    const claims = extract(text, META).claims;
    const a = claims.find((c) => c.quote.exact === '4.1 percent');
    const b = claims.find((c) => c.quote.exact === '4.8 percent');
    expect(a?.metric).toBe(b?.metric);
    expect(a?.metric).not.toMatch(/qoq/);
  });
});

describe('"annual rates" in the plural', () => {
  it('are the year-on-year rates of the month at hand, not the year’s', () => {
    const text =
      'Consumer prices in the euro area rose 2.6% in April from a year earlier, Eurostat said. The highest annual rates were seen in Romania (5.9%) and Belgium (4.1%).';
    const c = extract(text, META).claims.find((x) => x.quote.exact === '5.9%');
    expect(c?.period?.start).toBe('2024-04-01');
    expect(c?.period?.end).toBe('2024-04-30');
  });
  it('the singular still said of a month stays the month', () => {
    const text = 'Consumer prices in the euro area rose 2.6% in April. The annual rate in Romania was 5.9%.';
    const c = extract(text, META).claims.find((x) => x.quote.exact === '5.9%');
    expect(c?.period?.start).toBe('2024-04-01');
  });
});

describe('prices "on an annual basis"', () => {
  const META_PRICES = { publishedAt: '2025-04-16', title: 'Croatia inflation' };
  it.each(['On an annual basis, consumer prices in Croatia rose 4.1% in March.', 'Consumer prices in Croatia rose 4.1% on an annual basis in March.'])(
    'are the change on a year before, the month’s inflation rate: %s',
    (text) => {
      const c = extract(text, META_PRICES).claims.find((x) => x.quote.exact === '4.1%');
      expect(c?.proposition?.statType).toBe('rate');
      expect(c?.metric).toBe('inflation.croatia.rate');
      expect(c?.comparable).toBe(true);
    },
  );
  it('while a quarter’s output "on an annualised basis" stays annualised', () => {
    const c = extract('Croatia’s GDP grew 1.2% on an annualised basis in the fourth quarter.', META_PRICES).claims.find((x) => x.quote.exact === '1.2%');
    expect(c?.metric).toMatch(/\.annualized(?:\.|$)/);
  });
  it('a price figure in a sentence framed month on month is the month’s change, not the annual rate', () => {
    const c = extract('On a monthly basis, inflation in Croatia was 0.8% in March.', META_PRICES).claims.find((x) => x.quote.exact === '0.8%');
    expect(c?.proposition?.statType).toBe('change');
    expect(c?.proposition?.basis).toBe('mom');
  });
});
