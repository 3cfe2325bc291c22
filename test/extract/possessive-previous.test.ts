import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-11-06', title: 'Acme results' };
const TEXT = 'Acme reported revenue of $5.2 billion for the third quarter of 2024.';

describe('"Acme’s prior quarter", "its previous month": a possessive stands where "the" would', () => {
  it.each([
    [`${TEXT} Acme's prior quarter revenue was $4.9 billion.`, '$4.9 billion'],
    [`${TEXT} Acme’s prior-quarter revenue was $4.9 billion.`, '$4.9 billion'],
    [`${TEXT} Revenue in its previous quarter was $4.9 billion.`, '$4.9 billion'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).period).toMatchObject({ start: '2024-04-01', end: '2024-06-30' });
  });
});
