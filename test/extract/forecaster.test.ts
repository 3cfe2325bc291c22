import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { title: 'US payrolls', publishedAt: '2024-04-05' };
const of = (text: string, figure: string) => claimQuoted(text, figure, META);

describe('a forecast cited from a survey or an estimate names its forecaster', () => {
  const both =
    'Economists surveyed by Bloomberg had estimated that about 190,000 jobs were added in March, while a Reuters poll of economists had forecast 200,000.';

  it('so two surveys of one month are two forecasts, each a forecast of the same measure', () => {
    const bloomberg = of(both, 'about 190,000');
    const reuters = of(both, '200,000');
    expect(bloomberg.proposition?.modality).toBe('forecast');
    expect(reuters.proposition?.modality).toBe('forecast');
    expect(bloomberg.proposition?.measure).toBe(reuters.proposition?.measure);
    expect(bloomberg.metric).not.toBe(reuters.metric);
  });

  it.each([
    ['Payrolls rose by 303,000 in March, well above the Dow Jones estimate of 200,000.', '200,000'],
    ['Payrolls rose by 303,000 in March, against the 200,000 expected by Dow Jones economists.', '200,000'],
    ['Payrolls rose by 303,000 in March; the consensus from Dow Jones was 200,000.', '200,000'],
  ])('and the same forecaster in other words is the same forecast: %s', (text, figure) => {
    const named = of(text, figure);
    const reference = of('Payrolls rose by 303,000 in March, well above the Dow Jones estimate of 200,000.', '200,000');
    expect(named.proposition?.modality).toBe('forecast');
    expect(named.metric).toBe(reference.metric);
  });

  it('who ran the poll is the forecaster, never the party measured', () => {
    const text = 'Consumer prices in Poland rose 4.6% year on year in November. Economists polled by Reuters had expected 4.7%.';
    const forecast = claimQuoted(text, '4.7%', { title: 'Poland inflation', publishedAt: '2024-11-29' });
    expect(forecast.proposition?.subject).toEqual(['poland']);
    expect(forecast.proposition?.modality).toBe('forecast');
    expect(forecast.proposition?.basis).toContain('by-reuters');
  });

  it('but where the paragraph gave the measure to several parties, the poll names none of them', () => {
    const text =
      'The U.S. economy added 199,000 jobs in November, while Canada added 25,000 jobs. Economists polled by Reuters had forecast 180,000 in November.';
    const forecast = claimQuoted(text, '180,000', { title: 'Jobs reports', publishedAt: '2023-12-08' });
    expect(forecast.proposition?.subject).not.toEqual(['canada']);
    expect(forecast.proposition?.subject).not.toEqual(['united-states']);
  });

  it('while the outturn beside it stays an outturn', () => {
    const text = 'Payrolls rose by 303,000 in March, well above the Dow Jones estimate of 200,000.';
    expect(of(text, '303,000').proposition?.modality).toBe('actual');
    expect(of(text, '303,000').metric).not.toBe(of(text, '200,000').metric);
  });

  it.each([
    ['The World Bank forecast that Chile’s economy will grow 2.4% in 2026.', 'Chile’s economy is forecast to grow 2.4% in 2026.'],
    ['Economists had expected payrolls to rise by 200,000 in March.', 'Payrolls were expected to rise by 200,000 in March.'],
  ])('an institution’s own forecast, or one whose forecaster goes unnamed, is told the same with or without the name: %s', (named, unnamed) => {
    const figure = named.includes('2.4%') ? '2.4%' : '200,000';
    expect(of(named, figure).metric).toBe(of(unnamed, figure).metric);
  });
});

describe("the market's expectation, no one named, is not what the company or the agency forecast", () => {
  const at = { publishedAt: '2024-02-20', title: null };
  it.each([
    ["Walmart said it expects net sales in fiscal 2025 to grow between 3% and 4%, largely above analysts' expectations of a 3.4% rise.", '3.4%', '3% and 4%'],
    ['Walmart expects net sales to grow 3% to 4% in fiscal 2025, above the 3.4% analysts expected.', '3.4%', '3%'],
    [
      'Samsung said its third-quarter operating profit is expected to reach 9.1 trillion won, below the consensus estimate of 10.8 trillion won.',
      '10.8 trillion won',
      '9.1 trillion won',
    ],
  ])('%s', (text, expected, own) => {
    const consensus = claimQuoted(text, expected, at);
    const company = claimQuoted(text, own, at);
    expect(consensus.proposition?.basis ?? '').toMatch(/by-consensus/);
    expect(company.proposition?.basis ?? '').not.toMatch(/by-consensus/);
    expect(consensus.metric).not.toBe(company.metric);
  });

  it('while a named forecaster is named', () => {
    const c = claimQuoted("Walmart's fourth-quarter earnings per share beat the $1.64 consensus estimate from analysts surveyed by FactSet.", '$1.64', at);
    expect(c.proposition?.basis ?? '').toMatch(/by-factset/);
  });
});
