import { describe, expect, it } from 'vitest';
import { splitPassages } from '../../src/extract/passages.js';
import { findQuantities } from '../../src/extract/quantities.js';
import { claimQuoted } from './claim-of.js';

describe('an outturn set against what was expected, and what a stock gained or lost', () => {
  it('"grew by better-than-expected 8.4 per cent" is the outturn, not a forecast', () => {
    const text = 'India’s economy grew by better-than-expected 8.4 per cent in the final three months of 2023.';
    const claim = claimQuoted(text, '8.4 per cent', { publishedAt: '2024-02-29', title: 'India GDP' });
    expect(claim.proposition?.modality).toBe('actual');
  });

  it('"has increased by a record 659,800" and "lost 11.7 million subscribers" are changes of a stock', () => {
    const grew = claimQuoted('Over the past year, Australia’s population has increased by a record 659,800.', '659,800', {
      publishedAt: '2024-03-21',
      title: 'Population',
    });
    expect(grew.proposition?.statType).toBe('change');
    const lost = claimQuoted('Disney+ lost 11.7 million subscribers in the quarter.', '11.7 million', { publishedAt: '2023-08-10', title: 'Disney' });
    expect(lost.proposition?.statType).toBe('change');
  });

  it('"(2.5 per cent)." closing a sentence is a percentage', () => {
    expect(findQuantities('It increased by 659,800 (2.5 per cent).')[1]).toMatchObject({ value: 2.5, unit: 'percent' });
  });
});

describe('who a company is, however it is described', () => {
  it('"The U.S. planemaker" is the American planemaker the text named, not the United States', () => {
    const text = 'Boeing said on Tuesday it delivered 157 jets in the fourth quarter.\nThe U.S. planemaker delivered 528 aircraft in 2023.';
    const claim = claimQuoted(text, '528 aircraft', { publishedAt: '2024-01-10', title: 'Boeing deliveries rise' });
    expect(claim.proposition?.subject).toEqual(['boeing']);
  });

  it('a stock code after a company’s name ends no sentence: "Toyota Motor 7203.T sold …"', () => {
    const text = 'Toyota Motor 7203.T sold a record 11.2 million vehicles in 2023, it said on Tuesday.';
    expect(splitPassages(text)).toHaveLength(1);
    expect(claimQuoted(text, '11.2 million', { publishedAt: '2024-01-30', title: 'Toyota sales' }).proposition?.subject).toEqual(['toyota']);
    // (A number closing a sentence run together with the next stays two sentences.)
    expect(splitPassages('Sales hit 500.A new high followed.')).toHaveLength(2);
  });

  it('"Volkswagen AG of Germany" is Volkswagen, based in Germany', () => {
    const text = 'Archrival Volkswagen AG of Germany sold 9.24 million cars in 2023.';
    expect(claimQuoted(text, '9.24 million', { publishedAt: '2024-01-30', title: 'Carmakers' }).proposition?.subject).toEqual(['volkswagen']);
  });
});

