import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { extract } from '../../src/extract/index.js';
import { parseMetricKey } from '../../src/extract/metric-key.js';

const meta = { publishedAt: '2025-03-20', title: null };

const claimOf = (text: string, figure: string, title: string | null = null) => claimQuoted(text, figure, { ...meta, title });

// A measure that already counts a change (capacity added, jobs added): a change verb before its figure
// states its level, unless the level it moved to stands beside it.
describe('a change of a measure that counts a change', () => {
  const rows: Array<[string, string, string, string]> = [
    ['Wind capacity additions in Brazil grew by 5 GW in 2024.', '5 GW', 'capacity-additions', 'level'],
    ['Spain’s new solar installations rose by 8.1 GW last year.', '8.1 GW', 'capacity-additions', 'level'],
    ['Solar additions in India rose by 2 GW to 14 GW in 2024.', '2 GW', 'capacity-additions', 'change'],
    ['Solar additions in India rose by 2 GW to 14 GW in 2024.', '14 GW', 'capacity-additions', 'level'],
    ['Installed capacity in Chile rose by 3 GW in 2024.', '3 GW', 'capacity-additions', 'level'],
  ];
  it.each(rows)('%s — %s', (text, figure, measure, stat) => {
    const c = claimOf(text, figure);
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.statType).toBe(stat);
  });
});

// An energy source the sentence names before the figure narrows a capacity figure whose own words name none;
// two sources named leave it open; "power" beside a capacity in watts adds nothing.
describe('the energy source of a capacity figure, read from its sentence', () => {
  const rows: Array<[string, string, string, string[]]> = [
    ['A survey of offshore wind capacity in Europe found that 2024 saw additions of 3.2 GW.', '3.2 GW', 'capacity-additions', ['offshore-wind']],
    ['Solar capacity in Germany grew 18% in 2024, reaching a total capacity of 99 GW.', '99 GW', 'installed-capacity', ['solar']],
    ['Germany set a record in solar deployment in the power sector, reaching a total capacity of 99 GW in 2024.', '99 GW', 'installed-capacity', ['solar']],
    ['Driven by solar and wind, Germany reached a total capacity of 160 GW in 2024.', '160 GW', 'installed-capacity', []],
    ['Germany reached a total power capacity of 250 GW in 2024.', '250 GW', 'installed-capacity', []],
    ['Germany reached a total capacity of 160 GW in 2024, with solar making up 99 GW.', '160 GW', 'installed-capacity', []],
  ];
  it.each(rows)('%s — %s', (text, figure, measure, facets) => {
    const c = claimOf(text, figure);
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.facets).toEqual(facets);
  });
});

// "473 GW (+14 %)": a percentage bracketed after capacity added is how far the installed stock grew.
describe('a bracketed percentage after a flow that moves a stock', () => {
  const rows: Array<[string, string, string, string]> = [
    ['Brazil saw wind capacity additions of 4 GW (+12%) in 2024.', '12%', 'installed-capacity', 'change'],
    ['In 2024 Japan added 6 GW (GW) (+7%) of solar capacity.', '7%', 'installed-capacity', 'change'],
    ['Brazil saw wind capacity additions of 4 GW in 2024, up 12% on 2023.', '12%', 'capacity-additions', 'change'],
  ];
  it.each(rows)('%s — %s', (text, figure, measure, stat) => {
    const c = claimOf(text, figure);
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.statType).toBe(stat);
  });

  it('keeps the growth of the stock apart from the growth of the flow', () => {
    const stock = claimOf('Brazil saw wind capacity additions of 4 GW (+12%) in 2024.', '12%');
    const flow = claimOf('Wind capacity additions in Brazil grew by 12% in 2024.', '12%');
    expect(stock.metric).not.toBe(flow.metric);
  });
});

describe('a headline figure the body restates', () => {
  const text =
    'Swedish salmon exports hit a record 412,000 tonnes last year, figures show\n\nSweden’s salmon exports hit a record 412,000 tonnes in the year to March 2024, official figures show.';
  it('is dated by the body and compared through the body’s statement only', () => {
    const claims = extract(text, { publishedAt: '2024-06-10', title: null }).claims.filter((c) => c.value === 412000);
    expect(claims).toHaveLength(2);
    const [head, body] = claims;
    expect(head!.period?.end).toBe(body!.period?.end);
    expect(head!.comparable).toBe(false);
    expect(body!.comparable).toBe(true);
  });
});

