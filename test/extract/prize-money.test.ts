import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';
import { claimQuoted } from './claim-of.js';

type Meta = Parameters<typeof extract>[1];
const starting = (text: string, figure: string, meta: Meta): ExtractedClaim => claimQuoted(text, figure, meta);

const META: Meta = { publishedAt: '2025-06-10', title: 'Roland Garros raises its prize money' };

describe('prize money: who is paid and for which event are parts of the proposition', () => {
  // [what, text, figure, metric]
  const ROWS: Array<[string, string, string, string]> = [
    ['the whole fund', 'The French Open prize money fund rises to a record €56 million this year.', '€56 million', 'prize-money.roland-garros.total'],
    [
      'a recipient and the verb of paying, with no word of the measure',
      'The singles champions will each receive €2.5 million.',
      '€2.5 million',
      'prize-money.champion-singles.roland-garros.total',
    ],
    ['"take home"', 'First-round losers will take home €78,000.', '€78,000', 'prize-money.first-round.roland-garros.total'],
    ['"be paid", another recipient', 'Losing finalists will be paid €1.25 million each.', '€1.25 million', 'prize-money.runner-up.roland-garros.total'],
    ['an event named with the measure', 'Prize money for the wheelchair events rises to €800,000.', '€800,000', 'prize-money.wheelchair.roland-garros.total'],
    ['a round named before the measure', 'Doubles prize money has been set at €2.4 million.', '€2.4 million', 'prize-money.doubles.roland-garros.total'],
  ];
  it.each(ROWS)('%s', (_what, text, figure, metric) => {
    expect(starting(text, figure, META).metric).toBe(metric);
  });

  it('a money figure paid to nobody the lexicon knows states no prize money', () => {
    const c = starting('The ministry will receive €2.5 million from the fund.', '€2.5 million', META);
    expect(c.metric?.startsWith('prize-money.')).toBe(false);
  });

  it('the whole and a part never share a key, so a source giving both does not disagree with itself', () => {
    const text = 'The French Open prize money fund rises to €56 million this year. The singles champions will each receive €2.5 million.';
    const { claims } = extract(text, META);
    const keys = claims.map((c) => c.metric);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('an amount fixed in advance, announced for a time not yet over, is no forecast', () => {
  const ROWS: Array<[string, string, string]> = [
    ['a year named, the event still to come', 'The French Open announced prize money of €56 million for the 2025 tournament.', '€56 million'],
    ['the future tense of an announcement', 'The French Open prize money fund will this year reach €56 million.', '€56 million'],
    ['a recipient who "will receive"', 'The singles champions will each receive €2.5 million.', '€2.5 million'],
  ];
  it.each(ROWS)('%s', (_what, text, figure) => {
    const c = starting(text, figure, META);
    expect(c.proposition?.modality).toBe('actual');
  });

  it('a word of expectation still makes it a forecast', () => {
    const c = starting('Organisers expect the French Open prize money fund to reach €60 million next year.', '€60 million', META);
    expect(c.proposition?.modality).toBe('forecast');
  });

  it('revenue of a year not yet over is still a projection', () => {
    const c = starting('Acme Holdings said its revenue will reach $56 million in 2026.', '$56 million', { publishedAt: '2025-06-10' });
    expect(c.proposition?.modality).toBe('forecast');
  });
});

describe('the publisher’s name in its own headline names no party of the story', () => {
  it('a country in the publisher’s name is not the party of a figure whose text names none', () => {
    const meta: Meta = { publishedAt: '2025-06-10', title: 'Canada Sports Daily: Roland Garros raises its prize money', publisher: 'Canada Sports Daily' };
    const c = starting('The total prize money is €3.5 million higher than last year.', '€3.5 million', meta);
    expect(c.proposition?.subject).toEqual(['roland-garros']);
  });
});

describe('a comparison set off by a comma states a change', () => {
  it('"X, more than the club paid out last year"', () => {
    const c = starting('The French Open prize money fund is €3.5 million, more than the club paid out last year.', '€3.5 million', META);
    expect(c.proposition?.statType).toBe('change');
  });
});
