import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { findTimeExpressions, parsePublicationDate } from '../../src/extract/periods.js';
import { claimQuoted } from './claim-of.js';

/** Periods named against the day of publication: weekends run Friday to Sunday. */
const TIMES: Array<[string, { publishedAt: string; text: string; phrase: string; start: string | null; end?: string }]> = [
  [
    '"this weekend" on a Sunday is the weekend under way',
    { publishedAt: '2024-03-03', text: 'Ticket sales this weekend were strong.', phrase: 'this weekend', start: '2024-03-01', end: '2024-03-03' },
  ],
  [
    '"this weekend" on a Friday is the one starting',
    { publishedAt: '2024-03-01', text: 'Ticket sales this weekend were strong.', phrase: 'this weekend', start: '2024-03-01', end: '2024-03-03' },
  ],
  [
    '"the weekend" on a Wednesday is the one before',
    { publishedAt: '2024-03-06', text: 'Sales over the weekend were strong.', phrase: 'the weekend', start: '2024-03-01', end: '2024-03-03' },
  ],
  [
    '"last weekend" on a Tuesday is the one just past',
    { publishedAt: '2024-03-05', text: 'Sales last weekend were strong.', phrase: 'last weekend', start: '2024-03-01', end: '2024-03-03' },
  ],
  [
    '"last weekend" on a Saturday is the week before',
    { publishedAt: '2024-03-09', text: 'Sales last weekend were strong.', phrase: 'last weekend', start: '2024-03-01', end: '2024-03-03' },
  ],
  [
    '"its opening weekend" is the latest weekend',
    { publishedAt: '2024-03-04', text: 'The show sold out during its opening weekend.', phrase: 'opening weekend', start: '2024-03-01', end: '2024-03-03' },
  ],
  [
    '"on Thursday" is the last Thursday',
    { publishedAt: '2024-03-09', text: 'Previews on Thursday drew crowds.', phrase: 'on Thursday', start: '2024-03-07', end: '2024-03-07' },
  ],
  [
    '"last Friday" said on a Friday is a week back',
    { publishedAt: '2024-03-08', text: 'Stores were packed last Friday.', phrase: 'last Friday', start: '2024-03-01', end: '2024-03-01' },
  ],
  [
    '"yesterday" is the day before',
    { publishedAt: '2024-03-01', text: 'Queues formed yesterday.', phrase: 'yesterday', start: '2024-02-29', end: '2024-02-29' },
  ],
  [
    '"this week" runs Monday to Sunday',
    { publishedAt: '2024-03-07', text: 'Footfall rose this week.', phrase: 'this week', start: '2024-03-04', end: '2024-03-10' },
  ],
  [
    '"last week" is the week before',
    { publishedAt: '2024-03-07', text: 'Footfall rose last week.', phrase: 'last week', start: '2024-02-26', end: '2024-03-03' },
  ],
  // Not periods of a figure: when something was said, a day ahead, someone else's weekend, no publication day.
  ['"said on Monday" dates a statement', { publishedAt: '2024-03-07', text: 'The league said on Monday that crowds grew.', phrase: 'on Monday', start: null }],
  [
    '"will arrive on Thursday" lies ahead',
    { publishedAt: '2024-03-05', text: 'The band will arrive on Thursday for two shows.', phrase: 'on Thursday', start: null },
  ],
  [
    '"the opening weekend of" another work',
    { publishedAt: '2024-03-04', text: 'Not since the opening weekend of the 2019 sequel has a film done so well.', phrase: 'opening weekend', start: null },
  ],
  [
    'a text dated only by its month has no weekend',
    { publishedAt: '2024-03', text: 'Ticket sales this weekend were strong.', phrase: 'this weekend', start: null },
  ],
];

describe('periods relative to the publication day', () => {
  it.each(TIMES)('%s', (_name, { publishedAt, text, phrase, start, end }) => {
    const found = findTimeExpressions(text, parsePublicationDate(publishedAt)).find((e) => text.slice(e.start, e.end).includes(phrase));
    if (start === null) expect(found, JSON.stringify(found)).toBeUndefined();
    else expect([found?.period.start, found?.period.end]).toEqual([start, end]);
  });
});

