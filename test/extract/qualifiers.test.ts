import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { metricKey, metricLabel, parseMetricKey } from '../../src/extract/metric-key.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const META = { publishedAt: '2025-03-01' };

const claimOf = (text: string, quote: string): ExtractedClaim => claimQuoted(text, quote, META, { exact: true });

describe('a word that qualifies the measure keeps apart figures of different things', () => {
  // [name, sentence A, figure A, sentence B, figure B]: the same party, period and stat, a different qualifier.
  const ROWS: Array<[string, string, string, string, string]> = [
    [
      'fossil against total emissions',
      "Freedonia's fossil CO2 emissions rose to 410 million tonnes in 2023.",
      '410 million tonnes',
      "Freedonia's total CO2 emissions rose to 455 million tonnes in 2023.",
      '455 million tonnes',
    ],
    [
      'land-use emissions against emissions',
      "Brazil's land-use emissions fell to 900 million tonnes in 2023.",
      '900 million tonnes',
      "Brazil's emissions fell to 1.3 billion tonnes in 2023.",
      '1.3 billion tonnes',
    ],
    [
      'core against headline profit',
      "Zeta Corp's core profit rose to $2 billion in 2024.",
      '$2 billion',
      "Zeta Corp's profit rose to $1.6 billion in 2024.",
      '$1.6 billion',
    ],
    [
      'goods against services inflation',
      "Ruritania's goods inflation slowed to 1.9% in May 2024.",
      '1.9%',
      "Ruritania's services inflation slowed to 4.2% in May 2024.",
      '4.2%',
    ],
    [
      'net against gross debt',
      "Italy's net debt reached 120% of GDP at the end of 2023.",
      '120%',
      "Italy's gross debt reached 137% of GDP at the end of 2023.",
      '137%',
    ],
    [
      'net against gross orders, the qualifier inside the counted noun',
      'Boeing booked 1,314 net orders in 2023.',
      '1,314 net orders',
      'Boeing booked 1,456 gross orders in 2023.',
      '1,456 gross',
    ],
    [
      'goods exports against exports',
      "Germany's goods exports fell 2% in the first quarter of 2024 from a year earlier.",
      '2%',
      "Germany's exports fell 1% in the first quarter of 2024 from a year earlier.",
      '1%',
    ],
    ['median against average price', "Ruritania's median house prices rose 4% in 2024.", '4%', "Ruritania's average house prices rose 6% in 2024.", '6%'],
    ['existing against all home sales', "Canada's existing home sales fell 3% in 2024.", '3%', "Canada's home sales fell 1% in 2024.", '1%'],
    [
      'an exclusion against the whole',
      "Norway's exports excluding oil rose to $60 billion in 2023.",
      '$60 billion',
      "Norway's exports rose to $180 billion in 2023.",
      '$180 billion',
    ],
    [
      'a source after "from" against the whole',
      "Indonesia's emissions from deforestation fell to 200 million tonnes in 2023.",
      '200 million tonnes',
      "Indonesia's emissions from peatland fires fell to 90 million tonnes in 2023.",
      '90 million tonnes',
    ],
    [
      'worldwide against domestic revenue',
      "Zeta Corp's worldwide revenue rose to $9 billion in 2024.",
      '$9 billion',
      "Zeta Corp's domestic revenue rose to $4 billion in 2024.",
      '$4 billion',
    ],
    [
      'monthly against annual inflation',
      "Ruritania's monthly inflation rate was 0.3% in May 2024.",
      '0.3%',
      "Ruritania's annual inflation rate was 3.1% in May 2024.",
      '3.1%',
    ],
    [
      'an unlisted modifier against the bare measure',
      "Ruritania's youth unemployment rate rose to 18% in June 2024.",
      '18%',
      "Ruritania's unemployment rate rose to 6% in June 2024.",
      '6%',
    ],
  ];
  it.each(ROWS)('%s', (_name, a, qa, b, qb) => {
    const one = claimOf(a, qa);
    const two = claimOf(b, qb);
    expect(one.proposition?.measure).toBe(two.proposition?.measure);
    expect(one.metric).not.toBe(two.metric);
  });
});

