import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-01-17' };

describe('a flow stated as a bare percentage is how fast it grew', () => {
  it.each([
    ['The growth for 2023 is likely helped by 2022’s GDP of just 3% as the economy slowed.', '3%'],
    ['Brazil’s economy expanded 2.9% in 2023, above the government’s target of around 2.5%.', 'around 2.5%'],
    ['Japan’s industrial output in 2023 came in at 1.4%, the ministry said.', '1.4%'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.statType).toBe('change');
  });

  it.each([
    ['China again led steel output in 2024 with 54% (1.0 billion tonnes).', '54%'],
    ['There is a 50 percent chance emissions will exceed the limit in 2030.', '50 percent'],
    ['Wind power generated 28% of Germany’s electricity in 2024.', '28%'],
    ['Electric cars are on track to make up 18 percent of car sales in 2025.', '18 percent'],
    ['One in five cars sold in 2025 will be electric, the agency said.', 'One in five'],
  ])('but a share stays a share: %s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.statType).not.toBe('change');
  });
});

describe('what analysts estimated, or what may happen, is no outturn', () => {
  it.each([
    ['China’s economy grew 5.2% in 2023, missing analysts’ estimates of 5.3%.', '5.3%'],
    ['China’s economic growth rate may possibly approach 6%, according to an economist.', '6%'],
    ['Exports might reach 3% growth, the ministry said.', '3%'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.modality).toBe('forecast');
  });

  it('while "in May" is a month', () => {
    expect(claimQuoted('Japan’s exports rose 3.2% in May from a year earlier.', '3.2%', META).proposition?.modality).toBe('actual');
  });
});

describe('the rest of the world is not the world', () => {
  it('keeps "rest of the world" apart', () => {
    const text =
      'The European Union, the United States and the rest of the world are projected to reduce emissions by 7.4 per cent, 3 per cent, and 0.4 per cent, respectively.';
    const c = claimQuoted(text, '0.4 per cent', META);
    expect(c.proposition?.subject).not.toContain('world');
    expect(c.proposition?.subject).toEqual(['rest-of-world']);
  });
});
