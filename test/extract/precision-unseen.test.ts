import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const META = { publishedAt: '2024-08-02' };

const claimOf = (text: string, quote: string): ExtractedClaim => claimQuoted(text, quote, META, { exact: true });

describe('a change stated through its pace keeps its direction', () => {
  const ROWS: Array<[string, string, string, 'increase' | 'decrease']> = [
    ['contracted at an annualised pace', 'Output in Freedonia contracted at an annualised pace of 1.4% in the third quarter of 2023.', '1.4%', 'decrease'],
    ['grew at an annual rate', 'The economy of Ruritania grew at an annual rate of 2.6% in the second quarter of 2022.', '2.6%', 'increase'],
    ['shrank an annualized', 'Exports shrank an annualized 4.1% in the first quarter of 2021.', '4.1%', 'decrease'],
    [
      'expanded at a seasonally adjusted annual rate',
      'Factory output expanded at a seasonally adjusted annual rate of 3.2% in the fourth quarter of 2022.',
      '3.2%',
      'increase',
    ],
    ['declined at a pace of', 'Retail sales in Ruritania declined at a pace of 7% in the third quarter of 2023.', '7%', 'decrease'],
  ];
  it.each(ROWS)('%s', (_name, text, quote, change) => {
    const claim = claimOf(text, quote);
    expect(claim.change).toBe(change);
    expect(claim.proposition?.statType).toBe('change');
  });

  it('reads "at an annual rate" of a quarter as an annualised change, like "annualised"', () => {
    const a = claimOf('The economy of Ruritania grew at an annual rate of 2.6% in the second quarter of 2022.', '2.6%');
    const b = claimOf('The economy of Ruritania grew an annualised 2.6% in the second quarter of 2022.', '2.6%');
    expect(a.proposition?.basis).toContain('annualized');
    expect(a.metric).toBe(b.metric);
  });

  it('never gives a contraction and an expansion of the same size the same direction', () => {
    const down = claimOf('The economy of Ruritania contracted at an annual rate of 2.6% in the second quarter of 2022.', '2.6%');
    const up = claimOf('The economy of Ruritania grew at an annual rate of 2.6% in the second quarter of 2022.', '2.6%');
    expect(down.change).not.toBe(up.change);
  });
});

describe('a policy move "by" or "of" points states its direction', () => {
  const ROWS: Array<[string, string, string, 'increase' | 'decrease' | null]> = [
    ['lower … by basis points', 'The central bank voted to lower its policy rate by 50 basis points to 3.75% on Thursday.', '50 basis points', 'decrease'],
    ['reduce the rate by points', 'The committee voted to reduce the interest rate by 0.5 per cent points, to 3 per cent.', '0.5 per cent points', 'decrease'],
    ['a rate cut of points', 'Policymakers agreed a rate cut of 0.5 percentage points.', '0.5 percentage points', 'decrease'],
    ['hike the key rate by points', 'The committee decided to hike the key rate by 0.75 percentage points.', '0.75 percentage points', 'increase'],
    // A cut "of" a sum of money may be a level: the size of a tax cut, not a fall of the sum.
    ['a tax cut of a sum is no move', 'The government announced a tax cut of $20 billion.', '$20 billion', null],
  ];
  it.each(ROWS)('%s', (_name, text, quote, change) => {
    expect(claimOf(text, quote).change).toBe(change);
  });
});

describe('"the latter half of" is a period, and its "half" no figure', () => {
  it('dates a forecast to the second half of the year named', () => {
    const claims = extract('Prices are expected to climb to 3.1% in the latter half of 2025.', META).claims;
    expect(claims.map((c) => c.quote.exact)).toEqual(['3.1%']);
    expect(claims[0]!.period).toMatchObject({ start: '2025-07-01', end: '2025-12-31' });
  });

  it('still reads "half of" the people as a share', () => {
    const claims = extract('Half of the respondents in the 2024 survey said prices rose.', META).claims;
    expect(claims.map((c) => [c.quote.exact, c.value])).toEqual([['Half', 50]]);
  });
});

