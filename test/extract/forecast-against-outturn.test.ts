import { describe, expect, it } from 'vitest';
import { claimQuoted } from './claim-of.js';

const META = { publishedAt: '2024-02-28' };

describe('the level a forecast is set against', () => {
  it.each([
    [
      'a year ago',
      "Freedonia's wheat production is expected to rise to a record 14 million tons in 2024, up from 11.5 million tons a year ago.",
      '11.5 million',
    ],
    ['in a named past year', "Freedonia's exports will reach $5 billion this year, up from $4 billion in 2023.", '$4 billion'],
    ["last year's", "Freedonia's rice output is forecast at 12.8 million tons in 2024, slightly lower than last year's 13.5 million tons.", '13.5 million'],
  ])('%s: is an outturn of its own time, while the forecast stays a forecast', (_name, text, figure) => {
    const past = claimQuoted(text, figure, META);
    expect(past.proposition?.modality).toBe('actual');
    expect((past.period?.end ?? '9999') < '2024-01-01').toBe(true);
  });

  it('keeps the forecast a forecast', () => {
    const text = "Freedonia's exports will reach $5 billion this year, up from $4 billion in 2023.";
    expect(claimQuoted(text, '$5 billion', META).proposition?.modality).toBe('forecast');
  });

  it('keeps a plan set against a plan a plan', () => {
    const text =
      'In October, Kestrel offered guidance that the company would notch at least 1.8 million deliveries for 2023, a number revised down from a 2 million goal earlier.';
    expect(claimQuoted(text, '2 million', META).proposition?.modality).not.toBe('actual');
  });
});

describe('grains are different commodities', () => {
  it('keeps wheat and rice of one country and year apart, and reads a grain total as its own', () => {
    const text =
      "Freedonia's wheat production reached 11 million tons in 2023. Freedonia's rice production reached 13 million tons in 2023. Freedonia's grain production reached 30 million tons in 2023.";
    const wheat = claimQuoted(text, '11 million', META);
    const rice = claimQuoted(text, '13 million', META);
    const grain = claimQuoted(text, '30 million', META);
    expect(new Set([wheat.metric, rice.metric, grain.metric]).size).toBe(3);
    expect(wheat.proposition?.facets).toEqual(['wheat']);
  });
});

// An aside that defines the statistic ("or the number of children a woman is expected to have") says nothing of the figure.
describe('an aside defining the statistic', () => {
  it('leaves an outturn an outturn', () => {
    const text =
      "Japan's total fertility rate, or the average number of children a woman is expected to have in her lifetime, fell to a record low of 1.20 in 2023.";
    expect(claimQuoted(text, '1.20', META).proposition?.modality).toBe('actual');
  });

  it('… while an expectation in the figure’s own words still reads as one', () => {
    const text = "Japan's total fertility rate, or the average number of children per woman, is expected to fall to 1.15 in 2025.";
    expect(claimQuoted(text, '1.15', META).proposition?.modality).toBe('forecast');
  });
});
