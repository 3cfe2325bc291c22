import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-02', title: 'Annual results' };

describe('"the Irish airline", "the South Korean brand", "the handset maker" are the company named before, not its country', () => {
  it.each([
    ['Shares in Ryanair rose. The Irish airline flew 18.2 million passengers in 2023.', '18.2 million', /^passengers\.ryanair\./],
    [
      'Analysts praised Samsung. The South Korean electronics brand shipped 226.6 million phones in 2023.',
      '226.6 million',
      /^shipments\.(?:smartphones\.)?samsung\./,
    ],
    ['Analysts praised Huawei. The handset maker shipped 40.1 million phones in 2023.', '40.1 million', /^shipments\.smartphones\.huawei\./],
    ['Shares in Ryanair rose. The Irish low-cost operator flew 18.2 million passengers in 2023.', '18.2 million', /^passengers\.ryanair\./],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });
});

describe('the forecast a new one replaced is a previous estimate, never the forecast itself', () => {
  it.each([
    ['Finnair expects 12 million passengers in 2024 after it lowered forecasts from 12.6 million because of strikes.', '12.6 million'],
    ['Finnair raised its guidance for 2024 from 11 million passengers to 12 million.', '11 million'],
  ])('%s', (text, old) => {
    const superseded = claimQuoted(text, old, META);
    const current = claimQuoted(text, '12 million', META);
    expect(superseded.metric).toMatch(/previous-estimate/);
    expect(current.metric).not.toMatch(/previous-estimate/);
    expect(superseded.metric).not.toBe(current.metric);
  });

  it.each([
    ['The Bank of Canada revised its GDP forecast for Canada to 1.5% in 2024 (almost double their January forecast of 0.8%).', '0.8%', '1.5%'],
    ['The Bank of Canada now expects the economy to grow 1.5% in 2024, up from the 0.8% it had forecast in January.', '0.8%', '1.5%'],
  ])('a forecast made earlier is set apart from the one now held: %s', (text, old, now) => {
    const at = { publishedAt: '2024-04-10' };
    expect(claimQuoted(text, old, at).metric).toMatch(/previous-estimate/);
    expect(claimQuoted(text, now, at).metric).not.toMatch(/previous-estimate/);
  });

  it('a forecast revised to a figure is the forecast now held, as another source\'s "now expects" states it', () => {
    const at = { publishedAt: '2024-04-10' };
    const revised = claimQuoted('The Bank of Canada revised its GDP forecast for Canada to 1.5% in 2024.', '1.5%', at);
    const held = claimQuoted('The Bank of Canada now expects the economy to grow 1.5% in 2024.', '1.5%', at);
    expect(revised.metric).toBe(held.metric);
  });
});

describe('"the company" is the one the sentence before was about, not one it was compared with', () => {
  it.each([
    [
      'Apple topped global smartphone sales, outpacing Samsung and other makers. The iPhone maker held a 20.1% market share in 2023.',
      '20.1%',
      /^market-share\.smartphones\.apple\./,
    ],
    ['Toyota sold more cars than Volkswagen for a fourth year. The carmaker sold 11.2 million vehicles in 2023.', '11.2 million', /^sales\.toyota\./],
    ['Airbus delivered more jets than Boeing. The planemaker delivered 735 aircraft in 2023.', '735 aircraft', /^(?:deliveries|sales)\.airbus\./],
    // (A company the gazetteer knows that "said" something is still the subject; "rival" Boeing is what it beat.)
    [
      'Airbus said it kept the top spot against rival Boeing for a fifth year. The European planemaker delivered 735 aircraft in 2023.',
      '735 aircraft',
      /^(?:deliveries|sales)\.airbus\./,
    ],
    // (A company cited as a source is not what the sentence is about.)
    ['According to Ryanair, easyJet flew fewer passengers. The airline carried 82.5 million passengers in 2023.', '82.5 million', /^passengers\.easyjet\./],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });
});

