import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { extract } from '../../src/extract/index.js';
import { settleBasis } from '../../src/extract/basis.js';
import { settleProposition } from '../../src/extract/proposition.js';
import type { ExtractedClaim, Proposition } from '../../src/extract/types.js';

const meta = { publishedAt: '2024-06-15', title: null };

const claimOf = (text: string, quote: string): ExtractedClaim => claimQuoted(text, quote, meta);

describe('time denominators: an average per month is not a total', () => {
  it('keeps a yearly total and the monthly average stated with it apart', () => {
    const text = 'Canadian employers added 1.2 million jobs in 2022, or an average of 100,000 a month.';
    const total = claimOf(text, '1.2 million');
    const average = claimOf(text, '100,000');
    expect(total.proposition!.facets).not.toContain('per-month');
    expect(average.proposition!.facets).toContain('per-month');
    expect(average.metric).not.toBe(total.metric);
  });

  it('reads "averaged … a month" and "an average monthly gain of" as the same proposition', () => {
    const a = claimOf('Canadian employers averaged 100,000 new jobs a month in 2022.', '100,000');
    const b = claimOf('Canadian payrolls grew by 1.2 million in 2022 with an average monthly gain of 100,000.', '100,000');
    expect(a.proposition!.facets).toEqual(['per-month']);
    expect(a.metric).toBe(b.metric);
  });

  it('drops a rate per month over a single month, which is the month itself', () => {
    const p: Proposition = {
      measure: 'jobs',
      subject: ['canada'],
      counterpart: null,
      facets: ['per-month'],
      statType: 'level',
      basis: null,
      modality: 'actual',
    };
    expect(settleProposition(p, { start: '2023-05-01', end: '2023-05-31' }).facets).toEqual([]);
    expect(settleProposition(p, { start: '2023-01-01', end: '2023-12-31' }).facets).toEqual(['per-month']);
  });

  it('gives the level a change per day reached the same time unit as the change', () => {
    const text = "Canada's daily average exports increased 8.2% in 2023 year over year to $2.53 billion.";
    const level = claimOf(text, '$2.53 billion');
    expect(level.proposition!.facets).toEqual(['per-day']);
    expect(level.metric).not.toBe(claimOf("Canada's exports rose 8.2% in 2023 to $683.8 billion.", '$683.8 billion').metric);
  });

  it('dates an average monthly gain "over the prior 12 months" to those months, apart from the month', () => {
    const at = { publishedAt: '2024-12-06', title: 'US economy adds 227,000 jobs in November' };
    const text = 'Health care added 54,000 jobs in November, in line with the average monthly gain of 59,000 over the prior 12 months.';
    const month = claimQuoted(text, '54,000', at);
    const average = claimQuoted(text, '59,000', at);
    expect(average.period?.start).toBe('2023-12-01');
    expect(average.period?.end).toBe('2024-11-30');
    expect(average.proposition!.facets).toEqual(['health-care', 'per-month']);
    expect(average.metric).not.toBe(month.metric);
    expect(extract(text, at).claims.map((c) => c.quote.exact)).not.toContain('12 months');
  });

  it('keeps the sector that opens the sentence on "had added an average of … per month"', () => {
    const at = { publishedAt: '2024-12-06', title: 'US economy adds 227,000 jobs in November' };
    const c = claimQuoted('Leisure and hospitality had added an average of 21,000 jobs per month over the prior 12 months.', '21,000', at);
    expect(c.proposition!.facets).toEqual(['leisure-hospitality', 'per-month']);
  });

  it('reads a unit that is a rate per day ("bpd", "b/d") as "barrels per day" is read', () => {
    const keys = ['2.2 million barrels per day', '2.2 million bpd', '2.2 million b/d'].map(
      (figure) => claimOf(`Freedonia agreed to cut oil production by ${figure} in the first quarter of 2025.`, figure).metric,
    );
    expect(new Set(keys).size).toBe(1);
    expect(claimOf('Freedonia agreed to cut oil production by 2.2 million bpd in the first quarter of 2025.', '2.2 million bpd').proposition!.facets).toContain(
      'per-day',
    );
  });

  it('does not read "a year earlier" as a rate per year', () => {
    const c = claimOf("Canada's exports rose 4% in 2022 from a year earlier.", '4%');
    expect(c.proposition!.facets).toEqual([]);
  });
});

