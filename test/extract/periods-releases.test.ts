import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findTimeExpressions, parsePublicationDate } from '../../src/extract/periods.js';

/**
 * How statistical releases and results reports state the period of a figure: monthly reference
 * periods ("in October", "last month", "the previous month"), weeks, quarters ending on a day,
 * comparison bases that never date the figure they are set against, and the period a text is
 * about carried from sentence to sentence. Every sentence is written for this test.
 */
interface Row {
  publishedAt: string;
  title?: string;
  text: string;
  figure: string;
  start: string;
  end: string;
}

const row = (publishedAt: string, text: string, figure: string, start: string, end: string, title?: string): Row => ({
  publishedAt,
  text,
  figure,
  start,
  end,
  title,
});

const ROWS: Array<[string, Row]> = [
  // A base of comparison that steps back from the period at hand.
  [
    '"from a year earlier" is the base; the month named after it dates the figure',
    row('2025-10-22', 'Korean shipments abroad grew 3.1% from a year earlier in September, customs data showed.', '3.1%', '2025-09-01', '2025-09-30'),
  ],
  [
    '"the previous month" is the month before the one the text is about',
    row(
      '2025-10-22',
      'Korean car exports slid 0.9% in September, after a 6.2% fall in August. Steel exports dropped 4.4%, easing from an 11.5% drop the previous month.',
      '11.5%',
      '2025-08-01',
      '2025-08-31',
    ),
  ],
  [
    'a figure reported "for the previous month" is that month\'s',
    row(
      '2025-03-07',
      'Employers added 151,000 jobs in February, compared with 125,000 jobs first reported for the previous month.',
      '125,000 jobs',
      '2025-01-01',
      '2025-01-31',
    ),
  ],
  [
    '"a month earlier" after a level changed from is the month before',
    row('2021-03-01', 'The services index rose to 55.3% in February. Exports rose to 54.0% from 51.5% a month earlier.', '54.0%', '2021-02-01', '2021-02-28'),
  ],
  [
    'growth "over the previous quarter" is growth in the quarter after it',
    row(
      '2024-04-03',
      'The carmaker delivered 386,810 cars by the end of March. Deliveries fell 20% over the previous quarter.',
      '20%',
      '2024-01-01',
      '2024-03-31',
    ),
  ],
  [
    'a year-earlier base keeps the quarter ended on a day',
    row('2024-10-31', 'The group booked revenue of $41.3 billion for the quarter ended Sept. 30, up 8% from a year earlier.', '8%', '2024-07-01', '2024-09-30'),
  ],
  [
    '"the same period of 2023" is the period at hand in 2023',
    row(
      '2024-12-03',
      'Vendors shipped 1.24 billion handsets in the first nine months of the year, compared with 1.17 billion in the same period of 2023.',
      '1.17 billion',
      '2023-01-01',
      '2023-09-30',
    ),
  ],
  [
    '"the same quarter of 2022" after a figure changed from is that quarter',
    row(
      '2024-08-01',
      'Sales were $5 billion in the second quarter, up 8% from $4.6 billion in the same quarter of 2022.',
      '$4.6 billion',
      '2022-04-01',
      '2022-06-30',
    ),
  ],
  [
    'the figure compared with the same period keeps its own',
    row(
      '2024-12-03',
      'Vendors shipped 1.24 billion handsets in the first nine months of the year, compared with 1.17 billion in the same period of 2023.',
      '1.24 billion handsets',
      '2024-01-01',
      '2024-09-30',
    ),
  ],
  [
    '"the year-ago quarter" is the quarter at hand a year earlier',
    row(
      '2024-08-01',
      'Revenue was $5.2 billion in the second quarter, up 6% from $4.9 billion in the year-ago quarter.',
      '$4.9 billion',
      '2023-04-01',
      '2023-06-30',
    ),
  ],
  [
    '"the prior-year period" is the period at hand a year earlier',
    row('2024-08-01', 'Second-quarter profit rose to $1.2 billion from $0.9 billion in the prior-year period.', '$0.9 billion', '2023-04-01', '2023-06-30'),
  ],
  [
    '"this time last year" is the month at hand a year earlier',
    row(
      '2022-11-16',
      'On a monthly basis, the index rose by 1.9% in October 2022, against a 1.2% rise this time last year.',
      '1.2%',
      '2021-10-01',
      '2021-10-31',
    ),
  ],
  // Weeks and days written the way news style writes them.
  [
    '"the week ended Nov. 16" is the seven days to that day',
    row(
      '2024-11-21',
      'Initial claims for unemployment benefits fell 6,000 to 213,000 in the week ended Nov. 16, the department said.',
      '213,000',
      '2024-11-10',
      '2024-11-16',
    ),
  ],
  [
    '"the previous week\'s level" is the week before',
    row(
      '2014-12-11',
      "In the week ending December 6, initial claims stood at 294,000, a decrease of 3,000 from the previous week's level of 297,000.",
      '297,000',
      '2014-11-23',
      '2014-11-29',
    ),
  ],
  [
    '"the three months ended June 30, 2024" ends with June',
    row('2024-08-08', 'Net sales for the three months ended June 30, 2024 were $12.1 billion.', '$12.1 billion', '2024-04-01', '2024-06-30'),
  ],
  [
    'a dateline dates no figure',
    row(
      '2024-11',
      'FRANKFURT, Nov. 29 (Newswire) - Consumer prices in the bloc rose 2.3% in November. Core prices rose 2.7%.',
      '2.7%',
      '2024-11-01',
      '2024-11-30',
    ),
  ],
  // Quarters and halves as adjectives, and left out after an ordinal.
  [
    '"second-quarter revenue" is the second quarter',
    row('2024-07-25', 'Second-quarter revenue climbed 12% year on year to $85 billion.', '$85 billion', '2024-04-01', '2024-06-30'),
  ],
  [
    '"first-half profit" is the first half',
    row('2024-07-25', 'First-half profit rose 9% to $20 billion, the bank said.', '$20 billion', '2024-01-01', '2024-06-30'),
  ],
  [
    '"in the second" after "the first quarter" is the second quarter',
    row(
      '2023-10-31',
      "Austria's output stalled in the first quarter of 2023 and grew 0.3 percent in the second, the statistics office said.",
      '0.3 percent',
      '2023-04-01',
      '2023-06-30',
    ),
  ],
  // Levels changed to and from.
  [
    'a level changed from, with its month after it, leaves the level changed to the month after',
    row('2025-11-04', 'The purchasing managers index dropped to 47.9 from 49.6 in October, the weakest in a year.', '47.9', '2025-11-01', '2025-11-30'),
  ],
  [
    'a month after the level changed from is not the month of the level changed to',
    row('2020-12-01', 'The factory index slipped to 57.5% in November from 59.3% in October.', '59.3%', '2020-10-01', '2020-10-31'),
  ],
  [
    '"from the previous month" is a base even when the sentence named its own month first',
    row('2024-02-15', 'Retail sales fell 0.8% in January from December. Year-on-year, sales were up 0.6%.', '0.6%', '2024-01-01', '2024-01-31'),
  ],
  [
    "a figure in brackets after a month is that month's",
    row('2025-01-10', 'Job gains for November (212,000) and October (43,000) were revised higher.', '212,000', '2024-11-01', '2024-11-30'),
  ],
  [
    'a restatement between commas leaves the figure the time after it',
    row(
      '2025-01-10',
      'Employers added 2.2 million jobs in 2024. That is down from 3 million, or an average 251,000 a month, in 2023.',
      '3 million',
      '2023-01-01',
      '2023-12-31',
    ),
  ],
  // The start and end of a year in a text about months.
  [
    '"to start 2025" in a text about a month is January',
    row('2025-02-07', 'Employers added just 143,000 jobs last month, but the jobless rate fell to 4% to start 2025.', '4%', '2025-01-01', '2025-01-31'),
  ],
  [
    '"at the end of the year" in January about December is that December',
    row(
      '2025-01-10',
      'Hourly pay rose 0.3% in December. Weekly pay was 3.6% higher at the end of the year compared to a year prior.',
      '3.6%',
      '2024-12-01',
      '2024-12-31',
    ),
  ],
  [
    '"by the end of the year" is still the year of the publication',
    row(
      '2024-07-20',
      'Hourly pay rose 0.3% in June. The company expects to sell 2 million cars by the end of the year.',
      '2 million cars',
      '2024-01-01',
      '2024-12-31',
    ),
  ],
  [
    '"between September and October" is the monthly change to October',
    row('2024-11-20', 'Consumer prices rose 0.6% between September and October 2024, the statistics office said.', '0.6%', '2024-10-01', '2024-10-31'),
  ],
  [
    '"between January and March" stays the three months',
    row('2024-11-20', 'Car exports totalled 1.1 million units between January and March.', '1.1 million units', '2024-01-01', '2024-03-31'),
  ],
  [
    '"the current quarter" is the quarter of the publication',
    row('2024-11-20', 'The chipmaker expects revenue of $37.5 billion in the current quarter.', '$37.5 billion', '2024-10-01', '2024-12-31'),
  ],
  [
    '"next quarter" is the quarter after the publication\'s',
    row('2024-11-20', 'The chipmaker expects revenue of $40 billion next quarter.', '$40 billion', '2025-01-01', '2025-03-31'),
  ],
  [
    '"the first three quarters" are January to September',
    row('2024-10-18', 'Industrial output grew 5.8% in the first three quarters of 2024, the bureau said.', '5.8%', '2024-01-01', '2024-09-30'),
  ],
  [
    '"the latest quarter" with no quarter named is the last one before the publication',
    row('2024-11-20', 'The retailer said its profit rose 10% in the latest quarter.', '10%', '2024-07-01', '2024-09-30'),
  ],
  // Quarters and halves written short, ending with a month, or of a fiscal year.
  [
    '"3Q24" is the third quarter of 2024',
    row('2024-11-05', 'Tablet shipments grew 9% to 38.1 million units in 3Q24, the tracker said.', '38.1 million units', '2024-07-01', '2024-09-30'),
  ],
  [
    '"2023Q4" is the fourth quarter of 2023',
    row('2024-02-05', 'Tablet shipments grew 9% to 38.1 million units in 2023Q4.', '38.1 million units', '2023-10-01', '2023-12-31'),
  ],
  [
    '"the December quarter" ends with December',
    row('2024-01-30', 'The miner shipped 87.3 million tonnes of iron ore in the December quarter.', '87.3 million tonnes', '2023-10-01', '2023-12-31'),
  ],
  [
    'so does "a record September quarter", the month named without "the"',
    row('2024-10-31', 'Apple reported a record September quarter revenue of $94.9 billion, up 6 percent.', '$94.9 billion', '2024-07-01', '2024-09-30'),
  ],
  [
    'a date before "quarter on quarter" is the date, not a quarter',
    row('2024-10-31', 'Output rose 0.4% in the three months to 30 September quarter on quarter.', '0.4%', '2024-07-01', '2024-09-30'),
  ],
  [
    '"the December quarter-point cut" names no quarter, only its month',
    row('2024-01-20', 'Exports rose 5% after the December quarter-point cut.', '5%', '2023-12-01', '2023-12-31'),
  ],
  [
    "a quarter of a fiscal year follows its owner's fiscal calendar",
    row('2024-09-01', "India's fiscal deficit was ₹1.5 trillion in the first quarter of fiscal year 2025.", '₹1.5 trillion', '2024-04-01', '2024-06-30'),
  ],
  ['"Q1 FY25" is the same quarter', row('2024-09-01', "India's fiscal deficit was ₹1.5 trillion in Q1 FY25.", '₹1.5 trillion', '2024-04-01', '2024-06-30')],
  [
    'so is "Q1FY25", written as one word',
    row('2024-09-01', "India's fiscal deficit was ₹1.5 trillion in Q1FY25.", '₹1.5 trillion', '2024-04-01', '2024-06-30'),
  ],
  [
    'a full-year projection after the fourth quarter of a fiscal year is that fiscal year',
    row(
      '2024-05-31',
      "The Reserve Bank of India had projected growth of 6.9% for India's GDP in Q4FY24, with a full-year projection of 7.6%.",
      '7.6%',
      '2023-04-01',
      '2024-03-31',
    ),
  ],
  [
    'a level a figure is measured against is no period of it',
    row('2024-12-10', 'In 2023, output of the steel mills was 1.3% above 2019 levels.', '1.3%', '2023-01-01', '2023-12-31'),
  ],
  // Figures referred to as a whole.
  [
    '"the new numbers" are those the headline reports, not the year the paragraph last named',
    row(
      '2024-01',
      'In 2022, the carmaker reported annual deliveries of 1.31 million. The new numbers represent delivery growth of 38% year over year.',
      '38%',
      '2023-01-01',
      '2023-12-31',
      'Carmaker delivered 1.8 million cars in 2023',
    ),
  ],
  [
    'a change set right after a yearly figure is dated like it',
    row(
      '2023-01-03',
      'In the fourth quarter, the carmaker produced 439,701 vehicles, bringing annual production up to 1.37 million, up 47% from a year ago.',
      '47%',
      '2022-01-01',
      '2022-12-31',
    ),
  ],
];

