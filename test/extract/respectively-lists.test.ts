import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2025-12-05', title: 'Emissions report' };

describe('"respectively": the list of figures before it meets the list of parties written as one', () => {
  const text =
    'India and Brazil, which together account for nearly 12 per cent of global emissions, are projected to increase emissions in 2025 by 6.1 per cent and 2 per cent, respectively, the report showed.';
  it.each([
    ['6.1 per cent', /^emissions\.india\.growth/],
    ['2 per cent', /^emissions\.brazil\.growth/],
  ])('%s, past a figure of the same kind in an aside', (figure, metric) => {
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });
});

describe("parties the figure's clause leaves out", () => {
  it.each([
    ['6.1 per cent', /^emissions\.indonesia\.growth/],
    ['2 per cent', /^emissions\.mexico\.growth/],
  ])('"Indonesia and Mexico, where emissions rose by %s …, respectively" takes the listed party', (figure, metric) => {
    const text = 'The largest increases came from Indonesia and Mexico, where emissions rose by 6.1 per cent and 2 per cent in 2025, respectively.';
    const c = claimQuoted(text, figure, META, { exact: true });
    expect(c.metric).toMatch(metric);
    expect(c.comparable).toBe(true);
  });

  it.each([
    ['6.1 per cent', /^emissions\.indonesia\.growth/],
    ['2 per cent', /^emissions\.mexico\.growth/],
  ])('"… in Indonesia by 6.1 per cent, and by 2 per cent in Mexico": a place right after a figure is where %s was measured', (figure, metric) => {
    const text = 'Emissions are projected to increase in Indonesia by 6.1 per cent in 2025, and by 2 per cent in Mexico, the study found.';
    expect(claimQuoted(text, figure, META, { exact: true }).metric).toMatch(metric);
  });

  it('a company keeps its figure when a place follows it ("Apple\'s sales rose 10% in Europe")', () => {
    const c = claimQuoted("Apple's sales rose 10% in Europe in 2025.", '10%', META, { exact: true });
    expect(c.proposition?.subject).toEqual(['apple']);
  });
});

describe('"respectively": a list of times dates the list of figures in turn', () => {
  const text = 'The BJP won 240 seats, a far cry from the 303 and 282 seats it had won in 2019 and 2014, respectively, to have a majority on its own.';
  const meta = { publishedAt: '2024-06-05', title: 'India election results' };
  it.each([
    ['303', '2019'],
    ['282 seats', '2014'],
  ])('%s is of %s', (figure, year) => {
    expect(claimQuoted(text, figure, meta, { exact: true }).period?.end?.slice(0, 4)).toBe(year);
  });

  it('a level the run is set against keeps the time it takes from it ("4.1%, up from 3.9% and 3.7% in 2023 and 2022 respectively")', () => {
    const c = claimQuoted(
      'Officials released the figures on Tuesday. Unemployment in Spain stood at 4.1%, up from 3.9% and 3.7% in 2023 and 2022 respectively.',
      '4.1%',
      meta,
      { exact: true },
    );
    expect([c.period?.start, c.period?.resolution]).toEqual(['2024-01-01', 'relative']);
  });

  it.each([
    ['2%', '2024-01-01'],
    ['3%', '2024-04-01'],
  ])('"fell %s … in Q1 2024 and Q2 2024 respectively": quarters pair as years do', (figure, start) => {
    const c = claimQuoted('Industrial output in Ruritania fell 2% and 3% in Q1 2024 and Q2 2024 respectively.', figure, meta, { exact: true });
    expect(c.period?.start).toBe(start);
  });

  it.each([
    ['58,000', '2022-01-01'],
    ['94,000', '2023-01-01'],
  ])('figures written with digit groups pair too ("%s")', (figure, start) => {
    const c = claimQuoted('Measles cases in Ruritania rose to 58,000 and 94,000 in 2022 and 2023, respectively.', figure, meta, { exact: true });
    expect(c.period?.start).toBe(start);
  });

  it.each([
    ['3.4%', '2023-10-01', '2023-10-31'],
    ['3.1%', '2023-11-01', '2023-11-30'],
  ])('"%s … in October and November, respectively": a pair of months read as one span pairs month by month', (figure, start, end) => {
    const c = claimQuoted('Inflation in Spain was 3.4% and 3.1% in October and November, respectively.', figure, meta, { exact: true });
    expect([c.period?.start, c.period?.end]).toEqual([start, end]);
  });

  it.each([
    ['4%', '2022-01-01'],
    ['6%', '2023-01-01'],
  ])('"rose %s …, respectively, in 2022 and 2023": the list right after the word pairs too', (figure, start) => {
    const c = claimQuoted('Profit at Zeta Motors rose 4% and 6%, respectively, in 2022 and 2023.', figure, meta, { exact: true });
    expect(c.period?.start).toBe(start);
  });

  it.each([
    ['0.7%', '2023-04-01', '2023-06-30'],
    ['0.9%', '2023-07-01', '2023-09-30'],
  ])('"%s … in the second and third quarters of 2023, respectively": a pair of quarters pairs quarter by quarter', (figure, start, end) => {
    const c = claimQuoted("Spain's GDP grew 0.7% and 0.9% in the second and third quarters of 2023, respectively.", figure, meta, { exact: true });
    expect([c.period?.start, c.period?.end]).toEqual([start, end]);
  });

  it('without "respectively" the pair of months stays one span', () => {
    const c = claimQuoted('Retail sales in Spain rose 5% in January and February.', '5%', meta, { exact: true });
    expect([c.period?.start, c.period?.end]).toEqual(['2024-01-01', '2024-02-29']);
  });

  it('a figure after the run reads the times of its sentence as ever ("… respectively, to $5.2 billion")', () => {
    const c = claimQuoted('Revenue at Zeta Motors rose 8% and 11% in 2022 and 2023, respectively, to $5.2 billion.', '$5.2 billion', meta, { exact: true });
    expect(c.period?.start).toBe('2023-01-01');
  });

  it('a list of times of another length pairs with nothing: both figures keep their own reading', () => {
    const c = claimQuoted('Goldman Sachs raised its Brent forecasts to $95 and $100 a barrel for 2024, respectively.', '$95', meta, { exact: true });
    expect(c.period?.start).toBe('2024-01-01');
  });
});

