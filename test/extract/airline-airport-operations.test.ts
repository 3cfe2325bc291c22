import { describe, expect, it } from 'vitest';
import type { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

type Meta = Parameters<typeof extract>[1];
const metricOf = (text: string, quote: string, meta: Meta) => claimQuoted(text, quote, meta, { exact: true }).metric;

describe('an airline’s or airport’s operations are measures of their own, not passengers or a word-derived key', () => {
  const META: Meta = { publishedAt: '2024-07-03', title: 'Skylark carries record 14 million passengers in June', publisher: 'Aviation Weekly' };

  it.each([
    ['flights operated', 'Skylark operated more than 58,000 flights in June.', 'more than 58,000 flights', 'flights.skylark.total'],
    [
      'flights cancelled, the verb before the count',
      'Skylark cancelled 540 flights in June because of a strike by air traffic controllers.',
      '540 flights',
      'cancellations.skylark.total',
    ],
    [
      'flights cancelled, with a hedge before the count',
      'Skylark had to cancel more than 300 flights in June.',
      'more than 300 flights',
      'cancellations.skylark.total',
    ],
    [
      'flights cancelled, the passive after the count',
      'In June, 415 flights were cancelled by Skylark as storms swept the continent.',
      '415 flights',
      'cancellations.skylark.total',
    ],
  ])('%s', (_name, text, quote, metric) => {
    expect(metricOf(text, quote, META)).toBe(metric);
  });

  it('a measure named right after “a” and a percentage is that measure, however near another measure stands before it', () => {
    expect(metricOf('Skylark operated 58,000 flights in June with a 94% load factor.', '94%', META)).toBe('load-factor.skylark.rate');
    expect(metricOf('Skylark flew 14 million passengers in June with a 94% load factor.', '94%', META)).toBe('load-factor.skylark.rate');
  });

  it('bags handled are baggage, never passengers', () => {
    const meta: Meta = { publishedAt: '2024-02-20', title: 'Changi Airport traffic nears 2019 levels' };
    const text = 'Changi Airport welcomed 58 million passengers in 2023. It processed 41.6 million bags in 2023, up 38%.';
    expect(metricOf(text, '41.6 million bags', meta)).toBe('baggage.changi-airport.total');
    expect(metricOf(text, '58 million passengers', meta)).toBe('passengers.changi-airport.total');
  });

  it('destinations and carriers serving an airport are counted apart', () => {
    const meta: Meta = { publishedAt: '2024-02-20', title: 'Changi Airport traffic nears 2019 levels' };
    const text = 'In 2023 Changi Airport was linked to 150 destinations and served by 95 international carriers.';
    expect(metricOf(text, '150 destinations', meta)).toMatch(/^destinations\.changi-airport\./);
    expect(metricOf(text, '95 international carriers', meta)).toMatch(/^airlines\.changi-airport\./);
  });
});

describe('places that flights go to are served, not the party', () => {
  it('destinations with “flights to Peru and Turkmenistan” after them are the airport’s', () => {
    const text =
      'Heathrow welcomed 29 million passengers this summer. With connections to over 190 destinations and flights to Peru and Turkmenistan starting this winter, the hub keeps growing.';
    expect(metricOf(text, 'over 190 destinations', { publishedAt: '2023-10-26', title: 'Heathrow has a record summer' })).toBe(
      'destinations.heathrow-airport.total',
    );
  });
});

describe('a person named before a colon speaks; the clause after it has its own subject', () => {
  const TITLE = 'Khalid bin Rashid: Heathrow receives 80 million passengers, a rise of 6%';
  const TEXT = `${TITLE}\nSheikh Khalid bin Rashid, the chairman of the holding group, said on Monday that the year had been a record for the hub.`;

  it('the airport after the tag is the party, not the speaker', () => {
    expect(metricOf(TEXT, '80 million passengers', { publishedAt: '2024-01-15', title: TITLE })).toBe('passengers.heathrow-airport.total');
    expect(metricOf(TEXT, '6%', { publishedAt: '2024-01-15', title: TITLE })).toMatch(/^passengers\.heathrow-airport\.growth/);
  });
});

describe('a clause opened by “which” measures the name right before it', () => {
  it('the airport named before “, which handled”, not the country the sentence opens with', () => {
    const text = 'Malaysia was the second-largest market for Changi Airport, which handled 330,000 flights in 2023.';
    expect(metricOf(text, '330,000 flights', { publishedAt: '2024-01-30' })).toBe('flights.changi-airport.total');
  });
});

describe('bags goods are counted in are no airport’s baggage', () => {
  it('"coffee exports rose … to 47.3 million bags" are exports; an airport’s bags are still its baggage', () => {
    const coffee = claimQuoted("Brazil's coffee exports rose 28.8% last year to 47.3 million bags.", '47.3 million bags', { publishedAt: '2025-01-14' });
    expect(coffee.proposition).toMatchObject({ measure: 'exports', subject: ['brazil'], facets: ['coffee'] });
    const airport = claimQuoted('Changi Airport handled 31.2 million bags in 2023.', '31.2 million bags', { publishedAt: '2024-02-01' });
    expect(airport.proposition?.measure).toBe('baggage');
  });
});
