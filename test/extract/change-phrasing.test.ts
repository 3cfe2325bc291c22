import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { extract } from '../../src/extract/index.js';

const meta = { publishedAt: '2025-03-20', title: null };

const claimOf = (text: string, figure: string, title: string | null = null) => claimQuoted(text, figure, { ...meta, title });

interface Row {
  text: string;
  figure: string;
  measure: string;
  subject: string[];
  stat: string;
  change: 'increase' | 'decrease' | null;
  facets?: string[];
}

// The same change phrased the ways outlets phrase it: all read as a change, with its direction.
const ROWS: Array<[string, Row]> = [
  [
    'noun of change with "of"',
    { text: 'Spain saw export growth of 4.2% in 2024.', figure: '4.2%', measure: 'exports', subject: ['spain'], stat: 'change', change: 'increase' },
  ],
  [
    'decrease noun as the clause subject',
    {
      text: 'Austria published its accounts on Monday. The price-adjusted decline in Austrian economic output was 1.1% in 2024.',
      figure: '1.1%',
      measure: 'gdp',
      subject: ['austria'],
      stat: 'change',
      change: 'decrease',
    },
  ],
  [
    'amounted to after a noun of change',
    {
      text: "Poland's statistics office reported on Tuesday. The contraction in Polish industrial output amounted to 0.4% in 2024.",
      figure: '0.4%',
      measure: 'industrial-production',
      subject: ['poland'],
      stat: 'change',
      change: 'decrease',
    },
  ],
  [
    'higher in a year than in another',
    { text: "Portugal's GDP was 2.9% higher in 2024 than in 2019.", figure: '2.9%', measure: 'gdp', subject: ['portugal'], stat: 'change', change: 'increase' },
  ],
  [
    'lower in a year than a year earlier',
    {
      text: "Finland's exports were 3.5% lower in 2024 than a year earlier.",
      figure: '3.5%',
      measure: 'exports',
      subject: ['finland'],
      stat: 'change',
      change: 'decrease',
    },
  ],
  [
    'second figure of a list after a fall',
    {
      text: "Sweden's GDP fell 0.2 percent in 2023 and 0.6 percent in 2024.",
      figure: '0.6 percent',
      measure: 'gdp',
      subject: ['sweden'],
      stat: 'change',
      change: 'decrease',
    },
  ],
  [
    'percentage restating a money change',
    {
      text: 'Average weekly pay for employees on private payrolls in Canada rose by $12, or 1.1%, to $1,210 in 2024.',
      figure: '1.1%',
      measure: 'wages',
      subject: ['canada'],
      stat: 'change',
      change: 'increase',
      facets: ['average'],
    },
  ],
  [
    'a bracketed figure after a sector is that sector’s jobs',
    {
      text: 'In the United States, job gains in 2024 came in retail (21,000) and construction (18,000).',
      figure: '21,000',
      measure: 'jobs',
      subject: ['united-states'],
      stat: 'level',
      change: null,
      facets: ['retail'],
    },
  ],
];

describe('changes phrased without a verb next to the figure', () => {
  it.each(ROWS)('%s', (_, r) => {
    const claim = claimOf(r.text, r.figure);
    expect(claim.proposition).toMatchObject({ measure: r.measure, subject: r.subject, statType: r.stat, ...(r.facets ? { facets: r.facets } : {}) });
    expect(claim.change ?? null).toBe(r.change);
  });

  it('keeps a level moved to or from as a rate, not a change', () => {
    const text = 'The unemployment rate in Ireland fell to 4.1% in January 2025, down from 4.3% in December.';
    expect(claimOf(text, '4.1%').proposition).toMatchObject({ measure: 'unemployment-rate', statType: 'rate' });
    expect(claimOf(text, '4.3%').proposition).toMatchObject({ measure: 'unemployment-rate', statType: 'rate' });
  });

  it('keeps a percentage of a whole a share', () => {
    const text = 'Wind accounted for 24% of electricity generation in Denmark in 2024.';
    expect(claimOf(text, '24%').proposition!.statType).toBe('share');
  });

  it('does not read "more than in 2022" beyond a comma as measured against a projection', () => {
    const text = 'Norway spent $9.1 billion on defence in 2023, 4.0 percent more than in 2022, while its 2024 budget was projected at $10 billion.';
    expect(claimOf(text, '4.0 percent').proposition!.basis ?? '').not.toContain('against-forecast');
  });
});

