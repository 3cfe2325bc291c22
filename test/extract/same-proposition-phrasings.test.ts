import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2023-12-05' };

type Meta = Parameters<typeof claimQuoted>[2];

/** Two phrasings of one proposition: the first gets a key of its parts (no word-derived key), and it is the second's. */
function expectOneKey(meta: Meta, textA: string, figureA: string, textB: string, figureB: string): void {
  const a = claimQuoted(textA, figureA, meta);
  const b = claimQuoted(textB, figureB, meta);
  expect(a.metric?.startsWith('derived.')).toBe(false);
  expect(a.metric).toBe(b.metric);
}

describe('one proposition in two phrasings gets one key', () => {
  // [name, sentence A, figure A, sentence B, figure B]
  const ROWS: Array<[string, string, string, string, string]> = [
    [
      'the counted noun before the measure names no qualifier ("smartphone shipments", "shipped smartphones")',
      'Samsung only managed 226.6 million smartphone shipments in 2023.',
      '226.6 million',
      'Samsung shipped 226.6 million smartphones in 2023.',
      '226.6 million',
    ],
    [
      '"the cost of energy" and "energy prices"',
      'The cost of energy in Freedonia dipped 11.5% in November from a year ago.',
      '11.5%',
      'Energy prices in Freedonia fell 11.5% in November from a year ago.',
      '11.5%',
    ],
    [
      '"the price of food" and "food prices"',
      'In Freedonia the price of food rose 4.2 percent in October from a year earlier.',
      '4.2 percent',
      "Freedonia's food prices rose 4.2 percent in October from a year earlier.",
      '4.2 percent',
    ],
    [
      '"exports of goods" and "goods exports"',
      "Freedonia's exports of goods rose to $12 billion in 2023.",
      '$12 billion',
      "Freedonia's goods exports rose to $12 billion in 2023.",
      '$12 billion',
    ],
    [
      'the statistical category "food, alcohol and tobacco" and food inflation',
      'In Freedonia, food, alcohol and tobacco logged an annual increase of 6.9 percent in November.',
      '6.9 percent',
      'Food inflation in Freedonia eased to 6.9% in November.',
      '6.9%',
    ],
    [
      '"food, drink, and tobacco prices" and a yearly rise of food prices',
      "Freedonia's food, drink, and tobacco prices increased 6.9% in November from a year earlier.",
      '6.9%',
      "Freedonia's food prices were 6.9% higher in November than a year earlier.",
      '6.9%',
    ],
  ];

  it.each(ROWS)('%s', (_name, textA, figureA, textB, figureB) => expectOneKey(META, textA, figureA, textB, figureB));

  it('keeps a qualifier in an "of" phrase apart from the measure without it', () => {
    const energy = claimQuoted('The cost of energy in Freedonia dipped 11.5% in November from a year ago.', '11.5%', META);
    const all = claimQuoted('Prices in Freedonia dipped 11.5% in November from a year ago.', '11.5%', META);
    expect(energy.metric).not.toBe(all.metric);
  });

  it('reads a measure named inside "which excludes …" as what is left out', () => {
    const text = 'In Freedonia, core inflation, which excludes volatile energy, food, alcohol and tobacco prices, edged down to 3.6% in November.';
    expect(claimQuoted(text, '3.6%', META).proposition?.measure).toBe('core-inflation');
  });

  it.each([
    ['an ampersand in the list', "Freedonia's inflation excluding energy, food, alcohol & tobacco eased to 3.6% in November."],
    [
      'a qualifier set after the measure, then its exclusion',
      "Freedonia's CPI core (excluding energy, food, alcohol & tobacco) was finalized at 3.6% in November.",
    ],
  ])('reads what an exclusion leaves out with %s', (_name, text) => {
    const core = claimQuoted("Freedonia's core inflation eased to 3.6% in November.", '3.6%', META);
    expect(claimQuoted(text, '3.6%', META).metric).toBe(core.metric);
  });

  it('carries the measure to the rate a figure is "slower than"', () => {
    const text = "Freedonia's food, alcohol and tobacco prices rose 6.9 percent in November, slower than the 7.4 percent rise in October.";
    const now = claimQuoted(text, '6.9 percent', META);
    const before = claimQuoted(text, '7.4 percent', META);
    expect(before.proposition?.measure).toBe(now.proposition?.measure);
    expect(before.metric?.startsWith('derived.')).toBe(false);
  });
});

