import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

describe('a party the gazetteer does not hold, owning a company’s accounts, reports on the year before', () => {
  it('"operating income rose 22.2 percent to $2.3 billion" of a quarter is year on year, as the revenue beside it', () => {
    const text = 'Netflix revenue grew 16 percent YoY to $10.2 billion in the fourth quarter, while operating income rose 22.2 percent to $2.3 billion.';
    const claim = claimQuoted(text, '22.2 percent', { publishedAt: '2025-01-22', title: 'Netflix adds record subscribers in Q4' });
    expect(claim.proposition?.measure).toBe('operating-profit');
    expect(claim.proposition?.basis).toBe('yoy');
  });

  it('a country’s quarterly change that moved to a level keeps no company convention', () => {
    const text = 'In the fourth quarter, Japan’s exports rose 2.2 percent to ¥26 trillion.';
    const claim = claimQuoted(text, '2.2 percent', { publishedAt: '2025-02-01', title: 'Japan trade' });
    expect(claim.proposition?.basis).not.toBe('yoy');
  });
});

describe('a figure set against the outturn and said to be expected is a forecast', () => {
  const meta = { publishedAt: '2025-01-16', title: 'US retail sales end 2024 strong' };
  const text = 'US retail sales rose 0.4% last month, slightly under 0.6% expected.';

  it('"slightly under 0.6% expected" is the forecast, the 0.4% the outturn', () => {
    expect(claimQuoted(text, 'slightly under 0.6%', meta).proposition?.modality).toBe('forecast');
    expect(claimQuoted(text, '0.4%', meta).proposition?.modality).toBe('actual');
  });

  it('"2.9% versus 2.8% expected"', () => {
    const claim = claimQuoted('US inflation was 2.9% in December versus 2.8% expected.', '2.8%', meta);
    expect(claim.proposition?.modality).toBe('forecast');
  });
});