describe('who and what a figure is about', () => {
  it.each([
    ['a company opening the sentence as the subject of its measure verb', 'Acer shipped 5.8 million laptops in 2023.', '5.8 million', ['acer']],
    ['a modifier opening the sentence is no company', 'Road deaths in Chile totalled 1,900 in 2023.', '1,900', ['chile']],
  ])('%s', (_, text, figure, subject) => {
    expect(claimOf(text, figure).proposition!.subject).toEqual(subject);
  });

  it('reads "greenhouse gas" as the gases emitted, not as natural gas', () => {
    const ghg = claimOf("Italy's greenhouse gas emissions fell 6% in 2023.", '6%').proposition!;
    const gas = claimOf("Italy's gas imports fell 6% in 2023.", '6%').proposition!;
    expect(ghg.facets).toEqual(['greenhouse-gases']);
    expect(gas.facets).toEqual(['natural-gas']);
  });

  it('keeps what emissions come from as a facet, so they are not the total', () => {
    expect(claimOf("Spain's emissions from coal fell 30% in 2023.", '30%').proposition!.facets).toContain('coal');
  });

  it('does not compare a figure whose sentence names neither its party nor its time', () => {
    const text = 'Volvo sold 700,000 cars in 2023, up 15%. Dealers reported sales growth of 15% on the year.';
    const carried = extract(text, meta).claims.filter((c) => c.quote.exact.startsWith('15%'));
    expect(carried).toHaveLength(2);
    expect(carried[0]!.comparable).toBe(true);
    expect(carried[1]!.proposition).toMatchObject({ measure: 'sales', subject: ['volvo'], statType: 'change' });
    expect(carried[1]!.comparable).toBe(false);
  });

  it('compares such a figure when its sentence points back to the figures it restates', () => {
    const text = 'Volvo sold 700,000 cars in 2023, up 15%. The new figures represent sales growth of 15% on the year.';
    const restated = extract(text, meta).claims.filter((c) => c.quote.exact.startsWith('15%'))[1]!;
    expect(restated.period?.label).toBe('2023');
    expect(restated.comparable).toBe(true);
  });

  it('compares such a figure when the headline dates it the same way', () => {
    const text = 'Volvo sold 700,000 cars in 2023, up 15%. The new figures represent sales growth of 15% on the year.';
    const carried = extract(text, { ...meta, title: 'Volvo car sales rose in 2023' }).claims.filter((c) => c.quote.exact.startsWith('15%'));
    expect(carried[1]!.proposition).toMatchObject({ measure: 'sales', subject: ['volvo'] });
    expect(carried[1]!.period!.start).toBe('2023-01-01');
    expect(carried[1]!.comparable).toBe(true);
  });
});

describe('a move by a verb of policy', () => {
  it('"raised its policy rate by 500 basis points to 50%": the basis points are the move, the percentage the level', () => {
    const claims = extract("Turkey's central bank raised its policy rate by 500 basis points to 50% on Thursday.", {
      publishedAt: '2024-03-21',
      title: null,
    }).claims;
    expect(claims.find((c) => c.quote.exact === '500 basis points')?.proposition).toMatchObject({ measure: 'interest-rate', statType: 'change' });
    expect(claims.find((c) => c.quote.exact === '50%')?.proposition).toMatchObject({ measure: 'interest-rate', statType: 'rate' });
  });

  it('"global emissions have been reduced by 80m tonnes": the tonnes are how far emissions moved', () => {
    const [c] = extract('Thanks to electric cars, global emissions have been reduced by 80m tonnes of CO2 in 2022, says the IEA.', {
      publishedAt: '2023-05-01',
      title: null,
    }).claims;
    expect(c!.proposition?.statType).toBe('change');
  });
});

describe('the direction of a change with an adverb before its figure', () => {
  it.each([
    ['Output in Latvia fell slightly by 0.2% in 2023.', '0.2%', 'decrease'],
    ['Exports from Estonia rose sharply 7% in 2023.', '7%', 'increase'],
  ])('%s', (text, figure, change) => {
    expect(claimOf(text, figure).change).toBe(change);
  });
});

describe('a figure as a ratio to GDP or to government spending', () => {
  it.each([
    [
      'as a percentage of GDP',
      "Greece's defence spending as a percentage of GDP rose to 3.1% in 2023.",
      '3.1%',
      'military-spending',
      ['greece'],
      'of-gdp',
      'rate',
    ],
    ['per cent of GDP after the figure', "Greece's defence spending reached 3.1% of GDP in 2023.", '3.1%', 'military-spending', ['greece'], 'of-gdp', 'rate'],
    [
      'in relation to GDP, before the measure',
      'Measured in relation to GDP, the Belgian budget deficit was 4.4 percent in 2023.',
      '4.4 percent',
      'budget-deficit',
      ['belgium'],
      'of-gdp',
      'rate',
    ],
    [
      'as a share of government spending',
      "Lithuania's military spending as a share of government spending was 6.2% in 2023.",
      '6.2%',
      'military-spending',
      ['lithuania'],
      'of-government-spending',
      'rate',
    ],
    [
      'a move of the ratio',
      "Greece's defence spending as a share of GDP rose by 0.2 percentage points in 2023.",
      '0.2 percentage points',
      'military-spending',
      ['greece'],
      'of-gdp',
      'change',
    ],
  ])('%s', (_, text, figure, measure, subject, facet, stat) => {
    const p = claimOf(text, figure).proposition!;
    expect(p).toMatchObject({ measure, subject, statType: stat });
    expect(p.facets).toContain(facet);
  });

  it('keeps the ratio apart from the growth of the measure', () => {
    const ratio = claimOf("Greece's defence spending reached 3.1% of GDP in 2023.", '3.1%');
    const growth = claimOf("Greece's defence spending rose 3.1% in 2023.", '3.1%');
    expect(ratio.metric).not.toBe(growth.metric);
  });
});

