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
