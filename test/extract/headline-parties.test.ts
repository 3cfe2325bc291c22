import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const metricOf = (title: string, text: string, quote: string): string =>
  claimQuoted(text, quote, { publishedAt: '2024-02-01', title }, { exact: true }).metric ?? '';

describe('a party carried from the headline to a sentence that names none', () => {
  const ROWS: Array<[name: string, title: string, text: string, quote: string, expected: RegExp]> = [
    [
      'is the one of the headline clause that names the measure',
      'Exports from Chile fall, copper output steady',
      'In the fourth quarter of 2023 exports dropped 4.1% year on year.',
      '4.1%',
      /^exports\.chile\./,
    ],
    [
      'is none where that clause names the measure without a party, whoever another clause names',
      'As tablet shipments fall, Samsung takes top spot',
      'In the fourth quarter of 2023 shipments reached 38.2 million units.',
      '38.2 million units',
      /^shipments\.unspecified\./,
    ],
    [
      'is none when the headline names two known parties and not the measure',
      'India, Brazil among biggest emitters, study finds',
      'Scientists reported a 1.3% rise in emissions in 2023 compared with the previous year.',
      '1.3%',
      /^emissions\.unspecified\./,
    ],
    [
      'is the headline’s one party when it names only one',
      'Chile’s economy slows',
      'In the fourth quarter of 2023 exports dropped 4.1% year on year.',
      '4.1%',
      /^exports\.chile\./,
    ],
  ];
  it.each(ROWS)('%s', (_name, title, text, quote, expected) => {
    expect(metricOf(title, text, quote)).toMatch(expected);
  });
});