describe('comparison basis: what a change is measured against', () => {
  const qoq = claimOf("Italy's GDP grew 0.2% in the second quarter of 2022 compared with the previous quarter.", '0.2%');
  const yoy = claimOf("Italy's GDP grew 4.7% in the second quarter of 2022 from a year earlier.", '4.7%');

  it('tells quarter-on-quarter from year-on-year growth of the same quarter', () => {
    expect(qoq.proposition!.basis).toBe('qoq');
    expect(yoy.proposition!.basis).toBe('yoy');
    expect(qoq.metric).not.toBe(yoy.metric);
  });

  it('reads a named quarter as the comparison it makes for the figure’s own quarter', () => {
    expect(claimOf("Italy's GDP grew 0.2% in the second quarter of 2022 compared with the first quarter.", '0.2%').metric).toBe(qoq.metric);
    expect(claimOf("Italy's GDP grew 4.7% in the second quarter of 2022 compared with the second quarter of 2021.", '4.7%').metric).toBe(yoy.metric);
  });

  it('takes the year before as the default comparison of an annual figure', () => {
    const stated = claimOf("France's GDP grew 2.5% in 2022 compared with 2021.", '2.5%');
    const unsaid = claimOf("France's GDP grew 2.5% in 2022.", '2.5%');
    expect(stated.proposition!.basis).toBeNull();
    expect(stated.metric).toBe(unsaid.metric);
  });

  it('keeps a level measured against another year apart from growth over the year', () => {
    const against2019 = claimOf("France's GDP in 2022 was 1.1% higher than in 2019.", '1.1%');
    expect(against2019.proposition!.basis).toBe('vs-2019');
    expect(against2019.metric).not.toBe(claimOf("France's GDP grew 2.5% in 2022.", '2.5%').metric);
  });

  it('takes the comparison named nearest the figure', () => {
    const c = claimOf("Germany's GDP in 2023 was 0.7% higher than in 2019, the year before the pandemic.", '0.7%');
    expect(c.proposition!.basis).toBe('vs-2019');
  });

  it('drops a reference the period already starts from', () => {
    expect(settleBasis({ parts: ['ref:2021'], per: null }, { start: '2021-01-01', end: '2024-12-31' }, 'trade', 'change').basis).toBeNull();
  });

  it('never compares a quarterly change that does not say what it is measured against', () => {
    const unsaid = claimOf("Mexico's industrial production grew 0.2% in the second quarter of 2022.", '0.2%');
    expect(unsaid.proposition!.basis).toBe('comparison-unstated');
    expect(unsaid.comparable).toBe(false);
  });

  it('compares the first months of a year with the same months a year before by default', () => {
    const stated = claimOf('Italian exports rose 9% in January-February 2023 from a year earlier.', '9%');
    const unsaid = claimOf('Italian exports rose 9% in January-February 2023.', '9%');
    expect(stated.metric).toBe(unsaid.metric);
    expect(unsaid.comparable).toBe(true);
  });

  it('reads a named previous month as month-on-month', () => {
    expect(claimOf("Canada's unemployment rate fell 0.2% from November in December 2023.", '0.2%').proposition!.basis).toBe('mom');
  });

  it('settles references against the period they are read with', () => {
    expect(settleBasis({ parts: ['ref:2021'], per: null }, { start: '2022-01-01', end: '2022-12-31' }, 'exports', 'change').basis).toBeNull();
    expect(settleBasis({ parts: ['ref:2019'], per: null }, { start: '2022-01-01', end: '2022-12-31' }, 'exports', 'change').basis).toBe('vs-2019');
    expect(settleBasis({ parts: ['ref:q4-2022'], per: null }, { start: '2023-01-01', end: '2023-03-31' }, 'gdp', 'change').basis).toBe('qoq');
    expect(settleBasis({ parts: ['ref:q1-2022'], per: null }, { start: '2023-01-01', end: '2023-03-31' }, 'gdp', 'change').basis).toBe('yoy');
  });
});

