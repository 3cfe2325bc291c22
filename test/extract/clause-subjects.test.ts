import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2025-01-20', title: 'Tablet shipments slipped in 2024' };

describe('a name opening a clause of its own is the party of that clause’s figure', () => {
  it.each([
    // A ranking sentence: the second clause has its own subject, its verb and its figure.
    [
      'Lenovo shipped 58.2 million tablets in 2024. Huawei took the second spot with 41.7 million, and Acer came third with 30.9 million.',
      '30.9 million',
      /^shipments\.acer\./,
    ],
    [
      'Lenovo shipped 58.2 million tablets in 2024. Huawei took the second spot with 41.7 million, and Acer came third with 30.9 million.',
      '41.7 million',
      /^shipments\.huawei\./,
    ],
    // A known party after "and the", its verb left out: "…, and the UK at 4.4 million".
    [
      'Spain was the top destination with 8.9 million passengers in 2024. Italy follows with 4.8 million passengers, and the UK at 4.4 million passengers.',
      '4.4 million passengers',
      /^passengers\.united-kingdom\./,
    ],
    // The verb left out after "and": "… and Acer 30.9 million".
    ['In 2024 Lenovo shipped 58.2 million tablets, while Huawei shipped 41.7 million and Acer 30.9 million.', '30.9 million', /^shipments\.acer\./],
    // "followed by" lists the ranks after a leader; the leader's own share stays the leader's.
    [
      'In the last quarter of 2024, Lenovo led the market with a 24.1 percent market share, followed by Huawei, Acer and Asus.',
      '24.1 percent',
      /^market-share\.lenovo\./,
    ],
  ])('%s → %s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('not a capitalised word that opens no clause: a title-case headline line keeps its party', () => {
    const c = claimQuoted('Rivian Shatters Delivery Records, Surpassing 50,000 for 2024', 'Surpassing 50,000', META);
    expect(c.metric).toMatch(/\.rivian\./);
  });
});

describe('a list that leaves the verb out after each party’s possessive', () => {
  const text = 'In 2024, Lenovo’s shipments declined by 13.6% year-on-year, Huawei’s by 4.7%, and Acer’s by 9.9%.';
  it.each([
    ['13.6%', 'lenovo', -13.6],
    ['4.7%', 'huawei', -4.7],
    ['9.9%', 'acer', -9.9],
  ])('%s is %s’s, and falls with the verb of the first', (figure, party, value) => {
    const c = claimQuoted(text, figure, META, { exact: true });
    expect(c.metric).toMatch(new RegExp(`^shipments\\.${party}\\.growth`));
    expect(c.value).toBe(value);
  });
});

describe('every figure of a clause opened by a name is that name’s', () => {
  const text =
    'In the fourth quarter of 2024, Lenovo retained the lead with 18.5 million tablets and a 24.7% market share, Huawei shipped 9.1 million tablets with a 16.3% market share, and Acer shipped 6.2 million units and had 12.5% of the market share.';
  it.each([
    ['24.7%', /^market-share\.lenovo\./],
    ['16.3%', /^market-share\.huawei\./],
    ['12.5%', /^market-share\.acer\./],
  ])('%s', (figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });
});

describe('"the Chinese smartphone maker Xiaomi": a name in apposition is the company', () => {
  it('not the country its demonym names', () => {
    const text =
      'Xiaomi grew fast in 2024, and Xiaomi now ranks third. The Chinese smartphone manufacturer Xiaomi came in third place with 145.9 million units shipped in 2024.';
    expect(claimQuoted(text, '145.9 million', META).metric).toMatch(/^shipments\.smartphones\.xiaomi\./);
  });
});

describe('a name opening its sentence, with an aside in brackets before its verb', () => {
  it('owns the sentence: the figure is not the party’s of the sentence before', () => {
    const text =
      'Next up is Huawei, which took the fourth spot with 41.7 million units shipped. Acer (parent company of two brands) came in the fifth position with 30.9 million units shipped.';
    expect(claimQuoted(text, '30.9 million', META).metric).not.toMatch(/huawei/);
  });
});