describe('a count with its own noun does not take a measure named past a cause or a contrast', () => {
  it('does not count trains as workers', () => {
    const text = 'The carrier ran more than 9,800 trains in May, but scrapped 412 trains because of a shortage of workers.';
    for (const quote of ['more than 9,800 trains', '412 trains']) expect(claimOf(text, quote).proposition?.measure).not.toBe('employees');
  });

  it('keeps a measure stated right before the counted noun', () => {
    expect(claimOf('Rivian delivered 50,122 vehicles in 2023, despite a shortage of workers.', '50,122 vehicles').proposition?.measure).not.toBe('employees');
    const claim = claimOf('The plant produced 3,100 tractors in 2023 and hired 40 workers.', '40 workers');
    expect(claim.proposition?.measure).toBe('employees');
  });
});

describe('the policy rate is named as a rate, not as the inflation it fights', () => {
  const ROWS: Array<[string, string, string]> = [
    ['"Bank Rate"', 'The Bank Rate was held at 4.25% in June 2025.', '4.25%'],
    ['"rate hikes" nearer than "inflation"', 'To tame inflation, the bank made nine rate hikes from a low of 0.25% in March 2022.', '0.25%'],
    ['"rate cut"', 'The rate cut took the key figure to 3.5% in May 2024.', '3.5%'],
    ['"BOE" in capitals', 'The BOE held interest rates at 5.25% in July 2024.', '5.25%'],
  ];
  it.each(ROWS)('%s', (_name, text, quote) => {
    expect(claimOf(text, quote).proposition?.measure).toBe('interest-rate');
  });
});

describe('a figure followed by the noun of a target names the target', () => {
  const ROWS: Array<[string, string, string, 'actual' | 'target']> = [
    ['"2% inflation target"', 'Policymakers kept the 2% inflation target unchanged in 2024.', '2%', 'target'],
    ['"three-percent target"', "Inflation in Atlantis has hit the central bank's three-percent target in April 2024.", 'three-percent', 'target'],
    ['"above target" is a gap, not the target', 'Inflation was 0.6% above target in April 2024.', '0.6%', 'actual'],
    ['"short of the goal" is a gap, not the goal', 'Sales came in 4% short of the goal in 2023.', '4%', 'actual'],
  ];
  it.each(ROWS)('%s', (_name, text, quote, modality) => {
    expect(claimOf(text, quote).proposition?.modality).toBe(modality);
  });
});

describe('a count with its own noun leaves the noun after the next figure to that figure', () => {
  it('does not count trains as passengers', () => {
    const text = 'The operator runs a timetable of over 1,500 trains and up to 90,000 passengers daily in the summer of 2023.';
    expect(claimOf(text, 'over 1,500 trains').proposition?.measure).not.toBe('passengers');
  });
});

describe('"the year leading up to" a month is the twelve months ending with it', () => {
  it('dates a rolling total', () => {
    const claim = claimOf('The ferry line carried 4.2 million passengers in the year leading up to March 2024.', '4.2 million passengers');
    expect(claim.period).toMatchObject({ start: '2023-04-01', end: '2024-03-31' });
  });
});

describe('a forecast for a part of "the year" not yet over is about this year', () => {
  const ROWS: Array<[string, string, string, { start: string; end: string }]> = [
    [
      'expected … in the second half of the year',
      'Inflation in Atlantis is expected to climb to 3.4% in the second half of the year.',
      '3.4%',
      { start: '2024-07-01', end: '2024-12-31' },
    ],
    [
      'projected … in the fourth quarter',
      'Unemployment in Atlantis is projected to reach 5.1% in the fourth quarter.',
      '5.1%',
      { start: '2024-10-01', end: '2024-12-31' },
    ],
    // An outturn for a half not yet over when the text was written is last year's.
    ["an outturn stays last year's", 'Retail sales in Atlantis rose 4% in the second half of the year.', '4%', { start: '2023-07-01', end: '2023-12-31' }],
    // The base it is set against points back; the forecast does not.
    [
      'a forecast set against the same period last year',
      'Atlantis Air is forecasting a 13% increase in revenue to $9.2 billion for the fourth quarter, compared to the same period last year.',
      '$9.2 billion',
      { start: '2024-10-01', end: '2024-12-31' },
    ],
    // A forecast that points back keeps last year.
    [
      'a forecast "last year" stays last year\'s',
      'Inflation in Atlantis was expected to reach 3% in the second half of last year.',
      '3%',
      { start: '2023-07-01', end: '2023-12-31' },
    ],
  ];
  it.each(ROWS)('%s', (_name, text, quote, period) => {
    expect(claimOf(text, quote).period).toMatchObject(period);
  });
});