describe('company market share', () => {
  it.each([
    ["Acer's market share was 7.2% in the first quarter of 2024.", '7.2%'],
    ['Acer shipped 4.1 million PCs in the first quarter of 2024, giving it a 7.2% market share.', '7.2%'],
    ['Acer took a market share of 7.2% in the first quarter of 2024.', '7.2%'],
  ])('%s', (text, figure) => {
    expect(claimOf(text, figure).proposition).toMatchObject({ measure: 'market-share', subject: ['acer'], statType: 'rate' });
  });

  it('reads a move of the share in points as a change', () => {
    const p = claimOf("Acer's market share rose by 0.4 percentage points in the first quarter of 2024.", '0.4 percentage points').proposition!;
    expect(p).toMatchObject({ measure: 'market-share', subject: ['acer'], statType: 'change' });
  });

  it('gives a share to the name that opens its sentence, not to the company named before', () => {
    const text = 'Acer shipped 4.1 million PCs in the first quarter of 2024. Asus held a 6.8% market share in the first quarter of 2024.';
    expect(claimOf(text, '6.8%').proposition!.subject).toEqual(['asus']);
  });

  it('takes no party from around a sentence that opens with a subject of its own', () => {
    const text = 'Norway published its labour figures on Friday. Nursing homes added 3,000 jobs in March 2024.';
    expect(claimOf(text, '3,000').proposition!.subject).toEqual([]);
  });

  it('still carries the country to a sentence opened by a plural noun or a sector', () => {
    const text = 'Canada published its labour figures on Friday. Employers added 90,000 jobs in March 2024. Construction added 12,000 jobs in March 2024.';
    expect(claimOf(text, '90,000').proposition!.subject).toEqual(['canada']);
    expect(claimOf(text, '12,000').proposition).toMatchObject({ subject: ['canada'], facets: ['construction'] });
  });
});

describe('a change in a stock is the flow of the period', () => {
  it('reads capacity that rose by some gigawatts as that much capacity added, and keeps its growth rate apart', () => {
    const rose = claimOf("In 2023, Chile's wind capacity rose by 1.2 GW.", '1.2 GW');
    const added = claimOf('Chile added 1.2 GW of wind capacity in 2023.', '1.2 GW');
    expect(rose.metric).toBe(added.metric);
    expect(rose.proposition).toMatchObject({ measure: 'capacity-additions', statType: 'level', subject: ['chile'], facets: ['wind'] });
    const growth = claimOf("Chile's wind capacity grew 12% in 2023.", '12%');
    expect(growth.proposition).toMatchObject({ measure: 'installed-capacity', statType: 'change' });
  });
});

describe('a figure set against an earlier one of its sentence', () => {
  it('keeps the sector of the series it is set against', () => {
    const text = 'In Australia, construction firms added 8,000 jobs in March 2024, following a loss of 5,000 jobs in February 2024.';
    expect(claimOf(text, '5,000').proposition).toMatchObject({ measure: 'jobs', subject: ['australia'], facets: ['construction'] });
  });

  it('does not hand the sector to a figure of the whole economy', () => {
    const text = 'In Australia, construction firms added 8,000 jobs in March 2024, while the economy added 40,000 jobs.';
    expect(claimOf(text, '40,000').proposition!.facets).toEqual([]);
  });
});

