import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const META = { publishedAt: '2024-08-05', title: 'Skylark traffic' };
const metricOf = (text: string, quote: string) => extract(text, META).claims.find((c) => c.quote.exact === quote)?.metric;

describe('a one-sentence line that opens by pointing back at the line before', () => {
  it.each([
    ['"The total represents …"', 'Skylark carried 15.1m passengers in July.\nThe total represents a 6% increase on the same month last year.'],
    ['"This is …"', 'Skylark carried 15.1m passengers in July.\nThis is a 6% increase on the same month last year.'],
  ])('%s continues its proposition', (_name, text) => {
    expect(metricOf(text, '6%')).toBe('passengers.skylark.growth.yoy');
  });
  it('"It beat the median … forecast" goes on about the line before, as the forecast of the same figure', () => {
    const text =
      'South Korea’s economy grew 0.6 per cent in the second quarter from the previous three months.\nIt beat the median 0.5 per cent rise forecast in a Reuters survey of economists.';
    const c = extract(text, { publishedAt: '2023-07-25', title: 'Korea economy' }).claims.find((x) => x.quote.exact === '0.5 per cent')!;
    expect(c.proposition).toMatchObject({ measure: 'gdp', subject: ['south-korea'], statType: 'change', modality: 'forecast' });
  });
  it('"… above expectations" is the outturn, not a forecast', () => {
    const text = 'South Korea’s economy grew 0.6 per cent above expectations in the second quarter from the previous three months.';
    const c = extract(text, { publishedAt: '2023-07-25', title: 'Korea economy' }).claims.find((x) => x.quote.exact === '0.6 per cent')!;
    expect(c.proposition?.modality).toBe('actual');
  });
  it('while a line that merely opens with "The total amount of …" is a sentence of its own', () => {
    const text = 'Skylark carried 15.1m passengers in July.\nThe total amount of cargo rose 6% on the same month last year.';
    expect(metricOf(text, '6%')).not.toBe('passengers.skylark.growth.yoy');
  });
});

describe('"the world’s busiest hub"', () => {
  it('is an epithet of the airport, not the world as the party measured', () => {
    const text =
      'Heathrow Airport handled 7.6 million passengers in July 2024.\nThe world’s busiest hub recorded 22.9 million passengers in the third quarter of 2024.';
    expect(metricOf(text, '22.9 million passengers')).not.toMatch(/\.world\./);
  });
});
