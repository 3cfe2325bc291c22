import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const meta = { publishedAt: '2025-03-20', title: null };

function claimOf(text: string, figure: string, title: string | null = null) {
  const claim = extract(text, { ...meta, title }).claims.find((c) => c.quote.exact.startsWith(figure));
  expect(claim, `no claim quoted ${figure}`).toBeDefined();
  return claim!;
}

// A measure that already counts a change (capacity added, jobs added): a change verb before its figure
// states its level, unless the level it moved to stands beside it.
describe('a change of a measure that counts a change', () => {
  const rows: Array<[string, string, string, string]> = [
    ['Wind capacity additions in Brazil grew by 5 GW in 2024.', '5 GW', 'capacity-additions', 'level'],
    ['Spain’s new solar installations rose by 8.1 GW last year.', '8.1 GW', 'capacity-additions', 'level'],
    ['Solar additions in India rose by 2 GW to 14 GW in 2024.', '2 GW', 'capacity-additions', 'change'],
    ['Solar additions in India rose by 2 GW to 14 GW in 2024.', '14 GW', 'capacity-additions', 'level'],
    ['Installed capacity in Chile rose by 3 GW in 2024.', '3 GW', 'capacity-additions', 'level'],
  ];
  it.each(rows)('%s — %s', (text, figure, measure, stat) => {
    const c = claimOf(text, figure);
    expect(c.proposition?.measure).toBe(measure);
    expect(c.proposition?.statType).toBe(stat);
  });
});