describe('"the Danish giant", "the group’s revenue": the company named before, not a country or a part', () => {
  it.each([
    [
      'a demonym no company named is known by describes the company, not its country',
      'Shares in Korvane fell after Korvane reported results on Thursday. The Danish giant delivered net profit of $438m in the third quarter of 2016.',
      '$438m',
      /\.korvane\./,
    ],
    [
      '"the group’s" owning the measure is the company, not a group of industries',
      'Shares in Korvane fell after Korvane reported results on Thursday. The group’s revenue decreased to $9.18bn in the third quarter of 2016.',
      '$9.18bn',
      /^revenue\.korvane\./,
    ],
  ])('%s', (_name, text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });
});

describe('"Group revenues", "The brewer": a company’s own words for itself', () => {
  it.each([
    [
      'Shares in Korvane fell after Korvane reported results. Group revenues fell by 5% to 16.9 billion euros in the first half of 2025.',
      '16.9 billion euros',
      /^revenue\.(?:group\.)?korvane\./,
    ],
    [
      'Shares in Korvane fell after Korvane reported results. The Dutch brewer recorded revenue of 16.9 billion euros in the first half of 2025.',
      '16.9 billion euros',
      /^revenue\.korvane\./,
    ],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });
});

describe("a country written as a company's adjective or owner is the company named before, when the gazetteer places it there", () => {
  it.each([
    [
      '"the Saudi company": a short name used as an adjective',
      "Shares in Aramco fell. The Saudi company's revenue fell 17% in 2023.",
      '17%',
      /^revenue\.aramco\./,
    ],
    ['"the US firm"', 'Analysts praised Apple. The US firm shipped 234.6 million phones in 2023.', '234.6 million', /^shipments\.apple\./],
    [
      '"Saudi Arabia\'s state oil giant": a country\'s company in the possessive, no name after it',
      "Aramco reported results on Sunday. Saudi Arabia's state oil giant reported revenue of $440 billion in 2023.",
      '$440 billion',
      /^revenue\.aramco\.total$/,
    ],
  ])('%s', (_name, text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });

  it('a country whose companies the text has not named stays the party ("China\'s largest automaker" with only Tesla named)', () => {
    const c = claimQuoted("Tesla sold 1.8 million cars in 2023. China's state carmaker sold 3 million cars in 2023.", '3 million cars', META);
    expect(c.proposition?.subject).not.toEqual(['tesla']);
  });
});

describe("a word of a company's trade describes the company, not its figure", () => {
  it.each([
    ['Shares in Aramco fell. The state oil giant reported revenue of $440 billion in 2023.', '$440 billion', 'revenue.aramco.total'],
    ['Analysts praised BYD. The Chinese EV maker sold 3 million cars in 2023.', '3 million cars', 'sales.byd.total'],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toBe(metric);
  });

  it('a trade written in the plural is the figure\'s own ("EV makers sold 9.5 million cars")', () => {
    expect(claimQuoted('Chinese EV makers sold 9.5 million cars in 2023.', '9.5 million cars', META).proposition?.facets).toContain('electric-vehicles');
  });
});

describe('"buy back": the measure of a buyback written as a verb', () => {
  it('"Shell said it would buy back $3.5bn of shares"', () => {
    const c = claimQuoted('Shell reported results on Thursday. Shell said it would buy back $3.5bn of shares over the next three months.', '$3.5bn', META);
    expect(c.metric).toMatch(/^share-buybacks\.shell\./);
  });
});

describe('what a company descriptor may not take', () => {
  it('"the US firm" takes no company based elsewhere, and stays the country when none named is American', () => {
    const c = claimQuoted("Intel and Taiwan's TSMC both expanded output. The US firm said revenue rose 9% to $15.4 billion.", '$15.4 billion', META);
    expect(c.proposition?.subject).not.toEqual(['tsmc']);
  });

  it('"Russia\'s state oil giant" with no company named keeps its oil: the facet goes only with a company it describes', () => {
    const c = claimQuoted("Russia's state oil giant said it expects exports to rise 3% in 2024.", '3%', META);
    expect(c.proposition?.facets).toContain('oil');
  });
});
