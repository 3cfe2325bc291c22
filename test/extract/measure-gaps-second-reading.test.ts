import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('measures news names that the lexicon had read as others', () => {
  it('"FDI flows … fell by 7 percent to $867 billion": the change and the level are one measure, investment', () => {
    const text = 'FDI flows to developing countries fell by 7 percent to $867 billion in 2023.';
    const meta = { publishedAt: '2024-06-20', title: 'Global FDI decreased by 2%' };
    expect(claimQuoted(text, '7 percent', meta).proposition?.measure).toBe('investment');
    expect(claimQuoted(text, '$867 billion', meta).proposition?.measure).toBe('investment');
  });

  it('traffic "measured in revenue passenger kilometers (RPK)" is no revenue', () => {
    const text = 'Total traffic in 2023, measured in revenue passenger kilometers (RPK), rose 36.9% compared to 2022.';
    const claim = claimQuoted(text, '36.9%', { publishedAt: '2024-02-01', title: 'Global airline traffic in 2023' });
    expect(claim.proposition?.measure).toBe('passenger-kilometres');
  });

  it('insured losses from a fire are no company’s loss in its fiscal year', () => {
    const text = 'The 2018 Camp fire caused $12.5 billion in insured losses.';
    const claim = claimQuoted(text, '$12.5 billion', { publishedAt: '2025-01-09', title: 'Los Angeles fires could be the costliest' });
    expect(claim.proposition?.measure).toBe('disaster-losses');
    expect(claim.period).toMatchObject({ start: '2018-01-01', end: '2018-12-31' });
  });
});
