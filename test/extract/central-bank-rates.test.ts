import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-06-06', title: 'Euro zone central bank lowers borrowing costs' };

describe("a central bank's several policy rates", () => {
  const text =
    'The European Central Bank on Thursday lowered its deposit rate to 3.75%. The main refinancing rate was lowered to 4.25% on Thursday and the marginal lending facility to 4.5%.';
  const { claims } = extract(text, META);
  const of = (quote: string) => claims.find((c) => c.quote.exact === quote)?.proposition;

  it('are told apart: the deposit rate, the main refinancing rate and the marginal lending rate never meet as one', () => {
    const facets = ['3.75%', '4.25%', '4.5%'].map((q) => of(q)?.facets.join());
    expect(of('3.75%')?.measure).toBe('interest-rate');
    expect(of('4.5%')?.measure).toBe('interest-rate');
    expect(new Set(facets).size).toBe(3);
  });

  it('"deposit rate", "deposit facility rate" and "deposit facility" name the same rate', () => {
    const keys = [
      'The ECB cut its deposit rate to 3.75% on Thursday.',
      'The ECB cut its deposit facility rate to 3.75% on Thursday.',
      'The ECB cut the rate on its deposit facility to 3.75% on Thursday.',
    ].map((t) => claimQuoted(t, '3.75%', META, { exact: true }).metric);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^interest-rate\./);
  });

  it('a list of rates set "respectively" against a list of figures pairs them in order', () => {
    const listed =
      'The rates on the main refinancing operations, the marginal lending facility and the deposit facility will be 4.25 percent, 4.5 percent and 3.75 percent respectively.';
    const { claims: inList } = extract(listed, META);
    const one = (q: string) => inList.find((c) => c.quote.exact === q)?.proposition?.facets.join();
    expect(one('3.75 percent')).toBe(of('3.75%')?.facets.join());
    expect(one('4.25 percent')).toBe(of('4.25%')?.facets.join());
    expect(one('4.5 percent')).toBe(of('4.5%')?.facets.join());
  });

  it('also where the list says the rates again between its items, and "with effect from" a day still to come', () => {
    const listed =
      'The interest rate on the main refinancing operations, and the interest rates on the marginal lending facility and the deposit facility will be decreased to 4.25 percent, 4.5 percent and 3.75 percent respectively, with effect from June 12.';
    const { claims: inList } = extract(listed, { publishedAt: '2024-06-06', title: null });
    const one = (q: string) => inList.find((c) => c.quote.exact === q)!;
    expect(one('4.25 percent').proposition?.facets.join()).toBe(of('4.25%')?.facets.join());
    expect(one('4.5 percent').proposition?.facets.join()).toBe(of('4.5%')?.facets.join());
    expect(one('3.75 percent').proposition?.facets.join()).toBe(of('3.75%')?.facets.join());
    expect(one('3.75 percent').period?.start).toBe('2024-06-12');
  });

  it('so does a list of other facets: "Solar, wind and hydro capacity rose by 20%, 10% and 2% respectively"', () => {
    const { claims: grown } = extract('Solar, wind and hydro capacity rose by 20%, 10% and 2% respectively in 2023.', {
      publishedAt: '2024-03-01',
      title: 'World renewable capacity',
    });
    expect(grown.map((c) => c.proposition?.facets.join())).toEqual(['solar', 'wind', 'hydro']);
  });
});

describe('the level a decision moved the rate from', () => {
  it('"taking the base rate from 5.25% to 5%" is of the day before the decision, not of the decision day or the year', () => {
    const text = 'The Bank of England has today announced a cut to interest rates, taking the base rate from 5.25% to 5%.';
    const meta = { publishedAt: '2024-08-01', title: 'Bank of England cuts interest rate to 5%' };
    const before = claimQuoted(text, '5.25%', meta, { exact: true });
    const after = claimQuoted(text, '5%', meta, { exact: true });
    expect(after.period).toMatchObject({ start: '2024-08-01', end: '2024-08-01' });
    expect(before.period).toMatchObject({ start: '2024-07-31', end: '2024-07-31' });
    expect(before.metric).toBe(after.metric);
  });

  it('"cut its deposit rate to 3.75% from 4% on Thursday": the 4% held up to Wednesday', () => {
    const c = claimQuoted('The ECB cut its deposit rate to 3.75% from 4% on Thursday.', '4%', META, { exact: true });
    expect(c.period).toMatchObject({ start: '2024-06-05', end: '2024-06-05' });
  });

  it('keeps a time of its own: "from a record low of 0.1 percent in December 2021 to 5.25 percent"', () => {
    const text = 'The BoE has carried out 14 consecutive rate hikes from a record low of 0.1 percent in December 2021 to 5.25 percent.';
    const c = claimQuoted(text, '0.1 percent', { publishedAt: '2024-08-02', title: 'BoE cuts rates' }, { exact: true });
    expect(c.period).toMatchObject({ start: '2021-12-01', end: '2021-12-31' });
  });
});

describe('a move stated with the verb before the rate', () => {
  it.each([
    'The bank decided to raise its policy rate by 50 basis points on Thursday.',
    'The committee voted to lower its policy rate by 50 basis points on Thursday.',
    'The bank is hiking its policy rate by 50 basis points on Thursday.',
  ])('%s is a change of the rate, not its level', (text) => {
    expect(claimQuoted(text, '50 basis points', META, { exact: true }).proposition?.statType).toBe('change');
  });
});