describe('price and calendar adjustment', () => {
  it('treats price-adjusted growth of GDP as the default the lexicon names', () => {
    const adjusted = claimOf('In 2022, price-adjusted GDP in Spain grew 5.5%.', '5.5%');
    const plain = claimOf("Spain's GDP grew 5.5% in 2022.", '5.5%');
    expect(adjusted.proposition!.basis).toBeNull();
    expect(adjusted.metric).toBe(plain.metric);
  });

  it('keeps a calendar-adjusted annual rate apart from the unadjusted one', () => {
    const calendar = claimOf("Calendar-adjusted, Spain's GDP grew 5.3% in 2022.", '5.3%');
    expect(calendar.proposition!.basis).toBe('calendar-adjusted');
  });

  it('treats seasonal adjustment of a monthly figure as the default', () => {
    const stated = claimOf('Payrolls in Canada rose by a seasonally adjusted 120,000 in May 2023.', '120,000');
    const unsaid = claimOf('Payrolls in Canada rose by 120,000 in May 2023.', '120,000');
    expect(stated.metric).toBe(unsaid.metric);
  });

  it('leaves a money level in the money of its time when "real terms" qualifies the change beside it', () => {
    const text = 'World exports reached $2.1 trillion in 2022, up 3.7% in real terms.';
    expect(claimOf(text, '$2.1 trillion').proposition!.basis).toBeNull();
    expect(claimOf(text, '3.7%').proposition!.basis).toBe('real');
  });

  it('keeps nominal growth apart', () => {
    expect(claimOf("Spain's GDP grew 9.8% in nominal terms in 2022.", '9.8%').proposition!.basis).toBe('nominal');
  });

  it('reads no nominal or real terms for a count ("nominal growth" of jobs is small growth)', () => {
    const text = 'US sectors that saw nominal growth in July 2024 included construction (25,000 jobs) and government (17,000).';
    expect(claimOf(text, '25,000 jobs').proposition!.basis).toBeNull();
  });

  it('carries the currency terms of a figure into the figure that continues it', () => {
    const text = 'Trade between China and Vietnam grew 3% in yuan terms in 2023. That was slower than the 12% gain in 2022.';
    expect(claimOf(text, '12%').proposition!.basis).toBe('CNY');
  });
});

describe('revisions and superseded estimates', () => {
  const level = claimOf('Employers in Canada added 4.5 million jobs in 2022.', '4.5 million');

  it('reads the amount of a revision as a revision, not the level', () => {
    const revisedBy = claimOf('Statisticians revised down by 300,000 the number of jobs created in Canada in 2022.', '300,000');
    const fewer = claimOf('Canada created 300,000 fewer jobs in 2022 than first reported.', '300,000');
    expect(revisedBy.proposition!.basis).toBe('revision');
    expect(fewer.metric).toBe(revisedBy.metric);
    expect(revisedBy.metric).not.toBe(level.metric);
  });

  it('marks the estimate a revision replaced, and keeps the new one as the level', () => {
    const text = 'Employers in Canada added 4.5 million jobs in 2022, down from the initial estimate of 4.8 million.';
    expect(claimOf(text, '4.8 million').proposition!.basis).toBe('previous-estimate');
    expect(claimOf(text, '4.5 million').metric).toBe(level.metric);
    expect(claimOf('Employers in Canada added 4.5 million jobs in 2022, revised down from 4.8 million.', '4.8 million').proposition!.basis).toBe(
      'previous-estimate',
    );
  });
});