describe('what was expected, and what came in against it', () => {
  const TITLE = { ...META, title: 'Freedonia inflation sinks to 2.4%' };
  it('reads "expected a reading of" as a forecast of the measure just stated', () => {
    const text =
      'Annual inflation in Freedonia cooled to 2.4% in November, flash figures showed Thursday.\nEconomists polled by Reuters expected a reading of 2.7%.';
    const outturn = claimQuoted(text, '2.4%', TITLE);
    const forecast = claimQuoted(text, '2.7%', TITLE);
    expect(forecast.proposition?.measure).toBe(outturn.proposition?.measure);
    expect(forecast.proposition?.modality).toBe('forecast');
  });

  it.each([
    ['fell by more than expected', 'Inflation in Freedonia fell by more than expected in November, tumbling to 2.4 per cent.', '2.4 per cent'],
    ['a faster-than-anticipated fall', 'A faster-than-anticipated fall took inflation in Freedonia to 2.4 per cent in November.', '2.4 per cent'],
    ['below expectations at, with no figure before', 'Core inflation in Freedonia was also below expectations at 3.6% in November.', '3.6%'],
  ])('%s: the figure is the outturn', (_name, text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.modality).toBe('actual');
  });

  it('reads an outturn set after "exceeded the consensus forecast" as the outturn, and "the consensus estimate of" as the forecast', () => {
    const text =
      "Zeta Corp's fourth-quarter revenue beat the consensus estimate of $5 billion. The results far exceeded the consensus forecast by Wall Street analysts and helped Zeta Corp's annual revenue hit $21 billion in 2023.";
    const feb = { publishedAt: '2024-02-22' };
    expect(claimQuoted(text, '$5 billion', feb).proposition?.modality).toBe('forecast');
    expect(claimQuoted(text, '$21 billion', feb).proposition?.modality).toBe('actual');
  });

  it('keeps the figure after "below expectations at" a forecast when the outturn came before it', () => {
    const text = 'Inflation in Freedonia fell to 3.1% in November, below expectations at 3.3%.';
    expect(claimQuoted(text, '3.3%', META).proposition?.modality).toBe('forecast');
    expect(claimQuoted(text, '3.1%', META).proposition?.modality).toBe('actual');
  });
});

describe('an estimate of a year already over', () => {
  const APRIL = { publishedAt: '2024-04-22' };
  it('reads "was projected at" of a past year as its outturn, and the change beside it too', () => {
    const text = "In 2023, Freedonia's military spending was projected at $296 billion, up 6 percent, according to the report.";
    expect(claimQuoted(text, '$296 billion', APRIL).proposition?.modality).toBe('actual');
    expect(claimQuoted(text, '6 percent', APRIL).proposition?.modality).toBe('actual');
  });

  it('keeps a projection of a year to come a forecast', () => {
    const text = "Freedonia's military spending is projected at $310 billion in 2025.";
    expect(claimQuoted(text, '$310 billion', APRIL).proposition?.modality).toBe('forecast');
  });

  it('keeps a projection of a past year a forecast when other words make it one', () => {
    const text = "In its outlook of January 2023, the ministry said Freedonia's exports in 2023 were projected at $5 billion.";
    expect(claimQuoted(text, '$5 billion', APRIL).proposition?.modality).toBe('forecast');
  });
});

describe('phrasings of a price index component', () => {
  const JAN = { publishedAt: '2025-02-19' };
  const ROWS: Array<[string, string, string, string, string]> = [
    [
      '"prices for food" and "food prices"',
      "Freedonia's CPI rose 1.9% in January. Prices for food rose 4.2% in January from a year earlier.",
      '4.2%',
      "Freedonia's CPI rose 1.9% in January. Food prices rose 4.2% in January from a year earlier.",
      '4.2%',
    ],
    [
      '"prices at the pump" and "gasoline prices"',
      "Freedonia's CPI rose 1.9% in January. Prices at the pump jumped 8.6% year-over-year in January.",
      '8.6%',
      "Freedonia's CPI rose 1.9% in January. Gasoline prices surged 8.6% year-over-year in January.",
      '8.6%',
    ],
    [
      '"on a year-over-year basis" (no rate per year) and "from a year earlier"',
      "Freedonia's CPI rose 1.9% in January. Prices for the food component fell 0.6 percent on a year-over-year basis in January.",
      '0.6 percent',
      "Freedonia's CPI rose 1.9% in January. Food prices fell 0.6 percent in January from a year earlier.",
      '0.6 percent',
    ],
    [
      'an exclusion set before a measure that already states it',
      "Excluding energy, food, alcohol and tobacco, Freedonia's core inflation decelerated to 3.6 percent in January.",
      '3.6 percent',
      "Freedonia's core inflation eased to 3.6% in January.",
      '3.6%',
    ],
  ];
  it.each(ROWS)('%s', (_name, textA, figureA, textB, figureB) => expectOneKey(JAN, textA, figureA, textB, figureB));

  it.each([
    ['Excluding gasoline, the CPI', "Freedonia's CPI rose 1.9 percent in January from a year earlier. Excluding gasoline, the CPI rose 1.7 percent."],
    ['When excluding gas, the inflation rate', "Freedonia's inflation rate rose to 1.9% in January. When excluding gas, the inflation rate stood at 1.7%."],
  ])('reads "%s" as the measure less what is excluded, never the headline', (_name, text) => {
    const all = claimQuoted(text, '1.9', JAN);
    const less = claimQuoted(text, '1.7', JAN);
    expect(less.proposition?.measure).toBe('inflation');
    expect(less.metric).not.toBe(all.metric);
    expect(less.proposition?.facets.some((f) => f.startsWith('excluding-'))).toBe(true);
  });
});

describe('words that say how a figure is stated qualify no measure', () => {
  it('"on an annual basis" adds no constraint to the measure after it', () => {
    const oct = { publishedAt: '2023-10-25' };
    const stated = claimQuoted(
      'The bureau said that on an annual basis consumer prices in Freedonia rose 5.4 per cent in the 12 months to September.',
      '5.4',
      oct,
    );
    const plain = claimQuoted('Consumer prices in Freedonia rose 5.4 per cent in the 12 months to September.', '5.4', oct);
    expect(stated.proposition?.measure).toBe(plain.proposition?.measure);
    expect(stated.proposition?.facets).toEqual(plain.proposition?.facets);
  });
});
