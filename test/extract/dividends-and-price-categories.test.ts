import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a change beside a per-share sum is the per-share figure’s', () => {
  const meta = { publishedAt: '2024-11-14', title: 'Results' };

  it('a change of earnings set after their per-share sum is earnings per share', () => {
    const text = 'Net income was $2.95 a share, up 10% from a year earlier.';
    expect(claimQuoted(text, '$2.95', meta).proposition?.measure).toBe('earnings-per-share');
    expect(claimQuoted(text, '10%', meta).proposition?.measure).toBe('earnings-per-share');
  });

  it('so is a change that came to a sum per share', () => {
    const claim = claimQuoted('Net income rose 10% to $2.95 a share.', '10%', meta);
    expect(claim.proposition?.measure).toBe('earnings-per-share');
    expect(claim.proposition?.statType).toBe('change');
  });

  it('a change after a total and its per-share sum stays the total’s', () => {
    const text = 'Net income of $2.9 billion, or $2.95 a share, rose 10%.';
    expect(claimQuoted(text, '10%', meta).proposition?.measure).toBe('profit');
  });

  it('a change of the total that came to a total stays the total’s', () => {
    const text = 'Net income rose 10% to $2.9 billion, or $2.95 a share.';
    expect(claimQuoted(text, '10%', meta).proposition?.measure).toBe('profit');
  });
});

describe('a dividend yield', () => {
  it('is a rate of its own, not output', () => {
    const claim = claimQuoted('Shell’s dividend yield was 4.1% at the end of 2023.', '4.1%', { publishedAt: '2024-02-01', title: 'Shell' });
    expect(claim.proposition?.measure).toBe('dividend-yield');
    expect(claim.proposition?.statType).toBe('rate');
    expect(claim.proposition?.subject).toEqual(['shell']);
  });
});

describe('the statistical offices’ name for food prices is food prices', () => {
  it('"food and non-alcoholic beverage prices" are the UK’s food prices, and the figure set against them too', () => {
    const text = 'Food and non-alcoholic beverage prices rose 4.5% in the year to March, down from 5.0% in February.';
    const meta = { publishedAt: '2024-04-17', title: 'UK inflation eases' };
    const march = claimQuoted(text, '4.5%', meta);
    const february = claimQuoted(text, '5.0%', meta);
    expect(march.proposition?.measure).toBe('food-prices');
    expect(march.proposition?.subject).toEqual(['united-kingdom']);
    expect(february.proposition?.measure).toBe('food-prices');
    expect(february.proposition?.statType).toBe(march.proposition?.statType);
  });
});

describe('a line that moves to another time of a party’s accounts leaves it to the next line of those accounts', () => {
  const text = [
    'Ryanair carried 20.2m passengers in July, up 8% from last July.',
    'Ryanair reported a 46% drop in profit during its first quarter, which ended in June.',
    'Revenues at the Irish airline fell 1% to €3.63bn.',
    'Operating costs also rose 11% to €3.26bn.',
  ].join('\n');
  const meta = { publishedAt: '2024-07-22', title: 'Ryanair passengers in July 2024' };

  it('the revenue after the quarter’s profit is the quarter’s, not the headline’s month', () => {
    const revenue = claimQuoted(text, '€3.63bn', meta);
    expect(revenue.proposition?.measure).toBe('revenue');
    expect(revenue.period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('operating costs are a measure of the accounts, and go on in the same quarter', () => {
    const costs = claimQuoted(text, '€3.26bn', meta);
    expect(costs.proposition?.measure).toBe('operating-costs');
    expect(costs.proposition?.subject).toEqual(['ryanair']);
    expect(costs.period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('the month’s traffic keeps the headline’s month', () => {
    expect(claimQuoted(text, '20.2m', meta).period).toMatchObject({ start: '2024-07-01', end: '2024-07-31' });
  });

  it('a line that recalls an earlier year without a figure of its own leaves nothing to the next', () => {
    const spending = [
      'World military spending hit $2.44 trillion in 2023.',
      'Total spending rose for the ninth consecutive year, the largest amount since data became available in 1988.',
      'The United States spent $916 billion.',
    ].join('\n');
    const claim = claimQuoted(spending, '$916 billion', { publishedAt: '2024-04-22', title: 'Military spending at new high in 2023' });
    expect(claim.period?.start).toBe('2023-01-01');
  });
});