describe('parts named around the figure', () => {
  it('reads the sector named after "employment in"', () => {
    const text = 'In Ireland, employment in construction increased by 4,000 in March 2024.';
    expect(claimOf(text, '4,000').proposition).toMatchObject({ measure: 'jobs', subject: ['ireland'], facets: ['construction'] });
  });

  it('gives no party to a relative clause about an unnamed part', () => {
    const text = 'In Ireland, employment in construction increased by 4,000 in March 2024, mostly in house building firms, which added 3,000 jobs.';
    expect(claimOf(text, '3,000').proposition!.subject).toEqual([]);
  });

  it('keeps the party of a relative clause about a figure', () => {
    const text = "In 2023, Norway's gas exports rose to 110 billion cubic meters, which is 5 billion cubic meters above plan.";
    expect(claimOf(text, '5 billion').proposition!.subject).toEqual(['norway']);
  });

  it('reads a loss of jobs as a fall, and a pointer back as the same series', () => {
    const text =
      'In Ireland, government employment rose in March 2024, adding 2,000 jobs, after a loss of 1,000 jobs in February 2024. That is below the 2023 average of 2,500 a month.';
    expect(claimOf(text, '1,000').change).toBe('decrease');
    expect(claimOf(text, '2,500').proposition).toMatchObject({ subject: ['ireland'], facets: ['per-month', 'public-sector'] });
  });
});

describe('the party of the opening paragraph', () => {
  it('stands in for a later paragraph when the headline names no party', () => {
    const text = 'Employers in Japan added 50,000 jobs in April 2024.\nRetail stores added 9,000 jobs in April 2024.';
    expect(extract(text, { ...meta, title: 'Hiring picked up in April' }).claims.find((c) => c.quote.exact.startsWith('9,000'))!.proposition).toMatchObject({
      subject: ['japan'],
      facets: ['retail'],
    });
  });

  it('does not when the opening paragraph names several parties', () => {
    const text = 'Employers in Japan and Korea added 50,000 jobs in April 2024.\nRetail stores added 9,000 jobs in April 2024.';
    expect(extract(text, { ...meta, title: 'Hiring picked up in April' }).claims.find((c) => c.quote.exact.startsWith('9,000'))!.proposition!.subject).toEqual(
      [],
    );
  });
});

describe('what a change is measured against', () => {
  it.each([
    [
      'a move to a new level in a month runs from the month before',
      'In Canada, average hourly earnings rose by 9 cents, or 0.3%, to $34.10 in March 2024.',
      '0.3%',
      'mom',
    ],
    ['the money change of the same sentence too', 'In Canada, average hourly earnings rose by 9 cents, or 0.3%, to $34.10 in March 2024.', '9 cents', 'mom'],
    [
      'over the past twelve months is a year-on-year change',
      'Over the past 12 months, average hourly earnings in Canada have risen by 4.1 percent.',
      '4.1 percent',
      'yoy',
    ],
  ])('%s', (_, text, figure, basis) => {
    expect(claimOf(text, figure).proposition!.basis).toBe(basis);
  });

  it('reads prices up on a year earlier as the inflation rate of the month', () => {
    const a = claimOf('Consumer prices in Norway rose 4.4% in the 12 months to March 2024.', '4.4%');
    const b = claimOf('Inflation in Norway was 4.4% in March 2024.', '4.4%');
    expect(a.proposition).toMatchObject({ measure: 'inflation', subject: ['norway'], statType: 'rate', basis: null });
    expect(a.metric).toBe(b.metric);
    expect(a.period!.start).toBe(b.period!.start);
  });

  it('keeps a monthly rise in prices apart from the annual rate', () => {
    const monthly = claimOf('Consumer prices in Norway rose 0.4% in March 2024 from February.', '0.4%');
    expect(monthly.proposition).toMatchObject({ measure: 'inflation', statType: 'change', basis: 'mom' });
  });
});

describe('comparison words belong to the figure they follow', () => {
  it('does not give the next figure the comparison of the one before the comma', () => {
    const text =
      "Austria's gross domestic product shrank 0.4 percent sequentially in the fourth quarter of 2023, in contrast to the 4.8 percent expansion seen in 2022.";
    expect(claimOf(text, '0.4 percent').proposition!.basis).toBe('qoq');
    expect(claimOf(text, '4.8 percent').proposition!.basis).toBeNull();
  });
});

describe('a move verb right before a money figure', () => {
  it('reads "rose 9 cents" as a change, "rose to $34.10" as a level, and "added" as the measure itself', () => {
    const text = 'In Canada, average hourly pay rose 9 cents to $34.10 in March 2024.';
    expect(claimOf(text, '9 cents').proposition!.statType).toBe('change');
    expect(claimOf(text, '$34.10').proposition!.statType).toBe('level');
    expect(claimOf('India added 12 GW of wind capacity in 2023.', '12 GW').proposition).toMatchObject({ measure: 'capacity-additions', statType: 'level' });
  });

  it('does not take a preposition opening the sentence for a name', () => {
    const text = 'Canada released its labour survey on Friday. Over the past year, average hourly pay has risen by 4.0 percent.';
    expect(claimOf(text, '4.0 percent').proposition!.subject).toEqual(['canada']);
  });
});
