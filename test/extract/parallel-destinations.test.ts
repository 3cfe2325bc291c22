import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// "Exports to France fell 1.7% and those to Italy dropped 1.6%": each figure goes to the destination named
// before it, and another destination of the sentence is never the exporter.
describe('flows to several destinations in parallel clauses', () => {
  const meta = { publishedAt: '2024-10-02' };
  it.each([
    ["Germany's exports fell in August. Exports to France fell 1.7% and those to Italy dropped by 1.6%.", '1.7%', 'germany', 'france'],
    ["Germany's exports fell in August. Exports to France fell 1.7% and those to Italy dropped by 1.6%.", '1.6%', 'germany', 'italy'],
    ["Japan's exports rose in May. Shipments to Canada rose 4.1 percent, while those to Mexico jumped 9.8 percent.", '4.1 percent', 'japan', 'canada'],
    ["Japan's exports rose in May. Shipments to Canada rose 4.1 percent, while those to Mexico jumped 9.8 percent.", '9.8 percent', 'japan', 'mexico'],
    ["Japan's exports rose in May. Exports to Canada rose 4.1 percent and exports to Mexico jumped 9.8 percent.", '9.8 percent', 'japan', 'mexico'],
  ])('%s (%s)', (text, figure, exporter, destination) => {
    const proposition = claimQuoted(text, figure, meta).proposition;
    expect(proposition?.subject).toEqual([exporter]);
    expect(proposition?.counterpart).toBe(destination);
  });
});
