import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-01-20', title: 'Phone and emission figures for 2023' };
const metricOf = (text: string, quote: string, title = META.title): string => claimQuoted(text, quote, { ...META, title }, { exact: true }).metric ?? '';

describe('a firm or a university that counts or studies is not the party it counts', () => {
  it.each([
    [
      'a firm cited as the source opens no sentence’s subject for the sentences after it',
      'Market research firm Kestra published its tally on Monday. According to Kestra, Zelvan shipped 40.1 million phones in 2023. Shipments grew 3.7% in 2023.',
      '3.7%',
      /^shipments\.zelvan\./,
    ],
    [
      'a data firm named after the figure is who forecast it, not whose it is',
      'Inflation in the euro area slowed in November 2023, as economists polled by Kestra had expected. The figure beat a consensus compiled by financial data firm Kestra, which said inflation would slow to 2.7% in November 2023, from 2.9% in October 2023.',
      '2.9%',
      /^inflation\.euro-area\./,
      'Euro zone inflation slows',
    ],
    [
      'a university whose scientists wrote the report is not the party',
      'Emissions rose by 1.1% in 2023, said the report by scientists from the University of Kestra, as the University of Kestra had forecast.',
      '1.1%',
      /^emissions\.(?!kestra|university)/,
      'Global emissions hit a record',
    ],
  ])('%s', (_name, text, quote, expected, title?: string) => {
    expect(metricOf(text, quote, title)).toMatch(expected);
  });
});
