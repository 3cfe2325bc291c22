import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const ids = (sentence: string) => findMentions(sentence).entities.map((e) => e.id);

describe('a demonym or country opening a company’s own name is part of the name', () => {
  it.each([
    ['Net income at American Airlines Group Inc. rose to $942 million.', 'american-airlines', 'united-states'],
    ['British Airways flew 40 million passengers.', 'british-airways', 'united-kingdom'],
    ['China Eastern Airlines carried 11 million passengers.', 'china-eastern-airlines', 'china'],
  ])('%s', (sentence, company, country) => {
    expect(ids(sentence)).toContain(company);
    expect(ids(sentence)).not.toContain(country);
  });

  it('a demonym before a common noun is still the country', () => {
    expect(ids('Chinese exports rose 7% in 2023.')).toContain('china');
  });

  it('the company’s figures are not the country’s, nor dated by the country’s fiscal year', () => {
    const c = claimQuoted('Net income at American Airlines Group Inc. was $942 million in 2013.', '$942 million', {
      publishedAt: '2014-01-28',
      title: 'Airline profits',
    });
    expect(c.metric).toMatch(/^profit\.american-airlines\./);
    expect(c.period?.start).toBe('2013-01-01');
  });
});

describe('one company written with or without its legal form or web address is one party', () => {
  const meta = { publishedAt: '2024-02-02', title: 'Quarterly results' };
  const subjectOf = (opening: string) =>
    claimQuoted(`${opening} reported net sales of $170.0 billion in the fourth quarter of 2023.`, '$170.0 billion', meta).proposition?.subject;

  it.each(['Amazon.com, Inc.', 'Amazon.com Inc.', 'Amazon.com', 'Amazon'])('"%s" is Amazon', (opening) => {
    expect(subjectOf(opening)).toEqual(['amazon']);
  });

  it.each(['Widgets, Inc.', 'Widgets Inc', 'Widgets Corp.', 'Widgets S.A.', 'Widgets SE'])('"%s" is Widgets', (opening) => {
    expect(subjectOf(opening)).toEqual(['widgets']);
  });

  it('a survey named by its web address is the forecaster, not the party', () => {
    const c = claimQuoted('Nvidia announced earnings per share of $5.16. Analysts polled by Investing.com anticipated EPS of $4.64.', '$4.64', meta);
    expect(c.proposition?.subject).toEqual(['nvidia']);
    expect(c.proposition?.modality).toBe('forecast');
  });
});

describe('"the world’s number two shipping operator" is an epithet, not the world', () => {
  it('names no party', () => {
    expect(ids('The world’s number two shipping operator expects profit of $5.5 billion.')).not.toContain('world');
  });
});

describe('a statistic or publication named in capitals, and a modifier opening a sentence, are no parties', () => {
  it('"The Corelogic Home Price Index showed …" reports on the country, it is not the party', () => {
    const c = claimQuoted('The Corelogic Home Price Index showed that home prices climbed 6 percent in 2016.', '6 percent', {
      publishedAt: '2017-01-06',
      title: 'U.S. home prices rise',
    });
    expect(c.metric).toMatch(/^house-prices\.united-states\./);
  });

  it('"Consolidated vehicle sales" are the company’s, not those of a party called Consolidated', () => {
    const c = claimQuoted('Toyota reported its results. Consolidated vehicle sales reached 6,809,000 units in 2009.', '6,809,000 units', {
      publishedAt: '2010-05-11',
      title: 'Toyota results',
    });
    expect(c.metric).toMatch(/^sales\.toyota\./);
  });
});

describe('"the group" read as the company named before', () => {
  const META = { publishedAt: '2024-01-11', title: 'Airbus reports record orders in 2023' };
  it('is that company, not a part of it whose figure names no party', () => {
    const text =
      'Airbus obtained 2,319 gross orders last year.\nThe group said it had delivered 735 aircraft in 2023 with an order book comprising 8,598 aircraft.';
    const claims = extract(text, META).claims;
    for (const quote of ['735 aircraft', '8,598 aircraft']) {
      const c = claims.find((x) => x.quote.exact === quote);
      expect(c?.proposition?.subject, quote).toEqual(['airbus']);
      expect(c?.comparable, quote).toBe(true);
    }
  });
  it('while "the sector" of a jobs report is still a part no party is named for', () => {
    const c = extract('Employment in health care rose. The sector added 57,000 jobs a month in 2024.', {
      publishedAt: '2025-01-11',
      title: 'Jobs report',
    }).claims.find((x) => x.quote.exact.startsWith('57,000'));
    expect(c?.proposition?.subject ?? []).toEqual([]);
  });
});

describe('a possessive after a company’s abbreviated legal form is no word of what is measured', () => {
  it('"Toyota Motor Corp.\'s global sales" are Toyota’s sales with no facet "s"', () => {
    const c = claimQuoted("Toyota Motor Corp.'s global sales rose 7.2% to a record 11.2 million vehicles last year.", '11.2 million vehicles', {
      publishedAt: '2024-01-30',
    });
    expect(c.proposition).toMatchObject({ measure: 'sales', subject: ['toyota'], facets: [] });
    expect(c.metric).toBe(
      claimQuoted("Toyota's global sales rose 7.2% to a record 11.2 million vehicles last year.", '11.2 million vehicles', { publishedAt: '2024-01-30' })
        .metric,
    );
  });
});
