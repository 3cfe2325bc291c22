import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-22', title: 'Nvidia results' };
const LEAD = 'Nvidia reported revenue of $22.1 billion for the fourth quarter of fiscal 2024.';

describe('a span capitalised to open a sentence ("Full-year", "Fourth-quarter") names no party', () => {
  it.each([
    [`${LEAD} Full-year revenue was $60.9 billion.`, '$60.9 billion', /^revenue\.nvidia\./],
    [`${LEAD} Fourth-quarter sales rose 12%.`, '12%', /^sales\.nvidia\./],
    [`${LEAD} Nine-month revenue was $44.9 billion.`, '$44.9 billion', /^revenue\.nvidia\./],
  ])('%s', (text, figure, metric) => {
    expect(claimQuoted(text, figure, META).metric).toMatch(metric);
  });
});