// A release named by a year that has not ended when it comes out covers the twelve months a later
// sentence of the paragraph names; without one, or once the year is over, the year stands.
describe('statistics for a year released before it ends', () => {
  const later = ' Most of the goods shipped in the year ending September 2024 went to the EU.';
  const lead = "Norway's latest export statistics for 2024 were released on Thursday, with exports estimated at $150 billion.";
  const rows: Array<[string, string, string, string, string, string]> = [
    ['names the twelve months later', lead + later, '2024-11-21', '2023-10-01', '2024-09-30', 'actual'],
    ['names no other period', lead, '2024-11-21', '2024-01-01', '2024-12-31', 'forecast'],
    ['year already over', lead + later, '2025-02-21', '2024-01-01', '2024-12-31', 'actual'],
  ];
  it.each(rows)('%s', (_, text, publishedAt, start, end, modality) => {
    const c = extract(text, { publishedAt, title: null }).claims.find((x) => x.quote.exact.includes('150 billion'))!;
    expect(c.proposition?.measure).toBe('exports');
    expect(c.period).toMatchObject({ start, end });
    expect(c.proposition?.modality).toBe(modality);
  });

  it('dates the next sentence of the paragraph by the same twelve months', () => {
    const text = `${lead} Imports were put at $110 billion.${later}`;
    const c = extract(text, { publishedAt: '2024-11-21', title: null }).claims.find((x) => x.quote.exact.includes('110 billion'))!;
    expect(c.period).toMatchObject({ start: '2023-10-01', end: '2024-09-30' });
  });
});

// The party that leads a total, or holds most of it, is its largest part; the share it holds, restated
// in brackets in the measure's own unit, is that part's level.
describe('a total led by one of its parts', () => {
  const rows: Array<[string, string, string | null, string, string, string[]]> = [
    [
      'The 120 GW of solar additions in 2024 were led by Germany with a 40% share (48 GW).',
      'Global solar market review',
      '120 GW',
      'level',
      'capacity-additions',
      ['world'],
    ],
    [
      'The 120 GW of solar additions in 2024 were led by Germany with a 40% share (48 GW).',
      'Global solar market review',
      '40%',
      'share',
      'capacity-additions',
      ['germany'],
    ],
    [
      'The 120 GW of solar additions in 2024 were led by Germany with a 40% share (48 GW).',
      'Global solar market review',
      '48 GW',
      'level',
      'capacity-additions',
      ['germany'],
    ],
    [
      'Global steel production rose to 1.9 billion tonnes in 2024, with China again leading with 54% (1.0 billion tonnes).',
      'Steel review',
      '1.9 billion',
      'level',
      'production',
      ['world'],
    ],
    [
      'Global steel production rose to 1.9 billion tonnes in 2024, with China again leading with 54% (1.0 billion tonnes).',
      'Steel review',
      '1.0 billion',
      'level',
      'production',
      ['china'],
    ],
    ['Growth was driven by India, whose capacity rose 10% in 2024, reaching 200 GW.', 'Asia power review', '200 GW', 'level', 'installed-capacity', ['india']],
    // Where most of the whole lies is no more its owner than what leads it.
    [
      'Tuberculosis killed 1.3 million people in 2022, with the vast majority of deaths occurring in India.',
      'WHO global tuberculosis report',
      '1.3 million',
      'level',
      'deaths',
      ['world'],
    ],
    [
      'Tuberculosis killed 1.3 million people in 2022, with most deaths in India and Indonesia.',
      'WHO global tuberculosis report',
      '1.3 million',
      'level',
      'deaths',
      ['world'],
    ],
    [
      'Tuberculosis killed 1.3 million people in 2022, with India accounting for the largest share.',
      'WHO global tuberculosis report',
      '1.3 million',
      'level',
      'deaths',
      ['world'],
    ],
    // (The part's own figure is still the part's.)
    ['Sales of electric cars hit 9.5 million in 2023, with BYD accounting for 3 million.', 'Global EV review', '3 million', 'level', 'sales', ['byd']],
    // (A party that reports a part of the whole is still read as before.)
    ["India's exports rose 5% in 2023, with the bulk going to the United States.", 'Trade review', '5%', 'change', 'exports', ['india']],
  ];
  it.each(rows)('%s — %s', (text, title, figure, stat, measure, subject) => {
    const c = claimOf(text, figure!, title);
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.statType).toBe(stat);
    expect(c.proposition?.subject).toEqual(subject);
  });

  it('a bracketed figure after a share in a unit its measure does not take stays apart', () => {
    const c = claimOf('Germany held a 40% share of solar additions (48 units) in 2024.', '48', 'Global solar market review');
    expect(c.proposition?.measure).not.toBe('capacity-additions');
  });
});

