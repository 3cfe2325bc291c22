import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

interface Row {
  text: string;
  figure: string;
  measure: string;
  subject: string[];
  counterpart?: string | null;
  stat: string;
  modality?: 'actual' | 'target' | 'forecast';
  basis?: string | null;
}

const row = (
  text: string,
  figure: string,
  measure: string,
  subject: string[],
  counterpart: string | null,
  stat: string,
  modality: Row['modality'] = 'actual',
  basis: string | null = null,
): Row => ({
  text,
  figure,
  measure,
  subject,
  counterpart,
  stat,
  modality,
  basis,
});

const ROWS: Array<[string, Row]> = [
  // A symmetric pair is the same proposition whichever party is named first.
  ['pair, A and B', row('Trade between China and Russia reached $240 billion in 2023.', '$240 billion', 'trade', ['china', 'russia'], null, 'level')],
  ['pair, B and A', row('Trade between Russia and China reached $240 billion in 2023.', '$240 billion', 'trade', ['china', 'russia'], null, 'level')],
  ['pair, bilateral', row('Bilateral trade between Germany and Poland rose 4% in 2023.', '4%', 'trade', ['germany', 'poland'], null, 'change')],
  ['pair, hyphenated', row('China-Russia trade reached $240 billion in 2023.', '$240 billion', 'trade', ['china', 'russia'], null, 'level')],
  ['pair, hyphenated abbreviation', row('US-China trade fell 17% in 2023.', '17%', 'trade', ['china', 'united-states'], null, 'change')],
  [
    'pair, hyphenated long name',
    row('India-United Arab Emirates trade reached $85 billion in 2023.', '$85 billion', 'trade', ['india', 'united-arab-emirates'], null, 'level'),
  ],
  ['pair, "trade with"', row("Britain's trade with India reached £39 billion in 2023.", '£39 billion', 'trade', ['india', 'united-kingdom'], null, 'level')],
  // One country's total or foreign trade is its trade with the world; with a partner named, it is the pair's.
  ['pair, a country’s total trade', row("Chile's total trade reached $180 billion in 2023.", '$180 billion', 'trade', ['chile', 'world'], null, 'level')],
  ['pair, a country’s foreign trade', row("Vietnam's foreign trade fell 6.6% in 2023.", '6.6%', 'trade', ['vietnam', 'world'], null, 'change')],
  [
    'pair, total trade with a partner',
    row("Britain's total trade with India reached £39 billion in 2023.", '£39 billion', 'trade', ['india', 'united-kingdom'], null, 'level'),
  ],
  // "the two countries" after a sentence of the same paragraph that names both.
  [
    'pair, "the two countries"',
    row(
      'India and Japan signed a new economic partnership in March. Trade between the two countries rose 7% in 2023.',
      '7%',
      'trade',
      ['india', 'japan'],
      null,
      'change',
    ),
  ],
  [
    'pair, "the two countries\'"',
    row(
      "Leaders of Brazil and Argentina met in Brasilia on Tuesday. The two countries' trade reached $28 billion in 2023.",
      '$28 billion',
      'trade',
      ['argentina', 'brazil'],
      null,
      'level',
    ),
  ],
  [
    'pair, "bilateral" with no party named',
    row(
      'Kazakhstan and Uzbekistan opened a new border crossing this week. Bilateral trade reached $4 billion in 2023, officials said.',
      '$4 billion',
      'trade',
      ['kazakhstan', 'uzbekistan'],
      null,
      'level',
    ),
  ],

  // Direction: whose exports, and where to.
  ['directed, A to B', row("China's exports to Russia rose to $111 billion in 2023.", '$111 billion', 'exports', ['china'], 'russia', 'level')],
  ['directed, B to A', row("Russia's exports to China rose to $129 billion in 2023.", '$129 billion', 'exports', ['russia'], 'china', 'level')],
  ['directed, from A to B', row('Exports from Vietnam to the United States rose 5% in 2023.', '5%', 'exports', ['vietnam'], 'united-states', 'change')],
  [
    'directed, the same flow seen from the buyer',
    row("Mexico's imports from the United States rose to $323 billion in 2023.", '$323 billion', 'imports', ['mexico'], 'united-states', 'level'),
  ],
  [
    'directed, the other way',
    row("Mexico's exports to the United States rose to $475 billion in 2023.", '$475 billion', 'exports', ['mexico'], 'united-states', 'level'),
  ],
  ['directed, no counterpart', row("Japan's exports rose to $700 billion in 2023.", '$700 billion', 'exports', ['japan'], null, 'level')],
  // "imports from Y" in a sentence naming X's customs agency or statistics office: X's imports.
  [
    'imports, customs agency by name',
    row('According to the General Administration of Customs, imports from Russia rose 13% in 2023.', '13%', 'imports', ['china'], 'russia', 'change'),
  ],
  [
    'imports, customs data',
    row('Chinese customs data show imports from Russia reached $129 billion in 2023.', '$129 billion', 'imports', ['china'], 'russia', 'level'),
  ],
  ['imports, statistics office', row('Rosstat said imports from Belarus rose 6% in 2023.', '6%', 'imports', ['russia'], 'belarus', 'change')],

  // Targets and forecasts are never actual.
  [
    'forecast, "expected to"',
    row('Trade between China and Russia is expected to reach $300 billion by 2030.', '$300 billion', 'trade', ['china', 'russia'], null, 'level', 'forecast'),
  ],
  [
    'forecast, "could reach"',
    row('Trade between India and Russia could reach $100 billion by 2030.', '$100 billion', 'trade', ['india', 'russia'], null, 'level', 'forecast'),
  ],
  [
    'forecast, "plans to"',
    row('India plans to raise its exports to the EU to $100 billion by 2030.', '$100 billion', 'exports', ['india'], 'european-union', 'level', 'forecast'),
  ],
  [
    'forecast, "is forecast to"',
    row('The budget deficit of Brazil is forecast to reach $50 billion in 2025.', '$50 billion', 'budget-deficit', ['brazil'], null, 'level', 'forecast'),
  ],
  [
    'forecast, "expects"',
    row('Japan expects its exports to China to reach $150 billion in 2025.', '$150 billion', 'exports', ['japan'], 'china', 'level', 'forecast'),
  ],
  [
    'forecast, "projected to"',
    row("Australia's exports to India are projected to grow 10% in 2025.", '10%', 'exports', ['australia'], 'india', 'change', 'forecast'),
  ],
  ['forecast, "will"', row("Germany's economy will grow 0.3% in 2025.", '0.3%', 'gdp', ['germany'], null, 'change', 'forecast')],
  ['actual, the same wording in the past', row("Germany's economy grew 0.3% in 2023.", '0.3%', 'gdp', ['germany'], null, 'change', 'actual')],
  [
    'target, "goal of"',
    row('China and Russia set a goal of $200 billion in trade by 2024.', '$200 billion', 'trade', ['china', 'russia'], null, 'level', 'target'),
  ],
  [
    'target, "target"',
    row('The target for trade between India and Russia is $100 billion by 2030.', '$100 billion', 'trade', ['india', 'russia'], null, 'level', 'target'),
  ],
  [
    'target, "set a target of"',
    row('India has set a target of $2 trillion for its exports by 2030.', '$2 trillion', 'exports', ['india'], null, 'level', 'target'),
  ],
  [
    'target, "goal is to"',
    row("China's goal is to lift its imports from Africa to $300 billion by 2035.", '$300 billion', 'imports', ['china'], 'africa', 'level', 'target'),
  ],

  // Shares belong to the part, taken out of the whole.
  ['share, of a pair measure', row("China accounted for 40% of Russia's trade in 2023.", '40%', 'trade', ['china'], 'russia', 'share')],
  ['share, the other way', row("Russia accounted for 4% of China's total trade in 2023.", '4%', 'trade', ['russia'], 'china', 'share')],
  ['share, a bloc of a country', row("The European Union accounted for 17% of China's trade in 2023.", '17%', 'trade', ['european-union'], 'china', 'share')],
  ['share, in words', row("China accounted for about a third of Mongolia's trade in 2023.", 'about a third', 'trade', ['china'], 'mongolia', 'share')],
  ['share, "made up"', row("Trade with Russia made up 4% of China's trade in 2023.", '4%', 'trade', ['russia'], 'china', 'share')],
  ['share, of a directed flow', row("Russia accounted for 40% of China's oil imports in 2023.", '40%', 'imports', ['russia'], 'china', 'share')],
  ['share, of imports', row("China accounted for 36% of Russia's imports in 2023.", '36%', 'imports', ['china'], 'russia', 'share')],

  // A percent change ("rose 5%") against a level reached ("rose to 65%").
  ['change, "rose 5%"', row("Japan's imports from Australia rose 5% in 2023.", '5%', 'imports', ['japan'], 'australia', 'change')],
  [
    'level, "rose to $60 billion"',
    row("Japan's imports from Australia rose to $60 billion in 2023.", '$60 billion', 'imports', ['japan'], 'australia', 'level'),
  ],
  ['rate, "rose to 65%"', row('Inflation in Turkey rose to 65% in 2023.', '65%', 'inflation', ['turkiye'], null, 'rate')],
  [
    'change, "rose 5 percentage points"',
    row("Turkey's inflation rate rose 5 percentage points in 2023.", '5 percentage points', 'inflation', ['turkiye'], null, 'change'),
  ],
  ['change of a flow, "rose 24%"', row("China's oil imports from Russia rose 24% in 2023.", '24%', 'imports', ['china'], 'russia', 'change')],

  // The terms a relative figure is stated in.
  [
    'basis, "in yuan terms" before',
    row("In yuan terms, China's exports to Russia rose 12% in 2023.", '12%', 'exports', ['china'], 'russia', 'change', 'actual', 'CNY'),
  ],
  [
    'basis, "in yuan terms" after',
    row("China's exports to Russia rose 12% in yuan terms in 2023.", '12%', 'exports', ['china'], 'russia', 'change', 'actual', 'CNY'),
  ],
  [
    'basis, "in dollar terms"',
    row('Trade between China and Russia rose 26% in dollar terms in 2023.', '26%', 'trade', ['china', 'russia'], null, 'change', 'actual', 'USD'),
  ],
  [
    'basis, "in yen terms"',
    row("Japan's exports to the United States rose 4% in yen terms in 2023.", '4%', 'exports', ['japan'], 'united-states', 'change', 'actual', 'JPY'),
  ],
  ['basis, "in real terms"', row("Germany's exports rose 0.3% in real terms in 2023.", '0.3%', 'exports', ['germany'], null, 'change', 'actual', 'real')],
  ['basis, "in nominal terms"', row("Germany's GDP rose 6.3% in nominal terms in 2023.", '6.3%', 'gdp', ['germany'], null, 'change', 'actual', 'nominal')],
];