describe('growth after a rate', () => {
  it('"foresee growth of 0.9% in 2024, 1.4% in 2025" after core inflation is no growth of inflation', () => {
    const text =
      'Inflation excluding energy and food is projected to average 2.8% in 2024. The new projections foresee growth of 0.9% in 2024, 1.4% in 2025 and 1.6% in 2026.';
    const { claims } = extract(text, META);
    for (const q of ['0.9%', '1.4%', '1.6%']) expect(claims.find((c) => c.quote.exact === q)?.proposition?.measure).not.toBe('core-inflation');
  });

  it('still goes on about a measure that grows: "Revenue rose to $5 billion in 2023. Growth of 10% is expected in 2024."', () => {
    const c = claimQuoted('Revenue at Acme rose to $5 billion in 2023. Growth of 10% is expected in 2024.', '10%', META, { exact: true });
    expect(c.proposition?.measure).toBe('revenue');
  });
});

describe('where these readings stop', () => {
  const at = (text: string, quote: string, publishedAt = '2024-10-15') => claimQuoted(text, quote, { publishedAt, title: 'Central banks' }, { exact: true });

  it.each([
    ['The Bank of England cut rates in August, taking Bank Rate to 5% from 5.25%.', '2024-08-01'],
    ['The Bank of Russia raised its key rate to 19% from 18% in September.', '2024-09-01'],
    ["Ghana's central bank cut its policy rate to 27% from 29% last month.", '2024-09-01'],
  ])('a level moved from in a sentence that states a month is not dated the day before publication: %s', (text, start) => {
    const from = claimQuoted(text, text.match(/from (\d+(?:\.\d+)?%)/)![1]!, { publishedAt: '2024-10-15', title: 'Central banks' }, { exact: true });
    expect(from.period?.start).toBe(start);
  });

  it('"its deposit rate to 3.75% and its main refinancing rate to 4.25%": each figure has its own rate only', () => {
    const text = 'The ECB cut its deposit rate to 3.75% and its main refinancing rate to 4.25% on Thursday.';
    expect(at(text, '4.25%', '2024-06-06').proposition?.facets).toEqual(['main-refinancing']);
    expect(at(text, '3.75%', '2024-06-06').proposition?.facets).toEqual(['deposit-facility']);
  });

  it('"The RBI\'s reverse repo rate stood at 3.35% in 2022, the repo rate at 4%": the repo rate is no reverse repo rate', () => {
    expect(at("The RBI's reverse repo rate stood at 3.35% in 2022, the repo rate at 4%.", '4%').proposition?.facets ?? []).not.toContain('reverse-repo');
  });

  it('a list of parties pairs with the figures before a list of facets does', () => {
    const text = 'In Germany and France, which rely on wind and solar power, electricity prices rose 12% and 8% respectively in 2023.';
    const { claims } = extract(text, { publishedAt: '2024-03-01', title: 'Power prices' });
    for (const c of claims) expect(c.proposition?.facets ?? []).not.toContain('wind');
  });

  it('"deposit rate" of banks, not of a central bank, is no policy rate', () => {
    for (const text of [
      'Chinese lenders cut the one-year deposit rate to 1.45% on Tuesday.',
      "UK banks' average easy-access deposit rate rose to 3.2% in April.",
    ]) {
      const c = claimQuoted(text, text.match(/\d\.\d+%/)![0], META, { exact: true });
      expect(c.proposition?.measure).not.toBe('interest-rate');
    }
  });

  it('"was lower at 3.9%" is a level, not a move: only "to lower", "will lower" … are verbs', () => {
    const c = at('The US unemployment rate was lower at 3.9% in April, down from 4% in March.', '3.9%', '2024-05-10');
    expect(c.proposition?.statType).toBe('rate');
  });
});

describe('"Fed" alone, as headlines write it, is the Federal Reserve', () => {
  it('"Fed\'s policy rate lowered to 4.75%-5.00%" is the United States\' rate, as "the Fed\'s" is', () => {
    const meta = { publishedAt: '2024-09-18', title: 'Fed cuts rates by half a percentage point' };
    const bare = claimQuoted("Fed's policy rate lowered to 4.75%-5.00% range on Wednesday.", '4.75%-5.00%', meta, { exact: true });
    const full = claimQuoted("The Fed's policy rate was lowered to 4.75%-5.00% range on Wednesday.", '4.75%-5.00%', meta, { exact: true });
    expect(bare.proposition?.subject).toEqual(['united-states']);
    expect(bare.metric).toBe(full.metric);
  });
});

describe('"Fed" opening a sentence as a verb is no Federal Reserve', () => {
  it.each([
    ['Fed up with high prices, shoppers cut spending by 2% in 2024.', '2%'],
    ['Fed by a weaker lira, Turkish inflation rose to 75% in May 2024.', '75%'],
  ])('%s', (text, figure) => {
    const c = claimQuoted(text, figure, { publishedAt: '2024-06-10', title: 'Prices' }, { exact: true });
    expect(c.proposition?.subject ?? []).not.toContain('united-states');
  });
});

describe('"maintained its rate", and "The Bank" after the bank is named', () => {
  const at = { publishedAt: '2024-04-10', title: null };
  it.each([
    ['The Bank of Canada maintained its rate at five per cent on Wednesday.', 'five per cent'],
    ['The Bank of Canada kept its rate at 5% on Wednesday.', '5%'],
  ])('%s', (text, figure) => {
    const c = claimQuoted(text, figure, at);
    expect(c.proposition).toMatchObject({ measure: 'interest-rate', subject: ['canada'] });
  });

  it('"The Bank expects CPI inflation …" is the forecast for the bank\'s country, not for a party called "Bank"', () => {
    const text =
      'The Bank of Canada held its key rate at 5% on Wednesday. The Bank expects CPI inflation to be close to 3 percent during the first half of this year.';
    expect(claimQuoted(text, 'close to 3 percent', at).proposition?.subject).toEqual(['canada']);
  });
});