describe('extract: periods of statistical releases', () => {
  it.each(ROWS)('%s', (_name, r) => {
    const { claims } = extract(r.text, { publishedAt: r.publishedAt, title: r.title ?? null });
    // (A quote may run on past the number, as "47.9 from" does.)
    const claim = claims.find((c) => c.quote.exact === r.figure) ?? claims.find((c) => c.quote.exact.startsWith(`${r.figure} `));
    expect(claim, `no claim quoted "${r.figure}"; got ${claims.map((c) => JSON.stringify(c.quote.exact)).join(', ')}`).toBeDefined();
    expect({ start: claim!.period?.start, end: claim!.period?.end }).toEqual({ start: r.start, end: r.end });
  });
});

describe('findTimeExpressions: dates written the short way', () => {
  const pub = parsePublicationDate('2024-11-27');
  it.each([
    ['Claims fell in the week ended Nov. 23.', 'week ended Nov. 23', '2024-11-17', '2024-11-23'],
    ['Payments were due on Sept. 30, 2024.', 'Sept. 30, 2024', '2024-09-30', '2024-09-30'],
    ['The figure for Dec 2023 was revised.', 'Dec 2023', '2023-12-01', '2023-12-31'],
    ['The fund closed on 4 February.', '4 February', '2024-02-04', '2024-02-04'],
    // A day later in the year than the publication is last year's.
    ['The fund opened on Dec. 12.', 'Dec. 12', '2023-12-12', '2023-12-12'],
  ])('%s', (sentence, text, start, end) => {
    const found = findTimeExpressions(sentence, pub);
    const e = found.find((x) => sentence.slice(x.start, x.end).includes(text));
    expect(e, JSON.stringify(found.map((x) => sentence.slice(x.start, x.end)))).toBeDefined();
    expect([e!.period.start, e!.period.end]).toEqual([start, end]);
  });

  it('reads no month out of words that only begin like one', () => {
    const found = findTimeExpressions('The Marches and Junes of the decade saw Decembers of note; Jan said so.', pub);
    expect(found.filter((e) => e.period.start !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.period.start))).toEqual([]);
  });
});

