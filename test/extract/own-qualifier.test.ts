import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const meta = { publishedAt: '2024-01-12', title: 'Airbus orders and deliveries' };

// "2,319 gross orders (2,094 net)": a bracketed figure in the unit of the one before, with a word of its own, is a
// second figure with its own qualifier — not a restatement of the first, and not qualified by the first one's words.
describe('a bracketed figure that names its own qualifier', () => {
  const text = 'In 2023, Airbus registered 2,319 gross orders (2,094 net), according to a statement from the company.';

  it('keeps its own qualifier and is compared on its own', () => {
    const net = claimQuoted(text, '2,094 net', meta);
    expect(net.proposition).toMatchObject({ measure: 'orders', subject: ['airbus'], facets: ['net'] });
    expect(net.comparable).toBe(true);
  });

  it('while the figure before keeps the qualifier of its measure', () => {
    expect(claimQuoted(text, '2,319 gross', meta).proposition?.facets).toEqual(['gross']);
  });

  it('while the same unit in brackets with no qualifier of its own restates the one before', () => {
    const c = claimQuoted('Tesla delivered 1.8 million vehicles (1.81 million) in 2023.', '1.81 million', meta);
    expect(c.comparable).toBe(false);
  });

  it('and a bare number in brackets is still read as restating the one before', () => {
    const c = claimQuoted('Apple shipped 50.1 million phones (17.3) in the first quarter of 2024.', '17.3', meta);
    expect(c.comparable).toBe(false);
  });
});