interface WorkRow {
  publishedAt: string;
  text: string;
  figure: string;
  title?: string;
  /** The rendered metric key, or a test on the proposition. */
  metric?: string;
  subject?: string[] | null;
  period?: [string, string];
  comparable?: boolean;
}

/** A work named in quotes is the party of a box-office figure only where it is the figure's subject or owner. */
const WORKS: Array<[string, WorkRow]> = [
  [
    'a quoted title opening to a figure, this weekend',
    {
      publishedAt: '2021-10-24',
      text: '‘Dune’ opened to $41 million at the domestic box office this weekend.',
      figure: '$41 million',
      metric: 'box-office.domestic.work-dune.total',
      period: ['2021-10-22', '2021-10-24'],
      comparable: true,
    },
  ],
  [
    'another outlet, the day after, other words: the same proposition',
    {
      publishedAt: '2021-10-25',
      text: '“Dune” debuted with $41 million from theaters in the U.S. and Canada.',
      figure: '$41 million',
      metric: 'box-office.domestic.work-dune.total',
      period: ['2021-10-22', '2021-10-24'],
      comparable: true,
    },
  ],
  [
    'worldwide is another market',
    {
      publishedAt: '2021-10-24',
      text: '“Dune” took in $223 million worldwide at the box office this weekend.',
      figure: '$223 million',
      metric: 'box-office.worldwide.work-dune.total',
    },
  ],
  [
    'overseas is another market',
    {
      publishedAt: '2021-10-24',
      text: '“Dune” grossed $182 million overseas this weekend.',
      figure: '$182 million',
      metric: 'box-office.international.work-dune.total',
    },
  ],
  [
    'a country market',
    {
      publishedAt: '2021-10-24',
      text: 'The film “Dune” earned $21 million in China this weekend.',
      figure: '$21 million',
      metric: 'box-office.in-china.work-dune.total',
    },
  ],
  [
    'the second of two films in a headline-like sentence',
    {
      publishedAt: '2021-10-24',
      text: 'Box Office: ‘Dune’ Opens to $41 Million, ‘Halloween Kills’ Makes $14 Million Debut',
      figure: '$14 Million',
      subject: ['work-halloween-kills'],
    },
  ],
  [
    'a work after "behind" is not the party',
    {
      publishedAt: '2025-06-22',
      text: 'Behind ‘Jurassic World Rebirth’, the film ‘Elio’ took in $21 million this weekend.',
      figure: '$21 million',
      subject: ['work-elio'],
    },
  ],
  [
    'a relative clause is about the work before it',
    {
      publishedAt: '2025-06-22',
      text: '‘Elio’ opened to $21 million in theaters, behind ‘How to Train Your Dragon’, which took in $37 million.',
      figure: '$37 million',
      subject: ['work-how-to-train-your-dragon'],
    },
  ],
  [
    'a figure right after a work set against another is nobody’s',
    {
      publishedAt: '2021-10-24',
      text: '‘Dune’ opened this weekend ahead of “Halloween Kills” with $14 million.',
      figure: '$14 million',
      subject: null,
    },
  ],
  [
    'two works joined own no single figure',
    { publishedAt: '2021-10-24', text: '“Dune” and “No Time to Die” took in $100 million this weekend.', figure: '$100 million', subject: null },
  ],
  [
    '"the film" points back to the work of the sentence before',
    {
      publishedAt: '2021-10-25',
      text: '“Dune” arrived in 4,125 theaters. The sci-fi film took in $41 million in its opening weekend.',
      figure: '$41 million',
      subject: ['work-dune'],
      period: ['2021-10-22', '2021-10-24'],
    },
  ],
  [
    '"it" mid-sentence does not reach back past a name of its own sentence',
    {
      publishedAt: '2021-10-25',
      text: '“Dune” arrived in 4,125 theaters. Rival Tenet opened the same day, and it was right behind “Dune” with $20 million.',
      figure: '$20 million',
      subject: null,
    },
  ],
  [
    'in a text about releases, a name that brings in money is a work',
    {
      publishedAt: '2023-07-24',
      text: 'Oppenheimer brought in $80.5 million at the box office this weekend.',
      figure: '$80.5 million',
      metric: 'box-office.domestic.work-oppenheimer.total',
    },
  ],
  [
    'a studio that takes in money is no work',
    { publishedAt: '2023-07-24', text: 'At the box office, Warner Bros. made $155 million this weekend.', figure: '$155 million', subject: null },
  ],
  [
    'outside a text about releases, a company that earns is no work',
    { publishedAt: '2024-01-30', text: 'Tesla earned $2.5 billion in the fourth quarter.', figure: '$2.5 billion', subject: null },
  ],
  [
    'a quoted name outside a text about releases is no work',
    {
      publishedAt: '2024-05-20',
      text: 'Under the “Belt and Road Initiative” it made $1.2 trillion in loans.',
      figure: '$1.2 trillion',
      subject: null,
    },
  ],
  [
    'a title spelling a country is the work, not the country',
    { publishedAt: '1985-12-22', text: '‘Brazil’ grossed $9 million this weekend.', figure: '$9 million', subject: ['work-brazil'] },
  ],
  [
    'a pre-release estimate is a forecast',
    {
      publishedAt: '2021-10-24',
      text: 'The film “Dune” opened to $41 million, beating estimates of $35 million.',
      figure: '$35 million',
      metric: 'box-office.domestic.work-dune.total.forecast',
    },
  ],
  [
    'beating expectations is still an outturn',
    {
      publishedAt: '2021-10-24',
      text: 'The film “Dune” soared past expectations, taking in $41 million this weekend.',
      figure: '$41 million',
      metric: 'box-office.domestic.work-dune.total',
    },
  ],
  [
    'an opening in a named year keeps its year',
    {
      publishedAt: '2023-07-24',
      text: 'She starred in the film “Suicide Squad,” which opened to $133 million in 2016.',
      figure: '$133 million',
      metric: 'box-office.domestic-opening-weekend.work-suicide-squad.total',
      period: ['2016-01-01', '2016-12-31'],
    },
  ],
  [
    'a record set in a named year is not this weekend and not compared',
    {
      publishedAt: '2023-07-24',
      text: 'The studio’s record is $169 million in box-office takings, set by “Frozen II” in 2019.',
      figure: '$169 million',
      subject: ['work-frozen-ii'],
      period: ['2019-01-01', '2019-12-31'],
      comparable: false,
    },
  ],
  [
    'an opening in a text dated by its month: the month stands for the weekend',
    {
      publishedAt: '2021-10',
      text: '‘Dune’ opened to $41 million at the domestic box office.',
      figure: '$41 million',
      metric: 'box-office.domestic-opening-weekend.work-dune.total',
      period: ['2021-10-01', '2021-10-31'],
      comparable: true,
    },
  ],
  [
    'a figure added to the opening just given is of the opening too',
    {
      publishedAt: '2021-10',
      text: '“Dune” opened to $41 million at the North American box office. It also grossed $54 million overseas.',
      figure: '$54 million',
      metric: 'box-office.international-opening-weekend.work-dune.total',
      comparable: true,
    },
  ],
  [
    'a later running total is not',
    {
      publishedAt: '2021-11',
      text: '“Dune” opened to $41 million at the North American box office. It has grossed $300 million worldwide to date.',
      figure: '$300 million',
      comparable: false,
    },
  ],
  [
    'a weekend in a text dated by its month is not compared',
    { publishedAt: '2021-10', text: '“Dune” took in $20 million this weekend.', figure: '$20 million', comparable: false },
  ],
  [
    'a running total "so far" is not compared',
    { publishedAt: '2021-10-24', text: '“Dune” has taken in $223 million worldwide so far.', figure: '$223 million', comparable: false },
  ],
  [
    'a takings figure in pounds names no market and is not compared',
    { publishedAt: '2024-03-03', text: '‘Wonka’ opened to £4 million this weekend.', figure: '£4 million', comparable: false },
  ],
  [
    'a production budget is a measure of its own, never dated by the publication year',
    {
      publishedAt: '2023-07-24',
      text: 'The film “Oppenheimer” had a budget of $100 million.',
      figure: '$100 million',
      metric: 'production-budget.work-oppenheimer.total',
      comparable: false,
    },
  ],
  [
    'a headline figure takes the market the text gives the same value',
    {
      publishedAt: '2021-10-24',
      title: 'Box office: “Dune” makes $223 million debut',
      text: '“Dune” took in $223 million worldwide at the box office this weekend.',
      figure: '$223 million',
      metric: 'box-office.worldwide.work-dune.total',
    },
  ],
];