describe('who and which part', () => {
  it('reads a forecast named after the figure as a forecast', () => {
    const text = 'Payrolls in Canada rose 120,000 in May 2023, above the 100,000 forecast from economists.';
    expect(claimOf(text, '100,000').proposition!.modality).toBe('forecast');
    expect(claimOf(text, '120,000').proposition!.modality).toBe('actual');
  });

  it('takes the agent of a passive measure verb as who is measured', () => {
    expect(claimOf('The 600,000 cars sold by Toyota in 2022 set a record.', '600,000').proposition!.subject).toEqual(['toyota']);
  });

  it('leaves a part named only by reference unresolved, so it never meets the whole', () => {
    const c = claimOf('The sector averaged 20,000 new jobs a month in Canada in 2022.', '20,000');
    expect(c.proposition!.subject).toEqual([]);
    expect(c.comparable).toBe(false);
  });

  it('attaches a sector named after the counted noun', () => {
    const text = 'Canadian employers added 30,000 jobs in 2023, with 9,000 new jobs in construction.';
    expect(claimOf(text, '9,000').proposition!.facets).toEqual(['construction']);
    expect(claimOf(text, '30,000').proposition!.facets).toEqual([]);
  });

  it('attaches a product named partly inside the quote, and one set in quotation marks', () => {
    expect(claimOf('Ford sold about 900,000 plug-in hybrid vehicles in 2022.', 'about 900,000').proposition!.facets).toEqual(['hybrid']);
    expect(claimOf('Ford sold 18,000 “other models” in 2022.', '18,000').proposition!.facets).toEqual(['other']);
  });

  it('narrows a whole named by the measure words to the part that is the clause’s subject', () => {
    const text = 'In 2023, wind power overtook coal as the largest source of renewable energy capacity in Spain by adding 5 GW (+20%) and reaching 30 GW.';
    expect(claimOf(text, '20%').proposition!.facets).toEqual(['wind']);
  });

  it('lets a "with" clause keep the part its sentence is about', () => {
    // (Delivered "in Canada", they are also the part made there.)
    const text = "Honda's Civic and Accord sold well in 2023, with 300,000 units delivered in Canada.";
    expect(claimOf(text, '300,000').proposition!.facets).toEqual(['in-canada']);
    const models = "The company's Model 3 and Model Y did well in 2023, with 300,000 deliveries in Canada.";
    expect(claimOf(models, '300,000').proposition!.facets).toEqual(['model-3-y']);
  });

  it('takes the measure named after a noun of change ("a 40% surge in deliveries")', () => {
    const text = "In 2023, Canada's car factories showed a 35% increase in production and a 40% surge in exports.";
    expect(claimOf(text, '35%').proposition!.measure).toBe('production');
    expect(claimOf(text, '40%').proposition!.measure).toBe('exports');
  });

  it('reads a signed figure as a change of the level', () => {
    expect(claimOf('Emissions in Spain grew by +5 million tonnes in 2023.', '5 million tonnes').proposition!.statType).toBe('change');
    // A stock's change is the flow of the period: capacity that grew by +5 GW had 5 GW added.
    expect(claimOf('Installed capacity in Spain grew by +5 GW in 2023.', '5 GW').proposition).toMatchObject({
      measure: 'capacity-additions',
      statType: 'level',
    });
  });

  it('does not read the pronoun "others" as the facet "other"', () => {
    const c = claimOf("Even though it raised sales while others saw theirs drop, Honda's 1.3 million deliveries in 2022 were seen as a miss.", '1.3 million');
    expect(c.proposition!.facets).toEqual([]);
  });

  it('tells battery-electric cars from plug-in hybrids', () => {
    const text = 'It sold about 1.1 million battery EVs and about 0.9 million plug-in hybrid EVs in 2022.';
    expect(claimOf(text, 'about 1.1 million').proposition!.facets).toEqual(['battery-electric']);
    expect(claimOf(text, 'about 0.9 million').proposition!.facets).toEqual(['hybrid']);
  });
});
