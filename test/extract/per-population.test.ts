import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-03-01' };

describe('a count stated per so many of a population is a rate', () => {
  const ROWS: Array<[string, string, string, number]> = [
    ['per 100,000 population', 'In Freedonia, measles killed 7.2 deaths per 100,000 population in 2023.', '7.2 deaths per 100,000 population', 7.2],
    ['per 1,000 live births', 'Ruritania recorded 3.9 infant deaths per 1,000 live births in 2022.', '3.9 infant deaths per 1,000 live births', 3.9],
    ['for every 1,000 inhabitants', 'Freedonia had 31 births for every 1,000 inhabitants in 2021.', '31 births for every 1,000 inhabitants', 31],
    ['per million people', 'Ruritania reported 140 cases per million people in 2024.', '140 cases per million people', 140],
    ['per 100 000, grouped by spaces', 'In Freedonia, measles killed 7.2 deaths per 100 000 population in 2023.', '7.2 deaths per 100 000 population', 7.2],
    [
      'per 1 000, a no-break space',
      'Ruritania recorded 3.9 infant deaths per 1\u00a0000 live births in 2022.',
      '3.9 infant deaths per 1\u00a0000 live births',
      3.9,
    ],
  ];
  it.each(ROWS)('%s: the denominator belongs to the figure and is no figure of its own', (_name, text, quote, value) => {
    const { claims } = extract(text, META);
    const claim = claims.find((c) => c.quote.exact === quote);
    expect(claim, claims.map((c) => c.quote.exact).join(' | ')).toBeDefined();
    expect(claim!.value).toBe(value);
    expect(claims).toHaveLength(1);
    expect(claim!.proposition?.statType).toBe('rate');
    expect(claim!.proposition?.basis).toMatch(/^per-\d+-/);
  });

  it('keeps a rate apart from the count it is a rate of', () => {
    const text = 'Malaria killed 41,000 people in Freedonia in 2023, or 52 deaths per 100,000 people.';
    const count = claimQuoted(text, '41,000', META);
    const rate = claimQuoted(text, '52 deaths', META);
    expect(count.proposition?.measure).toBe(rate.proposition?.measure);
    expect(count.metric).not.toBe(rate.metric);
    expect(count.proposition?.statType).not.toBe('rate');
  });

  it('gives the same rate, however the population is named, the same key', () => {
    const a = claimQuoted('Malaria deaths in Freedonia reached 52 per 100,000 people in 2023.', '52', META);
    const b = claimQuoted('Malaria deaths in Freedonia reached 52 per 100,000 inhabitants in 2023.', '52', META);
    const c = claimQuoted('Malaria deaths in Freedonia reached 52 per 1,000 people in 2023.', '52', META);
    expect(a.metric).toBe(b.metric);
    expect(a.metric).not.toBe(c.metric);
  });

  it('does not read the population a rate is per as the measure', () => {
    const nurses = claimQuoted('Freedonia had 21 nurses for every 10,000 inhabitants in 2021.', '21', META);
    expect(nurses.proposition?.measure).not.toBe('population');
  });

  it('carries the rate to a bare figure set against it', () => {
    const text = 'The malaria death rate in Freedonia fell to 52 deaths per 100,000 people in 2023 from 60 in 2015.';
    const now = claimQuoted(text, '52', META);
    const then = claimQuoted(text, '60', META, { exact: true });
    expect(then.proposition?.basis).toBe(now.proposition?.basis);
    expect(then.period?.start).toBe('2015-01-01');
  });

  it('leaves counts, shares and money per person alone', () => {
    expect(claimQuoted('Freedonia counted 41,000 deaths in 2023.', '41,000', META).proposition?.statType).not.toBe('rate');
    expect(claimQuoted('Turnout in Freedonia was 61 per cent in 2023.', '61 per cent', META).unit).toBe('percent');
    const perHead = claimQuoted('Freedonia spent $310 per person on health in 2023.', '$310', META);
    expect(perHead.proposition?.basis ?? '').not.toMatch(/^per-\d/);
  });
});

describe('a rate per population with space-grouped digits before a comma', () => {
  it('is a rate, and its denominator no figure', () => {
    const text = 'Deaths from measles fell from 41 000 and 3.1 deaths per 100 000, respectively, in 2019.';
    const claims = extract(text, { publishedAt: '2024-12-01', title: 'Measles report' }).claims;
    const rate = claims.find((c) => c.quote.exact.startsWith('3.1'));
    expect(rate?.proposition?.statType).toBe('rate');
    expect(rate?.metric).toMatch(/per-100000-people/);
    expect(claims.some((c) => c.quote.exact === '100 000')).toBe(false);
  });
});
