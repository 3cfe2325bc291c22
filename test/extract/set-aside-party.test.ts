import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

// "Excluding Iraq, production from the 12 members fell …": a party set aside is not the one the figure is of.
describe('a party set aside ("excluding", "outside", "apart from")', () => {
  const meta = { publishedAt: '2025-03-10' };
  it.each([
    ['Excluding Iraq, production from the 11 members bound by the deal fell by 220,000 b/d, to 26.96 million b/d.', '26.96 million', 'iraq'],
    ['More than 8,900 people were killed in Nepal. Outside Nepal, at least 61 people were killed in India.', 'at least 61', 'nepal'],
    ['Apart from Germany, exports from the euro area rose 2.1% in January.', '2.1%', 'germany'],
  ])('%s', (text, figure, setAside) => {
    const claim = claimQuoted(text, figure, meta);
    expect([...(claim.proposition?.subject ?? []), claim.proposition?.counterpart]).not.toContain(setAside);
  });

  it('while a party named plainly is still the party', () => {
    const text = 'In Nepal, at least 61 people were killed.';
    expect(claimQuoted(text, 'at least 61', meta).proposition?.subject).toEqual(['nepal']);
  });
});