describe('times told by the words around a figure', () => {
  const meta = { publishedAt: '2024-01-10', title: 'Copper output' };

  it('"the following year" and "in the subsequent year" are the year after the one at hand', () => {
    const following = 'Codelco expects output of 1.35 million tons this year and 1.52 million tons the following year.';
    expect(claimQuoted(following, '1.52 million', meta).period).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
    const subsequent = 'Codelco expects output of 1.35 million tons in 2026, followed by 1.52 million tons in the subsequent year.';
    expect(claimQuoted(subsequent, '1.52 million', meta).period).toMatchObject({ start: '2027-01-01', end: '2027-12-31' });
    const later = 'Sales rose to 5 million cars in 2021 and to 6 million cars a year later.';
    expect(claimQuoted(later, '6 million', meta).period).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('"the highest total since 2014 when it listed 1,796": 1,796 is of 2014', () => {
    const text = 'Airbus recorded gross orders for 2,319 aircraft, the highest gross total since 2014 when it listed 1,796.';
    expect(claimQuoted(text, '1,796', { publishedAt: '2024-01-11', title: 'Airbus orders' }).period).toMatchObject({
      start: '2014-01-01',
      end: '2014-12-31',
    });
  });

  it('a figure after a year a level is set against is that year’s only where the words state the level', () => {
    const meta2 = { publishedAt: '2025-01-20', title: 'Tourism' };
    const both = 'Europe saw 747 million international arrivals in 2024 (+1% above 2019 levels and 5% over 2023).';
    expect(claimQuoted(both, '5%', meta2).period).toMatchObject({ start: '2024-01-01', end: '2024-12-31' });
    const stated = 'Changi handled 58.9 million passengers in 2023, or 86% of 2019 levels, when 68.3 million passengers passed through.';
    expect(claimQuoted(stated, '68.3 million', meta2).period).toMatchObject({ start: '2019-01-01', end: '2019-12-31' });
  });
});

describe('a year a change is compared with, and the level it moved', () => {
  const meta = { publishedAt: '2024-01-12', title: 'Heathrow traffic' };

  it('"a rise of 28.5 per cent compared to 2022", in January 2024, is of 2023, and so is the level it follows', () => {
    const text = 'Heathrow handled 79.2 million passengers, a rise of 28.5 per cent compared to 2022.';
    for (const figure of ['28.5 per cent', '79.2 million'])
      expect(claimQuoted(text, figure, meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });
});

describe('an index of prices, and a percentage set against a month’s level of another year', () => {
  it('"The FAO Food Price Index averaged 118.5 points in December, … 10.1 percent below December 2022 levels"', () => {
    const text = 'The FAO Food Price Index averaged 118.5 points in December, down 1.5 percent from November and 10.1 percent below December 2022 levels.';
    const meta = { publishedAt: '2024-01-06', title: 'World food prices' };
    expect(claimQuoted(text, '118.5 points', meta).proposition).toMatchObject({ measure: 'food-prices', subject: ['world'], statType: 'level' });
    const yearOnYear = claimQuoted(text, '10.1 percent', meta);
    expect(yearOnYear.value).toBe(-10.1);
    expect(yearOnYear.proposition?.basis ?? '').not.toMatch(/mom/);
    expect(claimQuoted(text, '1.5 percent', meta).proposition?.basis).toBe('mom');
  });

  it('"Net overseas migration was 548,800 people" is net migration', () => {
    const text = 'Australia’s net overseas migration was 548,800 people in the year to September 2023.';
    expect(claimQuoted(text, '548,800', { publishedAt: '2024-03-21', title: 'Population' }).proposition?.measure).toBe('net-migration');
  });
});

describe('a broader word in a text that has named the narrower measure', () => {
  it('"arrivals" in a text about tourists, which names no migrants, are visitors, wherever the text named them', () => {
    const text =
      'An estimated 1.4 billion international tourists travelled in 2024, UN Tourism said.\nWith 95 million arrivals, the Middle East remained the strongest-performing region.';
    const claim = claimQuoted(text, '95 million', { publishedAt: '2025-01-21', title: 'Global tourism nears pre-pandemic levels' });
    expect(claim.proposition?.measure).toBe('visitors');
  });

  it('a text that also names immigration by its own words keeps "arrivals" as immigration', () => {
    const text = 'Tourists kept coming in 2023, but so did 157,000 migrants arriving by sea.\nItaly recorded 150,000 arrivals in 2023.';
    const claim = claimQuoted(text, '150,000', { publishedAt: '2024-02-02', title: 'Migration to Italy' });
    expect(claim.proposition?.measure).toBe('immigration');
  });
});

describe('"the past year" of a text about twelve months it has named', () => {
  it('in March 2024, after "the year to September 2023", is the twelve months to September 2023', () => {
    const text =
      'Australia’s population grew to 26.8 million in the year to September 2023, the ABS said.\nOver the past year, the country’s population has increased by a record 659,800.';
    const claim = claimQuoted(text, '659,800', { publishedAt: '2024-03-21', title: 'Population booms' });
    expect(claim.period?.end).toBe('2023-09-30');
  });

  it('is not a year the sentence sets it against, nor one long before the publication', () => {
    const meta = { publishedAt: '2024-01-15', title: 'German economy' };
    const against = 'Germany had seen GDP growth of 1.8% in 2022 but slowed considerably during the past year.\nThe inflation rate for the year was 5.9%.';
    expect(claimQuoted(against, '5.9%', meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    const old = 'Sales were 5 million cars in 2019.\nOver the past year, sales rose 4%.';
    expect(claimQuoted(old, '4%', { publishedAt: '2024-06-10', title: 'Car sales' }).period?.end).toMatch(/^2024-/);
  });
});

describe('a percentage in brackets after a change', () => {
  it('"increased by 659,800 (2.5 per cent)" is the same change as a percentage, not a share of the population', () => {
    const text = 'Australia’s population increased by 659,800 (2.5 per cent) in the year to September 2023.';
    const claim = claimQuoted(text, '2.5 per cent', { publishedAt: '2024-03-21', title: 'Population' });
    expect(claim.proposition).toMatchObject({ measure: 'population', subject: ['australia'], statType: 'change' });
  });
});

describe('a place that describes an airport', () => {
  it('"passed through the west-London hub" are the airport’s passengers, not the United Kingdom’s', () => {
    const text =
      'Heathrow said 79.2 million passengers travelled through the airport in 2023.\nSome 6.6m passengers passed through the west-London hub last month.';
    const claim = claimQuoted(text, 'Some 6.6m', { publishedAt: '2024-01-11', title: 'Heathrow passenger numbers hit record in 2023' });
    expect(claim.proposition?.subject).toEqual(['heathrow-airport']);
  });
});

describe('an airport’s year after a month, and its routes', () => {
  const meta = { publishedAt: '2024-01-11', title: 'Heathrow' };
  const text =
    'Heathrow had its busiest December yet, with 6.6 million people passing through.\n\nIt brought the annual passenger total for Heathrow to 79.1 million, a rise of 28.5 per cent compared to 2022.\n\nThe west London airport said it now has 24 routes that serve more than a million passengers a year.';

  it('"the annual passenger total … a rise of 28.5 per cent compared to 2022", after a paragraph on December, is 2023', () => {
    for (const figure of ['79.1 million', '28.5 per cent'])
      expect(claimQuoted(text, figure, meta).period).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('"24 routes" are routes served, not passengers, of the airport "the west London airport" is', () => {
    expect(claimQuoted(text, '24 routes', meta).proposition).toMatchObject({ measure: 'destinations', subject: ['heathrow-airport'] });
  });
});

describe('a clause that "which" opens after a name', () => {
  it('"Boeing lagged its rival Airbus, which delivered 735 jets in 2023": the jets are Airbus’s', () => {
    const meta = { publishedAt: '2024-01-10', title: 'Boeing deliveries' };
    expect(claimQuoted('Boeing lagged its rival Airbus, which delivered 735 jets in 2023.', '735 jets', meta).proposition?.subject).toEqual(['airbus']);
    const text =
      'Boeing’s orders and deliveries will be eclipsed by its European rival Airbus, which beat its delivery target in 2023 with 735 deliveries, sources have said.';
    expect(claimQuoted(text, '735 deliveries', meta).proposition?.subject).toEqual(['airbus']);
  });
});

describe('what visitors spent', () => {
  const meta = { publishedAt: '2024-02-02', title: 'Spain tourism record' };

  it('"tourists, who spent 108.7 billion euros" and "expenditure by these visitors" are tourism revenue, not government spending', () => {
    const spent = 'Spain received 85.1 million foreign tourists in 2023, who spent 108.7 billion euros.';
    expect(claimQuoted(spent, '108.7 billion', meta).proposition?.measure).toBe('tourism-revenue');
    const expenditure = 'The total expenditure by these visitors reached 108.6 billion euros in 2023.';
    expect(claimQuoted(expenditure, '108.6 billion', meta).proposition?.measure).toBe('tourism-revenue');
  });

  it('a budget story that names tourism revenue once keeps its spending the government’s', () => {
    const text = 'Tourism revenue fell 5% in 2023.\n\nThe government plans spending of 500 billion euros in 2025.';
    expect(claimQuoted(text, '500 billion', { publishedAt: '2024-02-02', title: 'Budget' }).proposition?.measure).toBe('government-spending');
  });
});
