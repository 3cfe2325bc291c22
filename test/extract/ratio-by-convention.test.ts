import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a deficit or debt stated as a bare percentage is a ratio to GDP', () => {
  const meta = { publishedAt: '2024-02-01', title: 'Union Budget 2024' };
  const text = "India's fiscal deficit in 2023-24 is expected to be 5.8 per cent. The fiscal deficit was 6.4% of GDP in 2022-23. Public debt stood at 82%.";

  it('"is expected to be 5.8 per cent" meets "6.4% of GDP" in its proposition, not as growth', () => {
    const bare = claimQuoted(text, '5.8 per cent', meta).proposition;
    const ofGdp = claimQuoted(text, '6.4%', meta).proposition;
    expect(bare?.statType).toBe('rate');
    expect(bare?.facets).toEqual(ofGdp?.facets);
    expect(bare?.measure).toBe(ofGdp?.measure);
  });

  it('so is a debt level', () => {
    const debt = claimQuoted(text, '82%', meta).proposition;
    expect(debt?.measure).toBe('public-debt');
    expect(debt?.facets).toContain('of-gdp');
  });

  it('a deficit that narrowed by a percentage still changed', () => {
    const claim = claimQuoted('The fiscal deficit narrowed 12% to Rs 16 trillion in 2023-24.', '12%', meta);
    expect(claim.proposition?.statType).toBe('change');
    expect(claim.proposition?.facets).not.toContain('of-gdp');
  });
});
