import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-10', title: 'Market report' };

const figure = (text: string, quote: string) => claimQuoted(text, quote, META, { exact: true });

describe('a figure in a clause opened by "when" right after a time is that time’s', () => {
  const ROWS: Array<[name: string, text: string, quote: string, start: string, end: string]> = [
    [
      'after a base of comparison',
      'Tablet shipments reached 41 million units in the fourth quarter of 2023, a 6% increase compared with the fourth quarter of 2022, when shipments amounted to 38.7 million units.',
      '38.7 million units',
      '2022-10-01',
      '2022-12-31',
    ],
    ['after the year a change runs from', 'Exports rose 5% in 2023 from 2022, when they totalled $40 billion.', '$40 billion', '2022-01-01', '2022-12-31'],
    ['opening the sentence', 'In 2021, when sales reached 2 million, prices rose 4%.', '2 million', '2021-01-01', '2021-12-31'],
  ];
  it.each(ROWS)('%s', (_name, text, quote, start, end) => {
    const c = figure(text, quote);
    expect(c.period?.start).toBe(start);
    expect(c.period?.end).toBe(end);
  });

  it('leaves a figure after another time in the clause to that time', () => {
    const c = figure('In 2021, when sales fell, exports reached $3 billion in 2022.', '$3 billion');
    expect(c.period?.start).toBe('2022-01-01');
  });
});

describe('a change against "the last quarter of" a year', () => {
  it('is on the same quarter a year before, not on the previous quarter', () => {
    const c = figure('Shipments rose 6% in the fourth quarter of 2023 compared with the last quarter of 2022.', '6%');
    expect(c.metric).toMatch(/\.yoy(?:\.|$)/);
  });
  it('while "the last quarter" alone is the previous quarter', () => {
    const c = figure('Shipments rose 6% in the fourth quarter of 2023 compared with the last quarter.', '6%');
    expect(c.metric).toMatch(/\.qoq(?:\.|$)/);
  });
});
