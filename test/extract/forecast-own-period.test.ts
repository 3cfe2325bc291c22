import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

const quoted = (text: string, quote: string, publishedAt: string): ExtractedClaim => claimQuoted(text, quote, { publishedAt }, { exact: true });

describe('a forecast is of the time its own clause says', () => {
  const ROWS: Array<[string, string, string, string, string, string]> = [
    [
      'the second half of the year, with "last year’s" qualifying a noun',
      'UK inflation is expected to rise to about 2.6% in the second half of the year as last year’s energy price falls drop out.',
      'about 2.6%',
      '2025-08',
      '2025-07-01',
      '2025-12-31',
    ],
    [
      'the months ahead, after a sentence about May',
      'UK inflation fell to 2.1% in May 2025. Over the coming months UK inflation will probably climb to 2.9%.',
      '2.9%',
      '2025-08',
      '2025-01-01',
      '2025-12-31',
    ],
    [
      'a year the clause names, after a sentence about a month',
      'UK inflation fell to 2.1% in May 2025. The Bank of England forecast UK inflation to fall to 1.8% in 2027.',
      '1.8%',
      '2025-08',
      '2027-01-01',
      '2027-12-31',
    ],
  ];
  it.each(ROWS)('%s', (_name, text, quote, pub, start, end) => {
    const c = quoted(text, quote, pub);
    expect(c.proposition?.modality).toBe('forecast');
    expect(c.period?.start).toBe(start);
    expect(c.period?.end).toBe(end);
  });

  it('a consensus for the month just reported keeps that month', () => {
    const c = quoted('UK inflation rose to 2.4% in March 2025. Economists had expected UK inflation of 2.3%.', '2.3%', '2025-04-16');
    expect(c.period?.start).toBe('2025-03-01');
  });

  it('never puts a forecast and the outturn of the same period together', () => {
    const outturn = quoted('UK inflation was 2.6% in the second half of 2024.', '2.6%', '2025-02');
    const forecast = quoted('UK inflation is expected to be 2.6% in the second half of 2025.', '2.6%', '2025-02');
    expect(outturn.metric).not.toBe(forecast.metric);
  });
});
