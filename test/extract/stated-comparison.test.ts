import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const META = { publishedAt: '2025-02-17' };
const quoted = (text: string, quote: string): ExtractedClaim => claimQuoted(text, quote, META, { exact: true });

describe('a release story states once what its changes of a quarter are measured against', () => {
  const ANNUALISED =
    'The economy of Sylvania contracted at an annualised 1.2% in the fourth quarter of 2024. Household spending in Sylvania fell 0.9% in the fourth quarter of 2024.';
  const QOQ =
    'The economy of Sylvania shrank 0.3% quarter on quarter in the fourth quarter of 2024. Household spending in Sylvania fell 0.9% in the fourth quarter of 2024.';
  const BOTH =
    'The economy of Sylvania shrank 0.3% quarter on quarter in the fourth quarter of 2024. The economy of Sylvania contracted at an annualised 1.2% in the fourth quarter of 2024. Household spending in Sylvania fell 0.9% in the fourth quarter of 2024.';
  const ROWS: Array<[string, string, string | null]> = [
    ['an article stating annualised changes', ANNUALISED, 'annualized'],
    ['an article stating changes on the quarter', QOQ, 'qoq'],
  ];
  it.each(ROWS)('%s: a later change of the quarter that leaves it unsaid takes it', (_name, text, basis) => {
    const c = quoted(text, '0.9%');
    expect(c.proposition?.basis).toBe(basis);
    expect(c.metric).toMatch(new RegExp(`\\.${basis}$`));
  });

  it('an article stating two leaves an unsaid one unsaid', () => {
    expect(quoted(BOTH, '0.9%').proposition?.basis).toBe('comparison-unstated');
  });

  it('an earlier estimate or a forecast is stated in its own terms, not the release’s', () => {
    const text =
      'The economy of Sylvania shrank 0.3% quarter on quarter in the fourth quarter of 2024. The statistics office revised down an earlier estimate of a drop of 0.1% in the fourth quarter of 2024.';
    expect(quoted(text, '0.1%').proposition?.basis).not.toBe('qoq');
  });

  it('"compared with the same period of" the year before is year on year', () => {
    const text = 'Sylvanian output was down 0.8 percent in the third quarter of 2024 compared with the same period of 2023.';
    expect(quoted(text, '0.8 percent').proposition?.basis).toBe('yoy');
  });
});

describe('a company reports its quarter or month against the same one a year before', () => {
  const at = (text: string, quote: string) => claimQuoted(text, quote, { publishedAt: '2024-07-31', title: 'Microsoft results' }, { exact: true });
  it.each([
    ['Microsoft said revenue grew 15% to $64.7 billion in the fourth quarter.', '15%', 'revenue.microsoft.growth.yoy'],
    ['Samsung Electronics said its operating profit rose 1,458% in the second quarter.', '1,458%', 'operating-profit.samsung.growth.yoy'],
    ['Ryanair carried 20.2 million passengers in July, up 11%.', '11%', 'passengers.ryanair.growth.yoy'],
  ])('a change of its own figure that states no comparison is on the year before: %s', (text, quote, metric) => {
    const c = at(text, quote);
    expect(c.metric).toBe(metric);
    expect(c.comparable).toBe(true);
  });
  it('says so when it compares with the quarter before', () => {
    expect(at('Microsoft said revenue grew 4% from the previous quarter in the fourth quarter.', '4%').proposition?.basis).toBe('qoq');
  });
  it('how its shares moved in a day is no change on a year before', () => {
    const c = at('Microsoft shares fell 7% in the fourth quarter.', '7%');
    expect(c.proposition?.basis ?? '').not.toContain('yoy');
  });
  it('a country’s quarter keeps its comparison unsaid: agencies differ in what they state', () => {
    expect(
      claimQuoted('The economy of Sylvania grew 0.4% in the second quarter.', '0.4%', { publishedAt: '2024-07-31', title: 'Sylvania GDP' }, { exact: true })
        .proposition?.basis,
    ).toBe('comparison-unstated');
  });
});

describe('a country’s quarter is stated as its statistics office states it', () => {
  const at = (text: string, quote: string) => claimQuoted(text, quote, { publishedAt: '2024-06-01', title: 'Economy' }, { exact: true });
  it.each([
    ["India's economy grew 7.8% in the January-March quarter.", '7.8%', 'gdp.india.growth.yoy'],
    ["China's economy grew 5.3% in the first quarter.", '5.3%', 'gdp.china.growth.yoy'],
    ['The US economy grew 1.4% in the first quarter.', '1.4%', 'gdp.united-states.growth.annualized'],
    ["South Korea's economy grew 0.6% in the second quarter.", '0.6%', 'gdp.south-korea.growth.qoq'],
    ["Australia's economy grew 0.1% in the March quarter.", '0.1%', 'gdp.australia.growth.qoq'],
    ["Germany's economy shrank 0.3% in the fourth quarter.", '0.3%', 'gdp.germany.growth.qoq'],
    ["Singapore's economy grew 2.7% in the first quarter.", '2.7%', 'gdp.singapore.growth.yoy'],
    ["Brazil's economy grew 0.8% in the first quarter.", '0.8%', 'gdp.brazil.growth.qoq'],
    ['The euro area economy grew 0.3% in the first quarter.', '0.3%', 'gdp.euro-area.growth.qoq'],
  ])('where its office states one comparison in its headline: %s', (text, quote, metric) => {
    const c = at(text, quote);
    expect(c.metric).toBe(metric);
    expect(c.comparable).toBe(true);
  });
  it('words that say another comparison win', () => {
    expect(at("China's economy grew 1.6% quarter on quarter in the first quarter.", '1.6%').proposition?.basis).toBe('qoq');
  });
  it('a change of its month, or of a measure no convention is known for, stays unsaid', () => {
    expect(at("India's industrial output grew 4.9% in March.", '4.9%').proposition?.basis).toBe('comparison-unstated');
    expect(at("Mexico's industrial production grew 0.2% in the first quarter.", '0.2%').proposition?.basis).toBe('comparison-unstated');
    // (Japan's news leads as often with the annualised rate as with the change on the quarter before.)
    expect(at("Japan's economy shrank 0.5% in the first quarter.", '0.5%').proposition?.basis).toBe('comparison-unstated');
  });
});
