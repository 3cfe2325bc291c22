import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const TEXT =
  'Annual inflation in the euro area was 2.9% in March 2024. The lowest annual inflation rates were registered in Finland (minus 0.5%), Lithuania (0.4%) and Latvia (1.1%). ' +
  'Unemployment rates were highest in Spain (11.7%) and Greece (10.6%).';

describe('a bracketed figure after a party listed in a sentence', () => {
  const claims = extract(TEXT, { publishedAt: '2024-04-17', title: 'Euro area inflation' }).claims;
  it.each([
    ['minus 0.5%', /^inflation\.finland\.rate$/],
    ['0.4%', /^inflation\.lithuania\.rate$/],
    ['1.1%', /^inflation\.latvia\.rate$/],
    ['11.7%', /^unemployment-rate\.spain\./],
    ['10.6%', /^unemployment-rate\.greece\./],
  ])('%s is that party’s', (quote, metric) => {
    const c = claims.find((x) => x.quote.exact === quote);
    expect(c, `no claim ${quote}`).toBeDefined();
    expect(c!.metric).toMatch(metric);
  });
});

describe('a measure word inside a name the gazetteer knows', () => {
  it('is part of the name: "in the euro area" names a party, not a land area', () => {
    const c = extract('Annual inflation in the euro area was 2.6% in May 2024.', { publishedAt: '2024-06-18', title: 'Inflation' }).claims.find(
      (x) => x.quote.exact === '2.6%',
    );
    expect(c?.metric).toBe('inflation.euro-area.rate');
  });
});

describe('a name the gazetteer does not hold, placed in a ranking with its figure', () => {
  const META = { publishedAt: '2025-02-03', title: 'Electric scooter makers in 2024' };
  it.each([
    ['Yadea came in first place with 16 million units shipped.', '16 million units', 'yadea'],
    ['Niu (founded in Beijing in 2014) finished in fourth position with 1.1 million units shipped.', '1.1 million units', 'niu'],
    ['Next comes Segway-Ninebot, which took the second spot with 3.2 million units shipped.', '3.2 million units', 'segway-ninebot'],
    ['Aima ranked third with 2.4 million units shipped.', '2.4 million units', 'aima'],
  ])('%s', (text, quote, party) => {
    const c = extract(text, META).claims.find((x) => x.quote.exact === quote);
    expect(c?.proposition?.subject).toEqual([party]);
    expect(c?.proposition?.measure).toBe('shipments');
  });
  it('but a place word opening the sentence is no entry of the ranking', () => {
    const c = extract('In fifth place came Vmoto with 0.2 million units shipped.', META).claims.find((x) => x.quote.exact === '0.2 million units');
    expect(c?.proposition?.subject ?? []).not.toContain('in-fifth-place');
  });
});

describe('a party written in the possessive right before a figure', () => {
  const META = { publishedAt: '2024-01-16', title: 'Phone makers in 2023' };
  it.each([
    ["Apple's total mobile shipments reached 234.6 million in 2023, outpacing Samsung's 226.6 million.", '226.6 million', 'samsung', 'shipments'],
    ["Germany's exports rose to $1.5 trillion in 2023, ahead of Japan's $0.9 trillion.", '$0.9 trillion', 'japan', 'exports'],
    ['In 2023 Apple shipped 234.6 million phones, compared with Samsung’s estimated 226.6 million.', 'estimated 226.6 million', 'samsung', 'shipments'],
  ])('%s', (text, quote, party, measure) => {
    const c = extract(text, META).claims.find((x) => x.quote.exact === quote);
    expect(c?.proposition?.measure).toBe(measure);
    expect(c?.proposition?.subject).toEqual([party]);
  });
  it('owns that figure only: the figure the measure was first said of keeps its own party', () => {
    const c = extract("Apple's total mobile shipments reached 234.6 million in 2023, outpacing Samsung's 226.6 million.", META).claims.find(
      (x) => x.quote.exact === '234.6 million',
    );
    expect(c?.proposition?.subject).toEqual(['apple']);
  });
});

describe('a party named in a phrase of cause or circumstance beside the figure', () => {
  const META = { publishedAt: '2023-11-30', title: 'Eurozone inflation falls' };
  it.each([
    [
      "Inflation has steadily dropped since it reached a peak of 10.6 percent in October 2022 following the upheaval in markets wrought by Russia's war on Ukraine.",
    ],
    ["Following Russia's invasion of Ukraine, inflation reached a peak of 10.6 percent in October 2022."],
    ['Inflation reached a peak of 10.6 percent in October 2022 amid the energy shock caused by Russia.'],
  ])('is why it moved, not whose it is: %s', (text) => {
    const c = extract(text, META).claims.find((x) => x.quote.exact === '10.6 percent');
    expect(c?.proposition?.measure).toBe('inflation');
    expect(c?.proposition?.subject).toEqual(['euro-area']);
  });
  it('but a party the clause itself opens with keeps its figure', () => {
    const c = extract('After a strong year, Russia’s inflation reached 7.4 percent in 2023.', META).claims.find((x) => x.quote.exact === '7.4 percent');
    expect(c?.proposition?.subject).toEqual(['russia']);
  });
});

describe('a signed figure a list of rates gives a party', () => {
  const META = { publishedAt: '2023-12-19', title: 'Euro area inflation at 2.4%' };
  it.each([
    ['The lowest annual rates were registered in Belgium (-0.8%), Denmark (0.3%) and Italy (0.6%).', '-0.8%'],
    ['The countries with the lowest annual rates were Belgium (-0.8 percent), Denmark (0.3 percent), and Italy (0.6 percent).', '-0.8 percent'],
  ])('is the rate itself, below zero, not a change of it: %s', (sentence, quote) => {
    const text = `In the European Union, annual inflation was 3.1% in November 2023.\n${sentence}`;
    const c = extract(text, META).claims.find((x) => x.quote.exact === quote);
    expect(c?.metric).toBe('inflation.belgium.rate');
    expect(c?.value).toBe(-0.8);
    expect(c?.comparable).toBe(true);
  });
});
