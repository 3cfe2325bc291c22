import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
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

describe('pay growth', () => {
  const META_UK = { publishedAt: '2024-08-13' };
  it('is the same proposition as a noun ("pay growth was 5.4%") and as a verb ("pay rose 5.4%")', () => {
    const noun = claimQuoted('Pay growth in the UK was 5.4% in 2023.', '5.4%', META_UK);
    const verb = claimQuoted('UK pay rose 5.4% in 2023.', '5.4%', META_UK);
    expect(noun.metric).toBe(verb.metric);
    expect(noun.proposition?.statType).toBe('change');
  });

  it('keeps the sector named after the change word', () => {
    const sector = claimQuoted('Pay growth in the UK public sector was 6.1% in 2023.', '6.1%', META_UK);
    const all = claimQuoted('Pay growth in the UK was 5.4% in 2023.', '5.4%', META_UK);
    expect(sector.proposition?.facets).toContain('public-sector');
    expect(sector.metric).not.toBe(all.metric);
  });
});

describe('a span that dates or ranks another figure is no figure', () => {
  const META_UK = { publishedAt: '2024-08-13' };
  it.each([
    ['Regular pay in the UK grew by 5.4% in the three months to June.', 'three months'],
    ['UK inflation hit its highest level in more than 40 years in 2022.', '40 years'],
    ['Pay growth in the UK was the slowest in two years in 2024.', 'two years'],
  ])('%s', (text, span) => {
    const { claims } = extract(text, META_UK);
    expect(claims.map((c) => c.quote.exact)).not.toContainEqual(expect.stringContaining(span));
  });

  it('keeps a duration that is itself the figure', () => {
    expect(claimQuoted('The strike in Freedonia lasted three months in 2023.', 'three months', META_UK).unit).toBe('month');
  });
});