// The only party a piece names, twice or more, is the party its unowned figures belong to.
describe('the only party a document names', () => {
  const text = (aside: string) =>
    `The agency published its yearly review of mining on Monday.\n\nGlobal coal production rose 4% in 2024.\n\n${aside}\n\nBy contrast, copper production reached 22 million tonnes in 2024.`;
  it.each([
    ['named twice and alone', text('Prices worldwide were stable.'), ['world']],
    ['named twice beside another party', text('Prices worldwide were stable, and Chile’s mines were busy.'), []],
    ['named once', text('Prices were stable.'), []],
  ])('%s', (_, body, subject) => {
    const c = extract(body, { publishedAt: '2025-02-01', title: null }).claims.find((x) => x.quote.exact.startsWith('22 million'));
    expect(c?.proposition?.measure).toBe('production');
    expect(c?.proposition?.subject).toEqual(subject);
  });
});

// "up to" after a verb that moves a level is the verb's particle: the figure is the level reached.
describe('"up to" after a verb that moves a level', () => {
  const rows: Array<[string, string, string]> = [
    ['The statistics office revised its estimate of Irish GDP growth for the third quarter of 2024 up to 3.5%.', '3.5%', 'exact'],
    ['The deal brings total storage capacity in Texas up to 12 GW.', '12 GW', 'exact'],
    ['Wages in Spain rose by up to 5% in 2024.', '5%', 'at_most'],
    ['The new plant in Poland can hold up to 40,000 tonnes.', '40,000', 'at_most'],
  ];
  it.each(rows)('%s', (text, figure, qualifier) => {
    const c = extract(text, meta).claims.find((x) => x.quote.exact.includes(figure));
    expect(c, `no claim for ${figure}`).toBeDefined();
    expect(c!.qualifier).toBe(qualifier);
  });
});