describe('names the gazetteer does not hold, listed for "respectively"', () => {
  it.each([
    ['12.4', /\.zentrix\./],
    ['9.8', /\.lumora\./],
    ['7.1 million', /\.veltano\./],
  ])('%s goes to the name in its place in "Zentrix, Lumora, and Veltano"', (figure, metric) => {
    const text =
      'The other three makers in the top five were Zentrix, Lumora, and Veltano, which shipped 12.4, 9.8, and 7.1 million phones in 2025, respectively.';
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });
});

describe('the publisher', () => {
  it('is no party when its name only contains a place ("India Today")', () => {
    const c = claimQuoted(
      'Scientists reported a 1.1% rise in carbon dioxide emissions in 2025.',
      '1.1%',
      { ...META, publisher: 'India Today' },
      { exact: true },
    );
    expect(c.metric).not.toMatch(/india/);
  });
});

describe('a list of parties, then "with" and as many figures: paired in order without "respectively"', () => {
  const meta = { publishedAt: '2024-01-17', title: 'Smartphone shipments in 2023' };
  const text =
    'Apple shipped 234.6 million phones in 2023 and Samsung 226.6 million. In 2023, the remaining three spots were occupied by Xiaomi, OPPO and Transsion with 145.9, 103.1 and 94.9 million smartphones shipped worldwide.';
  it.each([
    ['145.9', 'xiaomi'],
    ['103.1', 'oppo'],
    ['94.9 million smartphones', 'transsion'],
  ])('%s is of %s, and all of it ("remaining" sets the parties apart, not a part of their shipments)', (figure, party) => {
    const c = claimQuoted(text, figure, meta, { exact: true });
    expect(c.proposition?.subject).toEqual([party]);
    // (Of the smartphones the story is about, no part of them.)
    expect(c.proposition?.facets).toEqual(['smartphones']);
  });

  it('lists of different lengths pair nothing ("Xiaomi, Oppo and Vivo with 145.9 and 103.1 million")', () => {
    const c = claimQuoted('Xiaomi, Oppo and Vivo with 145.9 and 103.1 million smartphones shipped trailed Apple in 2023.', '103.1 million smartphones', meta, {
      exact: true,
    });
    expect(c.proposition?.subject).not.toEqual(['oppo']);
  });
});

describe("a place describing a named company's trade is no party of its figure", () => {
  const meta = { publishedAt: '2024-01-02', title: 'Tesla loses its EV crown' };
  it.each([
    ['It was less than the 526,409 EVs sold by Chinese automaker BYD in the quarter.', '526,409', 'byd'],
    ['Revenue at South Korean tech giant Samsung fell 15% in 2023.', '15%', 'samsung'],
  ])('%s', (sentence, figure, party) => {
    const c = claimQuoted(`Tesla sold 484,507 vehicles in the fourth quarter. ${sentence}`, figure, meta, { exact: true });
    expect(c.proposition?.subject).toEqual([party]);
  });

  it('a country before a trade noun with no name after it stays the party ("Chinese automakers sold 9.5 million cars")', () => {
    const c = claimQuoted('Chinese automakers sold 9.5 million cars in 2023.', '9.5 million cars', meta, { exact: true });
    expect(c.proposition?.subject).toEqual(['china']);
  });
});

