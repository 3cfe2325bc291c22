import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-13', title: 'Results' };
const statOf = (text: string, quote: string) => claimQuoted(text, quote, META, { exact: true }).proposition?.statType;

describe('a percentage change restated in the measure’s own unit', () => {
  it.each([
    ['after ", or"', 'Acme’s revenue rose by 12%, or $3 billion, to $28 billion in 2023.', '$3 billion', 'change'],
    ['before the noun of change', 'Acme’s prize fund reached £50 million in 2024 after a 11.9% or £5.3 million increase.', '£5.3 million', 'change'],
    ['the percentage before it', 'Acme’s prize fund reached £50 million in 2024 after a 11.9% or £5.3 million increase.', '11.9%', 'change'],
    ['a money figure naming its own increase', 'Acme’s spending saw a $5 billion increase in 2023.', '$5 billion', 'change'],
    ['while the level it reached stays a level', 'Acme’s revenue rose by 12%, or $3 billion, to $28 billion in 2023.', '$28 billion', 'level'],
  ])('%s', (_name, text, quote, stat) => {
    expect(statOf(text, quote)).toBe(stat);
  });
});

describe('a change named as the subject of its clause', () => {
  it('is a change even after an opening phrase ("After adjustment …, the decline in output amounted to 0.1%")', () => {
    expect(statOf('Kenya’s GDP grew 4.1% in 2023. After adjustment for calendar effects, the increase in output amounted to 4.3%.', '4.3%')).toBe('change');
  });
});