// A sentence that calls its number "the figure" and names no measure speaks of what the headline measures.
describe('"their figure" in a piece whose headline names the measure', () => {
  const title = 'Statistics office puts Irish emigration at 65,000';
  const body =
    'Emigration from Ireland was estimated at 65,000 in the year to April 2024, the statistics office said.\n\nSeparately, the office revised its figure for 2023 up to 64,000. That was 2,000 higher than first thought.';
  it('takes the headline measure and the party, with the sentence’s own period', () => {
    const claims = extract(body, { publishedAt: '2024-05-02', title }).claims;
    const revised = claims.find((c) => c.value === 64000)!;
    expect(revised.proposition).toMatchObject({ measure: 'emigration', subject: ['ireland'], statType: 'level' });
    expect(revised.period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    const gap = claims.find((c) => c.value === 2000)!;
    expect(gap.proposition?.statType).toBe('change');
  });

  it('without a headline measure it is the figure of its kind the text stated last', () => {
    const claims = extract(body, { publishedAt: '2024-05-02', title: 'News from Dublin' }).claims;
    expect(claims.find((c) => c.value === 64000)!.proposition).toMatchObject({ measure: 'emigration', subject: ['ireland'] });
  });

  it('with no level of its kind stated before, the number stays unread', () => {
    const text =
      'Emigration from Ireland was 1.3% of the population in the year to April 2024.\n\nSeparately, the office revised its figure for 2023 up to 64,000.';
    const claims = extract(text, { publishedAt: '2024-05-02', title: 'News from Dublin' }).claims;
    expect(claims.find((c) => c.value === 64000)!.proposition).toBeNull();
  });

  it('and "the total of" or "the number of" something else is not the figure', () => {
    const text = `${body}\n\nThe total of new homes completed was 21,000 in 2023. The number of student visas issued rose to 45,000.`;
    const claims = extract(text, { publishedAt: '2024-05-02', title: 'News from Dublin' }).claims;
    expect(claims.find((c) => c.value === 21000)!.proposition?.measure).not.toBe('emigration');
    expect(claims.find((c) => c.value === 45000)!.proposition?.measure).not.toBe('emigration');
  });
});

// Pages that revise their numbers call them "the figure", "the 2022 figure", "the latest figure", "the total", with
// the verb of a level after them ("actually stood at", "hit", "had been", "is estimated to be lower, at").
describe('a number named only as the figure, however its verb is worded', () => {
  const title = 'Human behaviour, unreliable records: why the UK keeps revising its migration data';
  const lead = 'Net migration to the UK reached 745,000 in 2022, the ONS said in November.\n';
  it.each([
    ['This spring, the 2022 figure was revised up again to 764,000.', '764,000'],
    ['As a result, the drop to the latest figure of 728,000 in the year ending June 2024 is nearly 20%.', '728,000'],
    ['However, the ONS has since confirmed the figure actually stood at 866,000 for 2023.', '866,000'],
    ['The revised data shows the total hit 944,000 in the year to March 2023.', '944,000'],
    ['However, the figure for the year to June 2023 is estimated to be lower, at 672,000.', '672,000'],
  ])('%s', (sentence, figure) => {
    const c = claimOf(lead + sentence, figure, title);
    expect(c.proposition).toMatchObject({ measure: 'net-migration', subject: ['united-kingdom'], statType: 'level' });
    expect(c.comparable).toBe(true);
  });

  it('while "the previous reading was" is the last period’s reading, not an estimate a revision replaced', () => {
    const c = claimOf('Inflation in Sylvania eased to 2.2% in March; the previous reading was 2.5%.', '2.5%');
    expect(c.proposition?.basis ?? '').not.toContain('previous-estimate');
  });

  it('an earlier estimate named as the figure is the estimate the revision replaced', () => {
    const c = claimOf(
      `${lead}The previous estimate for the year to December 2022 had been 606,000, but the ONS has since revised this upwards.`,
      '606,000',
      title,
    );
    expect(c.proposition).toMatchObject({ measure: 'net-migration', basis: 'previous-estimate' });
  });
});

// "added a record 16 GW of solar capacity": the verb of adding governs the figure it sizes, whatever
// stands between ("a record", "an estimated", "some"); a stock named after it is what was added to.
describe('a verb of adding before a sized figure', () => {
  const rows: Array<[string, string, string]> = [
    ['Vietnam added a record 9 GW of solar capacity in 2024.', '9 GW', 'capacity-additions'],
    ['Vietnam added an estimated 9 GW of wind capacity in 2024.', 'an estimated 9 GW', 'capacity-additions'],
    ['Vietnam added 9 GW of solar capacity in 2024.', '9 GW', 'capacity-additions'],
    ['Vietnam reached a record 20 GW of solar capacity in 2024.', '20 GW', 'installed-capacity'],
  ];
  it.each(rows)('%s', (text, figure, measure) => {
    expect(claimOf(text, figure).proposition?.measure).toBe(measure);
  });
});

// A facet's first word opening a sentence is not a name of its own; offshore and onshore wind are
// two sources, each a kind of wind.
describe('onshore and offshore wind', () => {
  const text = 'Poland added 1.4 GW of wind capacity in 2024, the grid operator said. Onshore wind additions rose to 1.2 GW, while offshore wind added 0.2 GW.';
  it('keeps the party of the paragraph and tells the two apart', () => {
    const claims = extract(text, meta).claims;
    const onshore = claims.find((c) => c.value === 1.2)!;
    const offshore = claims.find((c) => c.value === 0.2)!;
    expect(onshore.proposition).toMatchObject({ measure: 'capacity-additions', subject: ['poland'], facets: ['onshore-wind'] });
    expect(offshore.proposition?.facets).toEqual(['offshore-wind']);
    expect(onshore.metric).not.toBe(offshore.metric);
  });
});

// A stock "ended the year with" is its level at the year's end; only people and things take part in an event.
describe('a year ended with a level', () => {
  it.each([
    ['Chile ended 2024 with 12 GW of solar capacity.', '12 GW', '2024-12-31', '2024-12-31'],
    ['Chile’s solar fleet reached 12 GW at the end of 2024.', '12 GW', '2024-12-31', '2024-12-31'],
    ['In 2024, Chile connected 2 gigawatts of solar power to the grid.', '2 gigawatts', '2024-01-01', '2024-12-31'],
  ])('%s', (text, figure, start, end) => {
    const c = claimOf(text, figure);
    expect(c.period).toMatchObject({ start, end });
    expect(c.comparable).toBe(true);
  });
});

// "new … capacity" is what was added to the stock.
describe('new capacity', () => {
  it.each([
    ['Solar made up 60% of all new US generating capacity in 2024.', '60%', 'capacity-additions'],
    ['Kenya brought 300 MW of new geothermal capacity online in 2024.', '300 MW', 'capacity-additions'],
    ['Kenya set a new record total capacity of 3.3 GW in 2024.', '3.3 GW', 'installed-capacity'],
  ])('%s', (text, figure, measure) => {
    expect(claimOf(text, figure).proposition?.measure).toBe(measure);
  });
});

// A share held by a kind of thing (solar, wind, renewables) is that thing's part of the whole the clause's
// party owns; phrased either way round, it is one proposition.
describe('the share a kind of thing holds', () => {
  const rows: Array<[string, string, string, string | null, string[]]> = [
    ['Solar accounted for 60% of new capacity added in the US in 2024.', '60%', 'capacity-additions', 'united-states', ['solar']],
    ['Solar made up 60% of all new US generating capacity in 2024.', '60%', 'capacity-additions', 'united-states', ['solar']],
    ['Wind power generated 28% of Germany’s electricity in 2024.', '28%', 'electricity-generation', 'germany', ['wind']],
  ];
  it.each(rows)('%s', (text, figure, measure, owner, facets) => {
    const c = claimOf(text, figure);
    expect(c.proposition).toMatchObject({ measure, subject: [], counterpart: owner, facets, statType: 'share' });
    expect(c.comparable).toBe(true);
  });

  it('states the same proposition in either phrasing, labelled with the thing as the part', () => {
    const a = claimOf(rows[0]![0], '60%');
    const b = claimOf(rows[1]![0], '60%');
    expect(a.metric).toBe(b.metric);
    expect(a.statement).toMatch(/^Solar share of United States's capacity additions/i);
  });

  it('leaves a share held by a party with that party', () => {
    const c = claimOf('Spain accounted for 20% of Europe’s new solar capacity in 2024.', '20%');
    expect(c.proposition?.subject).toEqual(['spain']);
  });

  it('does not guess the owner of the whole from other sentences', () => {
    const c = claimOf('Germany published its energy data. Wind power generated 28% of the electricity in 2024.', '28%');
    expect(c.comparable).toBe(false);
  });
});

describe('the key of a share a kind of thing holds', () => {
  it('reads back with no part party and the owner of the whole', () => {
    const c = claimOf('Solar accounted for 60% of new capacity added in the US in 2024.', '60%');
    const parsed = parseMetricKey(c.metric!);
    expect(parsed?.proposition).toMatchObject({
      measure: 'capacity-additions',
      subject: [],
      counterpart: 'united-states',
      facets: ['solar'],
      statType: 'share',
    });
  });
});

// The same energy proposition phrased the ways outlets phrase it renders one key.
describe('energy phrasings that state one proposition', () => {
  const pairs: Array<[string, string, string, string]> = [
    ['Solar output in Italy grew 12% in 2024.', '12%', 'Italian solar power generation rose 12% in 2024.', '12%'],
    [
      'Wind turbines produced 30 terawatt-hours of electricity in Italy in 2024.',
      '30 terawatt-hours',
      'Italy’s wind power generation reached 30 TWh in 2024.',
      '30 TWh',
    ],
    ['The share of solar in Italy’s electricity generation rose to 14% in 2024.', '14%', 'Solar generated 14% of Italy’s electricity in 2024.', '14%'],
  ];
  it.each(pairs)('%s ~ %s', (a, fa, b, fb) => {
    const x = claimOf(a, fa);
    const y = claimOf(b, fb);
    expect(x.proposition?.measure).toBe('electricity-generation');
    expect(x.metric).toBe(y.metric);
    expect(x.comparable && y.comparable).toBe(true);
  });

  it('keeps the production of a fuel a production', () => {
    expect(claimOf('Norway’s gas production rose 2% in 2024.', '2%').proposition?.measure).toBe('production');
  });
});

// "added" as a verb names capacity additions only where no measure's noun stands right before it as its subject.
describe('a verb-only form of a measure after another measure’s noun', () => {
  it('is the verb of that measure: "exports added 6.6 percent" are exports', () => {
    const text = 'For December, Freedonia’s exports added 6.6 percent from a year earlier to $61.38 billion.';
    expect(claimOf(text, '6.6 percent').proposition?.measure).toBe('exports');
  });

  it('while "solar capacity added 5 GW" and "added 30 GW of solar capacity" stay capacity additions', () => {
    expect(claimOf('Freedonia’s solar capacity added 5 GW in 2024.', '5 GW').proposition?.measure).toBe('capacity-additions');
    expect(claimOf('Freedonia added 30 GW of solar capacity in 2024.', '30 GW').proposition?.measure).toBe('capacity-additions');
  });
});