describe('works as the parties of box-office figures', () => {
  it.each(WORKS)('%s', (_name, row) => {
    const claim = claimQuoted(row.text, row.figure, { publishedAt: row.publishedAt, title: row.title ?? null });
    if (row.metric) expect(claim.metric).toBe(row.metric);
    if (row.subject !== undefined) {
      if (row.subject === null) expect(claim.proposition?.subject.some((s) => s.startsWith('work-')) ?? false, claim.metric ?? '').toBe(false);
      else expect(claim.proposition?.subject).toEqual(row.subject);
    }
    if (row.period) expect([claim.period?.start, claim.period?.end]).toEqual(row.period);
    if (row.comparable !== undefined) expect(claim.comparable).toBe(row.comparable);
  });

  it('gives the same film from two outlets one key and the same weekend, and two films two keys', () => {
    const a = extract('‘Dune’ opened to $41 million in theaters this weekend. “Halloween Kills” took in $14 million.', {
      publishedAt: '2021-10-24',
      title: null,
    });
    const b = extract('Over the weekend, “Dune” took in $40.1 million at the North American box office.', { publishedAt: '2021-10-26', title: null });
    const dune = a.claims.find((c) => c.quote.exact === '$41 million')!;
    const halloween = a.claims.find((c) => c.quote.exact === '$14 million')!;
    const other = b.claims.find((c) => c.quote.exact === '$40.1 million')!;
    expect(other.metric).toBe(dune.metric);
    expect(other.period).toEqual(dune.period);
    expect(halloween.metric).not.toBe(dune.metric);
  });
});