describe('two sources that state the same qualifier, in any of its forms, still meet', () => {
  const ROWS: Array<[string, string, string, string, string]> = [
    [
      'the same unlisted modifier',
      "Ruritania's youth unemployment rate rose to 18% in June 2024.",
      '18%',
      "Ruritania's youth jobless rate climbed to 18.2% in June 2024.",
      '18.2%',
    ],
    [
      '"core" and "excluding food and energy"',
      "Ruritania's core inflation eased to 3.1% in May 2024.",
      '3.1%',
      "Ruritania's inflation excluding food and energy prices eased to 3.1% in May 2024.",
      '3.1%',
    ],
    [
      '"fossil" before and "from fossil fuels" after',
      "Freedonia's fossil CO2 emissions rose to 410 million tonnes in 2023.",
      '410 million tonnes',
      "Freedonia's CO2 emissions from fossil fuels rose to 410 million tonnes in 2023.",
      '410 million tonnes',
    ],
    ['synonyms with one id', "Japan's corporate investment fell 3.2% in 2023.", '3.2%', "Japan's business investment fell 3.2% in 2023.", '3.2%'],
    ['a neutral "annual"', "Chile's annual exports rose to $95 billion in 2023.", '$95 billion', "Chile's exports rose to $95 billion in 2023.", '$95 billion'],
    [
      'a neutral "total" and "bilateral"',
      'Total bilateral trade between Chile and Peru reached $5 billion in 2023.',
      '$5 billion',
      'Trade between Chile and Peru reached $5 billion in 2023.',
      '$5 billion',
    ],
    [
      'a neutral "record"',
      "Chile's exports hit a record $95 billion in 2023.",
      '$95 billion',
      'Chile posted record exports of $95 billion in 2023.',
      '$95 billion',
    ],
    [
      'a source of neutral words only',
      "Chile's imports from abroad rose to $80 billion in 2023.",
      '$80 billion',
      "Chile's imports rose to $80 billion in 2023.",
      '$80 billion',
    ],
    [
      '"international" and "external" trade',
      "Ruritania accounts for 12% of Freedonia's international trade, officials said in 2024.",
      '12%',
      "Ruritania accounts for 12% of Freedonia's external trade, officials said in 2024.",
      '12%',
    ],
    [
      '"global" of the world itself',
      'Global CO2 emissions rose to 37 billion tonnes in 2023.',
      '37 billion tonnes',
      "The world's CO2 emissions rose to 37 billion tonnes in 2023.",
      '37 billion tonnes',
    ],
    [
      'a carmaker\'s "global deliveries"',
      "Tesla's global deliveries rose to 1.8 million in 2023.",
      '1.8 million',
      "Tesla's deliveries rose to 1.8 million in 2023.",
      '1.8 million',
    ],
    [
      'an accented modifier and its plain spelling ("café", "cafe")',
      'Zeta Foods said its café sales rose to $80 million in 2023.',
      '$80 million',
      'Zeta Foods said its cafe sales rose to $80 million in 2023.',
      '$80 million',
    ],
    [
      'a time written as a modifier ("its end-2024 production forecast")',
      'Goldman Sachs put its end-2024 production forecast for Russia at 9.5 million bpd.',
      '9.5 million bpd',
      'Goldman Sachs put its production forecast for Russia at 9.5 million bpd at the end of 2024.',
      '9.5 million bpd',
    ],
    [
      'a carmaker\'s "vehicle deliveries"',
      'Zeta Motors said vehicle deliveries rose to 410,000 in 2023.',
      '410,000',
      'Zeta Motors said deliveries rose to 410,000 in 2023.',
      '410,000',
    ],
    [
      'a facet the lexicon names in the plural, written in the singular ("service inflation")',
      "In June, Britain's service consumer price inflation fell to 5.7 per cent.",
      '5.7 per cent',
      "In June, Britain's services consumer price inflation fell to 5.7 per cent.",
      '5.7 per cent',
    ],
    [
      '… of more than one word ("business service exports")',
      "Britain's business service exports rose 5% in 2023.",
      '5%',
      "Britain's business services exports rose 5% in 2023.",
      '5%',
    ],
  ];
  it.each(ROWS)('%s', (_name, a, qa, b, qb) => {
    expect(claimOf(a, qa).metric).toBe(claimOf(b, qb).metric);
  });

  it('reads a qualifier that names a measure of its own as that measure', () => {
    const excluding = claimOf("Ruritania's inflation excluding food and energy prices eased to 3.1% in May 2024.", '3.1%');
    expect(excluding.proposition).toMatchObject({ measure: 'core-inflation', facets: [] });
    expect(excluding.metric).toBe(claimOf("Ruritania's core inflation eased to 3.1% in May 2024.", '3.1%').metric);
  });
});

describe('words that are not modifiers of the measure add no constraint', () => {
  const ROWS: Array<[string, string, string]> = [
    ['a verb before the measure', 'Economists expected inflation in Ruritania to rise to 3% in 2024.', '3%'],
    ['a verb of a view before the measure', 'The Ruritanian central bank projects headline inflation to average 2.5% through 2025.', '2.5%'],
    ['"predicts" before the measure', 'The company predicts revenue of $10.4 billion in the first quarter of 2025.', '$10.4 billion'],
    ['an infinitive before the measure', 'The Bank of England voted to reduce Bank Rate to 5% in August 2024.', '5%'],
    ['a scale word of another figure', 'Tesla reported 1.8 million deliveries in 2023, a growth of 38% over 2022.', '38%'],
    ['a month opening the sentence', 'January job creation in the United States was down from the 256,000 added in December 2024.', '256,000 added'],
    ['a possessive and a name', "Chile's exports rose to $95 billion in 2023.", '$95 billion'],
    ['a change of level "from"', "Chile's exports rose 5% from a year earlier to $95 billion in 2023.", '5%'],
    ['a dating compound', "Chile's full-year exports rose to $95 billion in 2023.", '$95 billion'],
    ['the basis of a change written before the measure', "Chile's economy shrank, with a -0.3% qoq GDP contraction in the fourth quarter of 2023.", '-0.3%'],
    [
      '"remaining" as a verb',
      "Chile's GDP expanded by 0.2% in the first quarter of 2023, after remaining stagnant between April and June and falling by 0.1% in the third quarter.",
      '0.1%',
    ],
  ];
  it.each(ROWS)('%s', (_name, text, quote) => {
    const facets = claimOf(text, quote).proposition?.facets ?? [];
    expect(facets.filter((f) => !f.startsWith('per-'))).toEqual([]);
  });
});