describe('extract: roles, stat type, modality and basis', () => {
  it.each(ROWS)('%s', (_name, r) => {
    const { claims } = extract(r.text, { publishedAt: '2024-06-15', title: null });
    const claim = claims.find((c) => c.quote.exact === r.figure);
    expect(claim, `no claim quoted "${r.figure}"; got ${claims.map((c) => JSON.stringify(c.quote.exact)).join(', ')}`).toBeDefined();
    const p = claim!.proposition;
    expect(p).not.toBeNull();
    expect({ measure: p!.measure, subject: p!.subject, counterpart: p!.counterpart, statType: p!.statType, basis: p!.basis }).toEqual({
      measure: r.measure,
      subject: r.subject,
      counterpart: r.counterpart ?? null,
      statType: r.stat,
      basis: r.basis ?? null,
    });
    if (r.modality) expect(p!.modality).toBe(r.modality);
  });

  it('gives the two orders of a symmetric pair the same proposition and metric', () => {
    const a = extract('Trade between China and Russia reached $240 billion in 2023.', { publishedAt: '2024-06-15' }).claims[0]!;
    const b = extract('Trade between Russia and China reached $240 billion in 2023.', { publishedAt: '2024-06-15' }).claims[0]!;
    expect(a.proposition).toEqual(b.proposition);
    expect(a.metric).toBe(b.metric);
  });

  it('gives the two directions of a flow different propositions and metrics', () => {
    const a = extract("China's exports to Russia rose to $111 billion in 2023.", { publishedAt: '2024-06-15' }).claims[0]!;
    const b = extract("Russia's exports to China rose to $129 billion in 2023.", { publishedAt: '2024-06-15' }).claims[0]!;
    expect(a.proposition!.subject).not.toEqual(b.proposition!.subject);
    expect(a.metric).not.toBe(b.metric);
  });

  it('keeps a forecast apart from the actual figure of the same measure', () => {
    const actual = extract("Germany's economy grew 0.3% in 2023.", { publishedAt: '2024-06-15' }).claims[0]!;
    const forecast = extract("Germany's economy will grow 0.3% in 2025.", { publishedAt: '2024-06-15' }).claims[0]!;
    expect(actual.metric).not.toBe(forecast.metric);
  });
});