describe('a consensus for the quarter just ended stays that quarter', () => {
  it('keeps Q4 of last year in a text written in January', () => {
    const text = 'Atlantis Motors delivered 40,100 cars in Q4, missing the consensus estimate of 41,000 deliveries for the quarter.';
    const claims = extract(text, { publishedAt: '2024-01-03' }).claims;
    const estimate = claims.find((c) => c.quote.exact.startsWith('41,000'));
    expect(estimate?.period).toMatchObject({ start: '2023-10-01', end: '2023-12-31' });
  });
});

describe('"according to" names a source, not the party a flow goes to', () => {
  const ROWS: Array<[string, string, string, string | null]> = [
    ['an agency after "according to"', "Poland's investment fell 3% in 2023, according to the statistics office GUS.", '3%', null],
    [
      'an office after "according to the"',
      "Japan's capital expenditure fell 0.8 percent in Q1 2024, according to the Cabinet Office's data.",
      '0.8 percent',
      null,
    ],
    ['a real destination stays', "China's exports to Russia rose 5% in 2023.", '5%', 'russia'],
  ];
  it.each(ROWS)('%s', (_name, text, quote, counterpart) => {
    expect(claimOf(text, quote).proposition?.counterpart ?? null).toBe(counterpart);
  });
});

describe('a measure word inside an aside set off by commas does not name the figure after it', () => {
  it('reads private consumption, not the economy it is a part of', () => {
    const text = "Japan's private consumption, which makes up more than half of the economy, fell 0.7% quarter-on-quarter in January-March.";
    expect(claimOf(text, '0.7%').proposition?.measure).toBe('private-consumption');
  });

  it('reads exports, not the economy they drive', () => {
    const text = "Exports, a crucial driver of the country's economy, dropped 18.7 percent in the first quarter of 2024.";
    expect(claimOf(text, '18.7 percent').proposition?.measure).toBe('exports');
  });

  it('still reads a measure named before a plain comma', () => {
    expect(claimOf('In 2023, the economy of Italy grew 0.9%.', '0.9%').proposition?.measure).toBe('gdp');
  });
});

describe('an outturn set against expectations is not a forecast', () => {
  const PUB = { publishedAt: '2024-02-05' };
  const ROWS: Array<[string, string, string, 'actual' | 'forecast']> = [
    ['"beat expectations"', 'Atlantis Motors beat expectations, with sales of $3.2 billion in the fourth quarter of 2023.', '$3.2 billion', 'actual'],
    ['"soared past expectations"', 'The studio soared past expectations, taking in $41 million in ticket sales in January 2024.', '$41 million', 'actual'],
    [
      '"topped analysts\' forecasts"',
      "Atlantis Motors topped analysts' forecasts, reporting sales of $3.2 billion in the fourth quarter of 2023.",
      '$3.2 billion',
      'actual',
    ],
    // The expectation itself stays a forecast.
    [
      '"missing the consensus estimate of"',
      'Atlantis Motors sold 61,200 cars in the fourth quarter of 2023, missing the consensus estimate of 63,000 cars.',
      '63,000 cars',
      'forecast',
    ],
    ['"had expected"', 'Economists had expected sales of 63,000 cars in the fourth quarter of 2023.', '63,000 cars', 'forecast'],
  ];
  it.each(ROWS)('%s', (_name, text, quote, modality) => {
    const claim = extract(text, PUB).claims.find((c) => c.quote.exact === quote);
    expect(claim?.proposition?.modality).toBe(modality);
  });
});

describe('more ways to state an annualised quarterly change', () => {
  const ROWS: Array<[string, string, string, 'increase' | 'decrease']> = [
    [
      'a contraction at an annual rate',
      'Data showed the economy of Ruritania suffered a contraction at an annual rate of 1.9 percent in the first quarter of 2024.',
      '1.9 percent',
      'decrease',
    ],
    ['grew at a … annualized rate', "Ruritania's economy grew at a 3.1% annualized rate in the fourth quarter of 2023.", '3.1%', 'increase'],
    ['shrank at a … annual pace', "Ruritania's economy shrank at a 1.2% annual pace in the first quarter of 2022.", '1.2%', 'decrease'],
  ];
  it.each(ROWS)('%s', (_name, text, quote, change) => {
    const claim = claimOf(text, quote);
    expect(claim.change).toBe(change);
    expect(claim.proposition?.basis).toBe('annualized');
  });

  it('states the same proposition whether or not "from the previous quarter" is added', () => {
    const a = claimOf("Ruritania's economy shrank at an annualised pace of 1.2% in the first quarter of 2022 from the previous quarter.", '1.2%');
    const b = claimOf("Ruritania's economy shrank an annualised 1.2% in the first quarter of 2022.", '1.2%');
    expect(a.metric).toBe(b.metric);
  });
});

