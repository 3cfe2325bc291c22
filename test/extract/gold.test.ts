import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGold } from './gold-score.js';

const root = resolve(import.meta.dirname, '../..');
const sets = [
  { name: 'the five seed articles', gold: resolve(root, 'test/gold/seeds.json'), dir: resolve(root, 'seeds') },
  { name: 'the extra articles in other phrasings and currencies', gold: resolve(root, 'test/gold/extra.json'), dir: resolve(root, 'test/gold/extra') },
];

describe.each(sets)('extraction against hand-made gold: $name', ({ gold, dir, name }) => {
  const score = scoreGold(gold, dir);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.info(
    `${name}: recall ${pct(score.recall)} (${score.found}/${score.required}), precision ${pct(score.precision)} ` +
      `(${score.predicted} predicted), period ${pct(score.periodAccuracy)}, metric ${pct(score.metricAccuracy)}`,
  );

  it('finds at least 95 % of the annotated figures', () => {
    expect(score.misses.length === 0 || score.recall >= 0.95, JSON.stringify(score.misses)).toBe(true);
  });

  it('keeps precision at or above 90 %', () => {
    expect(score.precision, JSON.stringify(score.falsePositives)).toBeGreaterThanOrEqual(0.9);
  });

  it('dates at least 90 % of the found figures to the annotated period', () => {
    expect(score.periodAccuracy, JSON.stringify(score.periodErrors)).toBeGreaterThanOrEqual(0.9);
  });

  // The annotated key is the proposition read by hand (measure, parties, stat type, basis); the
  // real-text benchmarks (npm run bench:real-text) measure how well propositions meet across sources.
  it('renders the annotated proposition for at least half of the figures annotated with one', () => {
    expect(score.metricAccuracy, JSON.stringify(score.metricErrors)).toBeGreaterThanOrEqual(0.55);
  });

  it('returns quote offsets that slice back to the quoted words', () => {
    expect(score.predicted).toBeGreaterThan(0);
    expect(score.offsetErrors).toBe(0);
  });
});