describe("a list that is its clause's subject and a verb giving each a figure pair in order", () => {
  const meta = { publishedAt: '2024-01-20', title: 'Smartphones in 2023' };
  it.each([
    ['223.4', 'samsung'],
    ['225.9 million units', 'apple'],
  ])('"Samsung and Apple shipped 223.4 and 225.9 million units": %s is of %s', (figure, party) => {
    const c = claimQuoted('Samsung and Apple shipped 223.4 and 225.9 million units in 2023.', figure, meta, { exact: true });
    expect(c.proposition?.subject).toEqual([party]);
  });

  it('destinations listed before the verb are no subjects ("Exports to Germany and France rose 5% and 3%")', () => {
    const c = claimQuoted('Exports to Germany and France rose 5% and 3% in 2023.', '5%', meta, { exact: true });
    expect(c.proposition?.subject).not.toEqual(['germany']);
  });

  it('the digit groups of one figure are no list ("with 55,000 jobs, a little below …" under a dateline)', () => {
    const c = claimQuoted(
      'WASHINGTON, D.C. — Healthcare led the month with 55,000 jobs, a little below the 63,000 monthly average of the prior 12 months.',
      '55,000 jobs',
      { publishedAt: '2024-08-02', title: 'US economy adds 114,000 jobs in July' },
      { exact: true },
    );
    expect(c.proposition?.subject).not.toEqual(['washington']);
  });
});

describe("a figure given to each party of a list is no single party's", () => {
  const meta = { publishedAt: '2024-07-06', title: 'Results' };
  it.each([
    ['Reform UK, Plaid Cymru, and the Green Party each secured four seats in the 2024 general election.', 'four seats'],
    ['The report also notes that Japan and Taiwan boosted their defense spending by 11 percent each in 2023.', '11 percent'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, meta, { exact: true }).proposition?.subject).toEqual([]);
  });

  it('"each" of something else leaves the party ("Labour won 412 seats, with each MP elected")', () => {
    expect(
      claimQuoted('Labour won 412 seats in the 2024 general election, with each MP elected.', '412 seats', meta, { exact: true }).proposition?.subject,
    ).toEqual(['labour']);
  });
});

describe('lists of figures that share the unit written after the last one', () => {
  it('"increase by 1.1, 1.5 and 0.5 per cent, respectively": every figure of the list is a percentage of its own fuel', () => {
    const text = 'Global emissions from coal, oil and gas are projected to increase in 2025 by 1.1, 1.5 and 0.5 per cent, respectively.';
    const of = (figure: string) => claimQuoted(text, figure, META, { exact: true });
    expect(['1.1', '1.5', '0.5 per cent'].map((f) => of(f).unit)).toEqual(['percent', 'percent', 'percent']);
    expect(['1.1', '1.5', '0.5 per cent'].map((f) => of(f).proposition?.facets)).toEqual([['coal'], ['oil'], ['natural-gas']]);
  });

  it('a sentence with two "respectively" lists pairs each with the parties of its own stretch', () => {
    const text =
      'Emissions from coal and oil are projected to increase in 2025 by 1.1 and 1.5 per cent, respectively, even as they are predicted to decline in the EU and the USA by 7.4 and 3 per cent, respectively.';
    const of = (figure: string) => claimQuoted(text, figure, META, { exact: true });
    expect(of('7.4').proposition?.subject).toEqual(['european-union']);
    expect(of('3 per cent').proposition?.subject).toEqual(['united-states']);
    expect([of('7.4').value, of('3 per cent').value]).toEqual([-7.4, -3]);
  });
});

describe('a run of figures followed at once by a list of as many times pairs with it in order, "respectively" or not', () => {
  it('"grew 5.2 and 4.8 percent in 2023 and 2024"', () => {
    const text = 'Freedonia’s GDP grew 5.2 and 4.8 percent in 2023 and 2024.';
    expect(claimQuoted(text, '5.2', META, { exact: true }).period?.label).toBe('2023');
    expect(claimQuoted(text, '4.8 percent', META, { exact: true }).period?.label).toBe('2024');
  });

  it('"rose 4% and 6% in 2022 and 2023"; but one time for two figures dates both', () => {
    const text = 'Freedonian exports rose 4% and 6% in 2022 and 2023. Imports rose 3% and 5% in 2022.';
    expect(claimQuoted(text, '6%', META, { exact: true }).period?.label).toBe('2023');
    expect(claimQuoted(text, '4%', META, { exact: true }).period?.label).toBe('2022');
    expect(claimQuoted(text, '5%', META, { exact: true }).period?.label).toBe('2022');
  });
});

describe('numbers a unit written after a list does not reach', () => {
  it.each([['a level moved to, then a share of a noun', 'The state pension age will rise to 67 and 30 percent of pensioners will lose out.', '67']])(
    '%s',
    (_what, text, figure) => {
      expect(claimQuoted(text, figure, META, { exact: true }).unit).not.toBe('percent');
    },
  );

  it('an age: "people aged 18" is no figure, and never one in per cent', () => {
    const { claims } = extract('Unemployment among people aged 18 and 25 percent among graduates worries the government.', META);
    expect(claims.filter((c) => c.quote.exact === '18' && c.unit === 'percent')).toEqual([]);
    expect(claims.map((c) => c.quote.exact)).toContain('25 percent');
  });
});