describe('constraints read from the noun phrase', () => {
  const ROWS: Array<[string, string, string, string[]]> = [
    ['a known qualifier by its id', "Zeta Corp's underlying profit rose to $2 billion in 2024.", '$2 billion', ['core']],
    ['a facet left out is no facet', "Norway's exports excluding oil rose to $60 billion in 2023.", '$60 billion', ['excluding-oil']],
    ['two modifiers in the order written', "Zeta Corp's data center revenue rose to $4 billion in 2024.", '$4 billion', ['data-center']],
    ['an exclusion in brackets', "Germany's production (excluding construction) fell 2% in 2023.", '2%', ['excluding-construction']],
    ['an exclusion in any order', "Ruritania's exports excluding gold and arms rose to $9 billion in 2023.", '$9 billion', ['excluding-arms-gold']],
    ['a source after "from"', "Indonesia's emissions from peatland fires fell to 90 million tonnes in 2023.", '90 million tonnes', ['from-peatland-fires']],
    ['a facet next to a qualifier', "Freedonia's net solar capacity additions reached 30 GW in 2023.", '30 GW', ['net', 'solar']],
    // (A compound whose last word is a facet's singular is the compound: no services, chips or grain.)
    ["a compound ending in a facet word's singular", "The UK's civil service headcount rose 3% to 513,000 in 2023.", '513,000', ['civil-service']],
    ['… and another', "Ruritania's potato chip sales rose 3% to $2 billion in 2023.", '$2 billion', ['potato-chip']],
    [
      'an adjective before a facet word in the singular',
      "Taiwan's memory chip exports jumped 30% to $9.2 billion in 2023.",
      '$9.2 billion',
      ['memory', 'semiconductors'],
    ],
    ['… a word the lexicon knows', "Ruritania's robust semiconductor exports reached $13.7 billion in 2023.", '$13.7 billion', ['semiconductors']],
    ["… and a facet's own two words", "Britain's financial service exports rose to £100 billion in 2023.", '£100 billion', ['financial-activities']],
  ];
  it.each(ROWS)('%s', (_name, text, quote, expected) => {
    expect(claimOf(text, quote).proposition?.facets).toEqual(expected);
  });
});

describe('the key stays a readable rendering of the qualified proposition', () => {
  it('renders qualifiers in the facet segment and reads them back', () => {
    const claim = claimOf("Indonesia's emissions from peatland fires fell to 90 million tonnes in 2023.", '90 million tonnes');
    expect(claim.metric).toBe('emissions.from-peatland-fires.indonesia.total');
    const parsed = parseMetricKey(claim.metric!);
    expect(parsed?.proposition.facets).toEqual(['from-peatland-fires']);
    expect(metricKey(parsed!.proposition, 'mass')).toBe(claim.metric);
  });

  it('reads known ids, facets and free words apart from one hyphenated segment', () => {
    const parsed = parseMetricKey('capacity-additions.data-center-net-offshore-wind.freedonia.total');
    expect(parsed?.proposition.facets).toEqual(['data-center', 'net', 'offshore-wind']);
  });

  it('labels a source after the measure and a modifier before it', () => {
    const p = {
      measure: 'emissions',
      subject: ['indonesia'],
      counterpart: null,
      facets: ['fossil', 'from-peatland-fires'],
      statType: 'level' as const,
      basis: null,
      modality: 'actual' as const,
    };
    expect(metricLabel(p, 'mass')).toMatch(/fossil .*emissions from peatland fires/i);
  });
});

describe('a sentence adverb right before the measure qualifies nothing', () => {
  it.each([
    ['Meanwhile net income was $12.3 billion in 2023.', '$12.3 billion'],
    ['However revenue rose to $22.1 billion in 2023.', '$22.1 billion'],
    ['Additionally exports reached $4.4 billion in 2023.', '$4.4 billion'],
  ])('%s', (sentence, figure) => {
    const c = claimQuoted(`Nvidia reported its results. ${sentence}`, figure, { publishedAt: '2024-02-01', title: 'Nvidia results' });
    expect(c.metric).not.toMatch(/meanwhile|however|additionally/);
    expect(c.metric).toMatch(/^(?:profit|revenue|exports)\.nvidia\./);
  });
});

describe('"remaining" names the rest of a whole where it is no verb', () => {
  it('"with remaining output from coal (30%) and wind (20%)": the rest, not the last item only', () => {
    const text = "Germany's power came 50% from renewables in 2023, with remaining output from coal (30%) and wind (20%).";
    expect(claimOf(text, '20%').proposition?.facets).toEqual(['wind']);
  });
});
