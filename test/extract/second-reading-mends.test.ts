import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimQuoted } from './claim-of.js';

const read = (text: string, quote: string, publishedAt: string) => claimQuoted(text, quote, { publishedAt, title: text.split('\n')[0]! });

describe('a capitalised -ing word opening a sentence', () => {
  it('is a name when a verb of its own follows before any comma ("Kering on Tuesday said …")', () => {
    const text = 'Gucci owner sales slump\nKering on Tuesday said first-quarter sales fell 11% to 4.5 billion euros.\nGucci sales fell 21%.';
    expect(read(text, '11%', '2024-04-24').proposition?.subject ?? []).not.toContain('gucci');
  });

  it('and so is "Liaoning in 2023 posted GDP growth of 5.3%"', () => {
    const text = 'Chinese provinces report growth\nLiaoning in 2023 posted GDP growth of 5.3%, its fastest in a decade.\nGuangdong grew 4.8%.';
    expect(read(text, '5.3%', '2024-01-25').proposition?.subject ?? []).not.toEqual(['china']);
  });
});

describe('a change from last year and a time of this year', () => {
  it('in another clause after it leaves the change its span ("up 4% from last year, while in March alone they jumped 9%")', () => {
    const c = read('Retail sales\nSales were up 4% from last year, while in March alone they jumped 9%.', '4%', '2024-04-15');
    expect(c.period?.start).not.toBe('2024-03-01');
  });

  it('"Through March" is the months so far, not March', () => {
    const c = read('Auto sales\nThrough March, US auto sales were up 5% from last year, at 3.8 million vehicles.', '5%', '2024-04-15');
    expect(c.period?.start).not.toBe('2024-03-01');
  });
});

describe('a revision story', () => {
  it('does not revise a figure whose year it states apart ("In March 2023, retail sales had fallen 1.0%")', () => {
    const text =
      'Retail sales rose 0.7% in March, revised figures showed, up from the 0.4% first estimated.\nIn March 2023, retail sales had fallen 1.0%.\nSales rose 0.9% in February.';
    const c = extract(text, { publishedAt: '2024-05-03', title: 'March retail sales revised higher' }).claims.find((x) => x.quote.exact.startsWith('1.0%'));
    expect(c?.proposition?.basis ?? '').not.toContain('revised-estimate');
  });
});

describe('a headline’s first word that the text writes in lower case', () => {
  it('is no name ("Holiday sales" over "Heading into the holidays, retailers expect …")', () => {
    const c = read('Holiday sales\nHeading into the holidays, retailers expect sales to rise 3% to $980 billion.', '3%', '2024-11-20');
    expect(c.proposition?.subject ?? []).not.toContain('holiday');
  });
});
