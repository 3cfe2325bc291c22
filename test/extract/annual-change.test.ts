import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-03-04', title: 'February figures' };

describe('an "annual" change of a month or quarter is on the same period a year before', () => {
  it.each([
    ['Retail sales in Spain posted an annual increase of 3.1% in January.', '3.1%', /^retail-sales\..*\.growth\.yoy$/],
    ['Spanish industrial output showed a yearly decline of 1.4% in January.', '1.4%', /^industrial-production\.spain\.growth\.yoy$/],
    // Prices' change on a year before is the inflation rate.
    ['The consumer price index of Spain posted an annual growth of 2.9 percent in January.', '2.9 percent', /^inflation\.spain\.rate$/],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('not an average over years: "average annual growth" is no comparison with the year before', () => {
    const c = claimQuoted('Spain’s GDP grew at an average annual growth of 2.1% between 2010 and 2020.', '2.1%', META, { exact: true });
    expect(c.metric).not.toMatch(/yoy/);
  });
});

describe('a change set against the one before it in its sentence is measured the same way', () => {
  it.each([
    [
      'Spanish consumer prices posted an annual growth of 2.9 percent in January after a 2.8 percent gain in December.',
      '2.8 percent',
      /^inflation\.spain\.rate$/,
    ],
    ['Spanish retail sales rose 1.2% month-on-month in January, after a 0.4% fall in December.', '0.4%', /^retail-sales\..*\.growth\.mom$/],
  ])('%s', (text, figure, metric) => {
    const c = claimQuoted(text, figure, META, { exact: true });
    expect(c.metric).toMatch(metric);
    expect(c.period?.start).toBe('2024-12-01');
  });
});

describe('a year a change is measured from dates neither that change nor the figures beside it', () => {
  const meta = { publishedAt: '2024-02-09', title: 'Hermes posts record annual sales, net profits' };
  const text = 'The group reported a profit of €4.3 billion on sales that surged 16% from 2022 to €13.4 billion.';

  it('"surged 16% from 2022 to €13.4 billion": the level reached is of the year after 2022', () => {
    const level = claimQuoted(text, '€13.4 billion', meta, { exact: true });
    expect([level.period?.start, level.period?.end]).toEqual(['2023-01-01', '2023-12-31']);
  });

  it('"a profit of €4.3 billion on sales that surged 16% from 2022": the profit is not of 2022', () => {
    expect(claimQuoted(text, '€4.3 billion', meta, { exact: true }).period?.label).not.toBe('2022');
  });

  it('a move from a year to a level after the publication is left alone', () => {
    const c = claimQuoted('Sales are set to climb 10% from 2024 to €15 billion.', '€15 billion', meta, { exact: true });
    expect(c.period?.label).not.toBe('2025');
  });
});

describe('the level a change from a year reached, when something else dates it', () => {
  it('"rose 40% from 2020 to $5 billion in 2024": the level keeps its own year', () => {
    const c = claimQuoted('Revenue rose 40% from 2020 to $5 billion in 2024.', '$5 billion', { publishedAt: '2025-02-10', title: 'Results' }, { exact: true });
    expect(c.period?.label).toBe('2024');
  });

  it('"climbed 25% from 2019 to $1,700": a year long past gives no year after it to a level stated today', () => {
    const c = claimQuoted('Median rent climbed 25% from 2019 to $1,700.', '$1,700', { publishedAt: '2025-02-10', title: 'Rents' }, { exact: true });
    expect(c.period?.label).not.toBe('2020');
  });
});

describe('a change from "the record harvest of 2022" is of the year after that base', () => {
  const at = { publishedAt: '2024-01-02' };
  it.each([
    ['Freedonia harvested 142.6 million tonnes of grain in 2023, down 9.5% from the record harvest of 2022.', '9.5%', '2023-01-01'],
    [
      'Kestrel Motors sold 3,024,417 vehicles in 2023. This figure represents a year-on-year increase of 62.3% from the already record-breaking sales year of 2022, where it shifted 1,863,494 vehicles.',
      '62.3%',
      '2023-01-01',
    ],
    [
      'Kestrel Motors sold 3,024,417 vehicles in 2023. This figure represents a year-on-year increase of 62.3% from the already record-breaking sales year of 2022, where it shifted 1,863,494 vehicles.',
      '1,863,494 vehicles',
      '2022-01-01',
    ],
  ])('%s (%s)', (text, figure, start) => {
    expect(claimQuoted(text, figure, at).period?.start).toBe(start);
  });
});