describe('a forecast "in two years" is about the year two years on', () => {
  it('dates each horizon of a projection', () => {
    const text = 'Atlantis central bank decision for August. CPI inflation in Atlantis is projected to fall to 1.8% in two years and 1.6% in three years.';
    const claims = extract(text, { publishedAt: '2024-08-01' }).claims;
    const two = claims.find((c) => c.quote.exact === '1.8%');
    const three = claims.find((c) => c.quote.exact === '1.6%');
    expect(two?.period).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
    expect(three?.period).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('leaves a past change "in two years" alone', () => {
    const claims = extract('Rents in Atlantis rose 9% in two years to March 2024.', { publishedAt: '2024-08-01' }).claims;
    expect(claims.find((c) => c.quote.exact === '9%')?.period?.start?.slice(0, 4)).not.toBe('2026');
  });
});

describe('"moved to A in <time> from B": B is of the period before', () => {
  const ROWS: Array<[string, string, string, { start: string; end: string }]> = [
    ['a month', 'Core inflation in Atlantis eased to 3.1% in March 2024 from 3.4%.', '3.4%', { start: '2024-02-01', end: '2024-02-29' }],
    ['a year', 'Revenue at Atlantis Motors rose to $5 billion in 2023 from $4.1 billion.', '$4.1 billion', { start: '2022-01-01', end: '2022-12-31' }],
    [
      'a quarter',
      'Unemployment in Atlantis climbed to 6.1% in the third quarter of 2023 from a revised 5.8%.',
      '5.8%',
      { start: '2023-04-01', end: '2023-06-30' },
    ],
    // B with its own time keeps it.
    ['its own time', 'Inflation in Atlantis fell to 2.4% in November 2023 from 2.9% in September.', '2.9%', { start: '2023-09-01', end: '2023-09-30' }],
  ];
  it.each(ROWS)('%s', (_name, text, quote, period) => {
    expect(claimOf(text, quote).period).toMatchObject(period);
  });
});

describe('a load factor is its own measure, over the period it is stated for', () => {
  it('reads "at an average load factor of 94%" as the load factor, not a share of passengers', () => {
    const text = 'In the 12 months to the end of June 2024, the carrier flew 88.1m passengers at an average load factor of 92%.';
    const claim = claimOf(text, '92%');
    expect(claim.proposition?.measure).toBe('load-factor');
    expect(claim.period).toMatchObject({ start: '2023-07-01', end: '2024-06-30' });
  });

  it("keeps a month's load factor apart from the rolling year's", () => {
    const month = claimOf('In June 2024, the load factor of the carrier was 96%.', '96%');
    const year = claimOf('In the 12 months to June 2024, the load factor of the carrier was 93%.', '93%');
    expect(month.period?.start).not.toBe(year.period?.start);
  });
});

describe('the base figure of "an increase on X in the same month last year" is of last year', () => {
  it('dates the base, not the month reported', () => {
    const text =
      'The ferry line carried 2.1 million passengers in July. The July total was a 9% increase on the 1.9 million passengers carried in the same month last year.';
    const claims = extract(text, { publishedAt: '2023-08-02' }).claims;
    expect(claims.find((c) => c.quote.exact === '1.9 million passengers')?.period).toMatchObject({ start: '2022-07-01', end: '2022-07-31' });
    expect(claims.find((c) => c.quote.exact === '2.1 million passengers')?.period).toMatchObject({ start: '2023-07-01', end: '2023-07-31' });
  });
});

describe("a forecast in the figure's own clause outranks a target named before it", () => {
  it('reads the projection after "; however," as a forecast', () => {
    const text =
      "Inflation in Atlantis met the central bank's 2 per cent target in both May and June; however, inflation is expected to rise to about 2.9 per cent in the latter half of 2024.";
    expect(claimOf(text, 'about 2.9 per cent').proposition?.modality).toBe('forecast');
    expect(claimOf(text, '2 per cent').proposition?.modality).toBe('target');
  });
});