describe('an event held, dated by its year', () => {
  it('"The 96th Academy Awards was a commercial success with 19.5 million viewers", under "Oscars 2024", in March 2024, is of the ceremony held', () => {
    const c = claimQuoted(
      'Oscars 2024 hit ratings high of 19.5 million viewers\n\nThe 96th Academy Awards was a commercial success with a ratings high of 19.5 million viewers.',
      '19.5 million viewers',
      { publishedAt: '2024-03-12', title: 'Oscars 2024 hit ratings high of 19.5 million viewers' },
    );
    expect(c.proposition).toMatchObject({ measure: 'viewers', subject: ['academy-awards'], modality: 'actual' });
    expect(c.comparable).toBe(true);
  });

  it('an event of the year still ahead, told in the future tense, is a projection', () => {
    const c = claimQuoted('Oscars 2025 preview\n\nThe 97th Academy Awards will be watched by 20 million viewers, ABC expects.', '20 million viewers', {
      publishedAt: '2025-01-12',
      title: 'Oscars 2025 preview',
    });
    expect(c.proposition).toMatchObject({ measure: 'viewers', subject: ['academy-awards'] });
    expect(c.proposition!.modality).not.toBe('actual');
  });

  it('a past tense in another clause of the sentence ("… when 23.6 million tuned in") makes no event held of a figure that may come', () => {
    const c = claimQuoted(
      'Oscars 2024 outlook\n\nThe 2024 Oscars may draw 20 million viewers, the most since 2020, when 23.6 million tuned in.',
      '20 million viewers',
      { publishedAt: '2024-02-20', title: 'Oscars 2024 outlook' },
    );
    expect(c.proposition).toMatchObject({ measure: 'viewers', subject: ['academy-awards'] });
    expect(c.proposition!.modality).not.toBe('actual');
  });
});
