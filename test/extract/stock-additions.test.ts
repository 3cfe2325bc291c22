import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-01-24', title: 'Netflix adds subscribers' };

describe('what a stock gained in a period is a change over that period, not where it stood', () => {
  it.each([
    ['Netflix added 13.1 million subscribers in the fourth quarter of 2023.', '13.1 million'],
    ['Netflix reported an addition of 13.12 million subscribers in Q4 2023.', '13.12 million'],
    ['Netflix signed up a record 13.1 million new subscribers during Q4 2023.', '13.1 million'],
    ['The streamer ended 2023 with 13.1 million new paid subscriptions in the final quarter of 2023.', '13.1 million'],
  ])('%s', (text, figure) => {
    const c = claimQuoted(text, figure, META);
    expect(c.proposition?.statType).toBe('change');
    expect(c.metric).toMatch(/\.qoq\b/);
  });

  it('and they meet however the gain is worded, apart from the total', () => {
    const added = claimQuoted('Netflix added 13.1 million subscribers in Q4 2023.', '13.1 million', META);
    const addition = claimQuoted('Netflix reported an addition of 13.12 million subscribers in Q4 2023.', '13.12 million', META);
    const total = claimQuoted('Netflix had 260.28 million subscribers at the end of Q4 2023.', '260.28 million', META);
    expect(added.metric).toBe(addition.metric);
    expect(total.metric).not.toBe(added.metric);
  });

  it('while a stock stated as a level stays a level', () => {
    expect(claimQuoted('Netflix had 260.28 million subscribers at the end of 2023.', '260.28 million', META).proposition?.statType).toBe('level');
  });
});

describe('what analysts estimate is their forecast', () => {
  it.each([
    ['Analysts estimate that Netflix added 8.8 million paying subscribers in the fourth quarter of 2023.', '8.8 million'],
    ['Economists predicted GDP growth of 3.1% in the fourth quarter of 2023.', '3.1%'],
  ])('%s', (text, figure) => {
    expect(claimQuoted(text, figure, META).proposition?.modality).toBe('forecast');
  });
});
