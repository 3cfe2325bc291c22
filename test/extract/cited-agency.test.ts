import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('an agency cited as the source of a figure is not its party before the text’s own', () => {
  const META = { publishedAt: '2025-03-03', title: 'Annual inflation in the euro area eases in February' };
  it.each([
    'According to Eurostat data, consumer prices increased 2.4% year over year in February.',
    'Consumer prices increased 2.4% year over year in February, Eurostat data showed.',
  ])('%s', (text) => {
    expect(claimQuoted(text, '2.4%', META).metric).toBe('inflation.euro-area.rate');
  });

  it('but stands for its jurisdiction when nothing else names a party', () => {
    const c = claimQuoted('According to Eurostat data, consumer prices increased 2.6% year over year in February.', '2.6%', {
      publishedAt: '2025-03-03',
      title: 'Prices in February',
    });
    expect(c.metric).toBe('inflation.european-union.rate');
  });
});

describe('a statistics bureau named without its country is cited, never measured', () => {
  const LEAD = "China's GDP posted a growth of 5.2 percent in 2023, data from the National Bureau of Statistics (NBS) showed.\n\n";
  it.each([
    `${LEAD}The country's GDP reached a record of 126.06 trillion yuan in 2023, the NBS data showed.`,
    `${LEAD}The country's GDP reached a record of 126.06 trillion yuan in 2023, the National Bureau of Statistics said.`,
  ])('%s', (text) => {
    const c = claimQuoted(text, '126.06 trillion yuan', { publishedAt: '2024-01-17', title: "China's GDP expands 5.2 pct in 2023" });
    expect(c.proposition?.subject).toEqual(['china']);
  });
});

describe('a data firm or market tracker that compiles or reports a figure is cited, never measured', () => {
  it.each([
    ['Analysts polled by FactSet had expected inflation in the euro zone to ease to 2.8% in March.', '2.8%', 'euro-area'],
    ['Economists polled by LSEG expected inflation of 2.8% in March in the euro zone.', '2.8%', 'euro-area'],
  ])('%s', (text, quote, party) => {
    const c = claimQuoted(text, quote, { publishedAt: '2025-04-02', title: 'Figures' });
    expect(c.proposition?.subject).toEqual([party]);
  });
  it('and a consensus it compiled for a company the text has not yet named stays without a party', () => {
    const c = claimQuoted('A consensus compiled by Zacks Investment Research expected revenue of $4.5 billion at Nokia for the quarter.', '$4.5 billion', {
      publishedAt: '2025-04-02',
      title: 'Figures',
    });
    expect(c.proposition?.subject ?? []).not.toContain('zacks-investment-research');
  });
});
