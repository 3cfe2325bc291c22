import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-21' };

describe('a tolerance stated in words', () => {
  it('reads "plus or minus 2%" of an amount as an interval of 2 % around it, not as a figure', () => {
    const claim = claimQuoted('Kestrel Robotics expects first-quarter revenue of $24 billion, plus or minus 2%.', '$24 billion', META);
    expect(claim.quote.exact).toBe('$24 billion, plus or minus 2%');
    expect(claim.interval.low).toBeCloseTo(23.52e9, -6);
    expect(claim.interval.high).toBeCloseTo(24.48e9, -6);
  });

  it("reads a tolerance in points of a percentage in the percentage's terms", () => {
    const claim = claimQuoted('Growth in Freedonia will be 2.5%, plus or minus 0.5 percentage point, in 2024.', '2.5%', META);
    expect(claim.quote.exact).toBe('2.5%, plus or minus 0.5 percentage point');
    expect(claim.interval).toEqual({ low: 2, high: 3 });
  });
});

describe('"from the prior month" is a comparison, not an earlier estimate', () => {
  it('keeps the figure after it from being read as a superseded estimate', () => {
    const text = 'Average hourly earnings in the US rose 0.1% from the prior month and 4.3% from a year earlier in February.';
    expect(claimQuoted(text, '0.1%', META).proposition?.basis).toBe('mom');
    expect(claimQuoted(text, '4.3%', META).proposition?.basis ?? '').not.toContain('previous-estimate');
  });

  it('still reads a figure set against a prior estimate as superseded', () => {
    const claim = claimQuoted('US GDP grew 3.4% in the fourth quarter, revised from a prior estimate of 3.2%.', '3.2%', META);
    expect(claim.proposition?.basis ?? '').toMatch(/previous-estimate/);
  });
});

describe('a fiscal year no convention dates, reported in the past tense', () => {
  it('is an outturn, not a projection, though its calendar year is not over', () => {
    const claim = claimQuoted("For fiscal 2024, Kestrel Robotics' revenue rose 126% to $60.9 billion.", '$60.9 billion', META);
    expect(claim.proposition?.modality).toBe('actual');
  });

  it('leaves a future fiscal year, and a fiscal year whose convention is known, to the projection rule', () => {
    expect(claimQuoted('Kestrel Robotics expects fiscal 2025 revenue of $110 billion.', '$110 billion', META).proposition?.modality).toBe('forecast');
    expect(claimQuoted('The US federal deficit was $1.7 trillion in fiscal 2024.', '$1.7 trillion', META).proposition?.modality).toBe('forecast');
  });
});