describe('findTimeExpressions on text dense with dates', () => {
  const fragment = fc.oneof(
    fc.constantFrom(
      'Nov. 23',
      'Sept. 30, 2024',
      "Q3'24",
      '3Q24',
      '2024Q3',
      'the previous month',
      'a year earlier',
      'the same period of 2023',
      'the week ended ',
      'in the second',
      'the first quarter',
      'between September and October',
      'to start 2025',
      'at the end of the year',
      'the new numbers',
      '(',
      ')',
      ' from ',
      ', or ',
      '4.2%',
      '212,000',
      'Dec',
      'May',
      '🚢',
      'e\u0301',
      '. ',
      '\n',
    ),
    fc.integer({ min: 0, max: 3000 }).map(String),
    fc.string({ maxLength: 5 }),
  );
  const text = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(' '));
  const published = fc.option(fc.constantFrom('2024', '2024-11', '2025-01-10'), { nil: null });

  test.prop([text, published])('never throws, and every expression lies inside its sentence in order', (sentence, publishedAt) => {
    const found = findTimeExpressions(sentence, parsePublicationDate(publishedAt));
    let last = -1;
    for (const e of found) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(sentence.length);
      expect(e.start).toBeLessThan(e.end);
      expect(e.start).toBeGreaterThanOrEqual(last);
      last = e.end;
      if (e.period.start && e.period.end) expect(e.period.start <= e.period.end).toBe(true);
    }
  });

  it('gives no period that ends before it starts when the base of a change is later than the time named after it', () => {
    // Found by the property below: "from Nov. 23" is the base, "Q3'24" an earlier quarter.
    for (const publishedAt of ['2024', '2024-11', '2025-01-10']) {
      const { claims } = extract("Sales rose 4.2% from Nov. 23 Q3'24", { publishedAt, title: null });
      for (const c of claims) if (c.period?.start && c.period.end) expect(c.period.start <= c.period.end).toBe(true);
    }
  });

  test.prop([text, published])('extraction never throws and its quotes slice back out of the text', (body, publishedAt) => {
    const { claims } = extract(body, { publishedAt, title: null });
    const points = Array.from(body);
    for (const c of claims) {
      expect(points.slice(c.quote.start, c.quote.end).join('')).toBe(c.quote.exact);
      if (c.period?.start && c.period.end) expect(c.period.start <= c.period.end).toBe(true);
    }
  });
});
