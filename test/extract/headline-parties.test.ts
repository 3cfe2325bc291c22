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
      'is none when the headline tells who tops a market and names no measure of it',
      'Apple tops smartphone market',
      'In the fourth quarter of 2023 shipments fell 3.2% to 38.2 million units.',
      '38.2 million units',
      /^shipments\.(?:smartphones\.)?unspecified\./,
    ],
    [
      'is none when the headline gives its party the top spot of a market',
      'Apple grabs the top spot in the smartphone market',
      'In the fourth quarter of 2023 shipments fell 3.2% to 38.2 million units.',
      '3.2%',
      /^shipments\.(?:smartphones\.)?unspecified\./,
    ],
    [
      'is the headline’s party when its clause names the measure, even with a word of ranking',
      'Apple shipments top forecasts',
      'In the fourth quarter of 2023 shipments fell 3.2% to 38.2 million units.',
      '38.2 million units',
      /^shipments\.(?:smartphones\.)?apple\./,
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

describe('a headline that opens with a name, then the period, then the measure, is about that name', () => {
  it.each([
    ['Zelvan H1 profits rose by 10% to $4.1bn', 'Pre-tax profit stood at $3.2bn in the first half of 2023.', '$3.2bn', /^profit\.pre-tax\.zelvan\./],
    ['Zelvan Q3 revenue beats forecasts', 'Revenue rose 12% to $8.4 billion in the third quarter of 2023.', '$8.4 billion', /^revenue\.zelvan\./],
    ['Zelvan first-half profit falls', 'Net profit fell to $1.1 billion in the first half of 2023.', '$1.1 billion', /^profit\..*zelvan\./],
    ['Zelvan 2023 sales hit record', 'Sales rose 9% to 2.3 million units in 2023.', '2.3 million units', /^sales\.zelvan\./],
  ])('%s', (title, text, quote, expected) => {
    expect(metricOf(title, text, quote)).toMatch(expected);
  });
});

describe('a compound adjective opening a sentence is no party of its own', () => {
  it.each([
    ['Pre-tax profit stood at $3.2bn in 2023.', '$3.2bn'],
    ['After-tax profit rose to $2.5bn in 2023.', '$2.5bn'],
  ])('%s', (text, quote) => {
    expect(metricOf('Zelvan profits rose in 2023', text, quote)).toMatch(/\.zelvan\./);
  });
});

describe('a statistic’s modifier opening a headline is no party', () => {
  it.each([
    [
      'Yearly inflation in Portugal eases to 2.1 percent in May',
      'Consumer prices rose 2.8 percent in April, the statistics office said.',
      '2.8 percent',
      /^inflation\.portugal\./,
    ],
    ['Monthly exports from Chile fall for a third time', 'Exports dropped 4.1% in March from a year earlier.', '4.1%', /^exports\.chile\./],
  ])('%s', (title, text, quote, expected) => {
    expect(metricOf(title, text, quote)).toMatch(expected);
  });
});

describe('a participle opening a headline is no party', () => {
  it('"Falling freight rates hit profits at …"', () => {
    const metric = metricOf('Falling freight rates hit profits', 'The loss for the third quarter of 2023 was $297m.', '$297m');
    expect(metric).not.toMatch(/\.falling\./);
  });
});

describe('the name a headline opens with names its company in the text, however seldom the text repeats it', () => {
  it.each([
    [
      'Korvane second-quarter sales growth falls short',
      'Consumer goods giant Korvane reported weaker sales on Thursday. The maker of Dove soap and Ben & Jerry’s ice cream said underlying sales rose 3.5 per cent in the second quarter of 2019.',
      '3.5 per cent',
      /^sales\.(?:core\.)?korvane\./,
    ],
    [
      'Korvane Plc second-quarter sales growth falls short',
      'Consumer goods giant Korvane Plc reported weaker sales on Thursday. The maker of Dove soap and Ben & Jerry’s ice cream said underlying sales rose 3.5 per cent in the second quarter of 2019.',
      '3.5 per cent',
      /^sales\.(?:core\.)?korvane\./,
    ],
  ])('%s', (title, text, quote, expected) => {
    expect(metricOf(title, text, quote)).toMatch(expected);
  });
});
