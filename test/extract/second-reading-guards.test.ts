import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

// Readings the rules of year-before levels, held rates, moved lines, bare debt ratios and glued capitals must leave alone.
describe('what the newer readings leave alone', () => {
  it('a day’s move "to $150 on Tuesday, up from $100 a year ago" is no change on the year', () => {
    const text = 'Shares of Zorvex rose 3% to $150 on Tuesday, up from $100 a year ago.';
    expect(claimQuoted(text, '3%', { publishedAt: '2024-04-25', title: 'Zorvex shares jump' }).proposition?.basis ?? '').not.toContain('yoy');
  });

  it('a month’s change "to £264,000 in March, up from £257,000 a year earlier" stays the month’s', () => {
    const text = 'The average house price rose 0.5% to £264,000 in March, up from £257,000 a year earlier, Halifax said.';
    expect(claimQuoted(text, '0.5%', { publishedAt: '2024-04-05', title: 'UK house prices rise 0.5% in March' }).proposition?.basis).not.toBe('yoy');
  });

  it('"more than $5 billion last year" is last year, not a quarter of it', () => {
    const text = 'Zorvex, which earned more than $5 billion last year, said profit rose 10% to $1.6 billion in the third quarter.';
    const claim = claimQuoted(text, 'more than $5 billion', { publishedAt: '2024-10-24', title: 'Zorvex third-quarter profit rises 10%' });
    expect(claim.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('a line recalling a year long past passes it to no later line', () => {
    const text = [
      'Ryanair carried 20.5 million passengers in July, up 10% on a year earlier.',
      'In 2019, before the pandemic, Ryanair made a profit of €1 billion.',
      'Revenue per passenger rose 5% to €48.',
    ].join('\n\n');
    expect(claimQuoted(text, '€48', { publishedAt: '2024-08-05', title: 'Ryanair July traffic rises 10%' }).period?.start).not.toBe('2019-01-01');
  });

  it('a share, haircut or coupon of debt is no ratio to GDP', () => {
    const meta = { publishedAt: '2024-03-15', title: 'Debt' };
    const held = claimQuoted('The share of government debt held by overseas investors fell to 28%.', '28%', meta);
    expect(held.proposition?.facets).not.toContain('of-gdp');
    const haircut = claimQuoted('Private bondholders accepted a 53.5% haircut on their Greek government debt.', '53.5%', meta);
    expect(haircut.proposition?.facets).not.toContain('of-gdp');
  });

  it('a rate kept over years, or by commercial banks, is no decision of the day', () => {
    const history = claimQuoted('The Bank of England kept Bank Rate at 0.5% for much of the decade after the financial crisis.', '0.5%', {
      publishedAt: '2024-03-15',
      title: 'Bank of England history',
    });
    expect(history.period?.start).not.toBe('2024-03-15');
    const lenders = claimQuoted('Commercial banks kept their lending rates at 12% even as the central bank cut its policy rate.', '12%', {
      publishedAt: '2024-06-20',
      title: 'Banks keep lending rates high',
    });
    expect(lenders.period?.start).not.toBe('2024-06-20');
  });

  it('"one year earlier than expected" steps back from nothing', () => {
    const claim = claimQuoted('Zorvex hit its target of 1 million subscribers one year earlier than expected.', '1 million', {
      publishedAt: '2024-05-10',
      title: 'Zorvex hits target early',
    });
    expect(claim.period?.end?.slice(0, 4)).not.toBe('2023');
  });

  it('a cut "from 1 April", the day it took effect, is no change from a base', () => {
    const claim = claimQuoted('The Ofgem price cap fell by £238 from 1 April to £1,690 a year for a typical household.', '£238', {
      publishedAt: '2024-04-01',
      title: 'Energy bills fall',
    });
    expect(claim.period).toMatchObject({ start: '2024-04-01', end: '2024-04-01' });
    // (Not a span from the day to the end of its year, "1 April 2024–2024".)
    expect(claim.period?.label).not.toMatch(/–/);
  });

  it('"the 1500M" is a race, not a billion and a half', () => {
    const { claims } = extract('Faith Kipyegon won the 1500M in 3:51.29 to take her third straight Olympic title.', {
      publishedAt: '2024-08-10',
      title: 'Kipyegon wins',
    });
    expect(claims.some((c) => c.value === 1_500_000_000)).toBe(false);
  });

  it('economic losses from a strike are no disaster, and food sales are no food prices', () => {
    const meta = { publishedAt: '2024-06-15', title: 'UK retail' };
    const strike = claimQuoted('Economic losses from the week-long port strike totalled €300 million.', '€300 million', meta);
    expect(strike.proposition?.measure).not.toBe('disaster-losses');
    const sales = claimQuoted('Sales of food and non-alcoholic drinks rose 3% by volume in May.', '3%', meta);
    expect(sales.proposition?.measure).not.toBe('food-prices');
  });
});

describe('the level a change from a part of a year reached', () => {
  it('"rose 5% from last year’s first quarter to $3 billion" is this quarter’s level, not the base quarter’s', () => {
    const meta = { publishedAt: '2024-04-25', title: 'Zorvex first-quarter sales' };
    for (const text of ['Sales rose 5% from last year’s first quarter to $3 billion.', 'Revenue rose 5% from the first quarter of last year to $3 billion.']) {
      expect(claimQuoted(text, '$3 billion', meta).period?.start, text).not.toBe('2023-01-01');
    }
  });
});
