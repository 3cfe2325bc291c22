import { resolve } from 'node:path';
import { scoreGold } from '../test/extract/gold-score.js';

const root = resolve(import.meta.dirname, '..');
const sets = [
  ['seeds', resolve(root, 'test/gold/seeds.json'), resolve(root, 'seeds')],
  ['extra', resolve(root, 'test/gold/extra.json'), resolve(root, 'test/gold/extra')],
] as const;
for (const [name, gold, dir] of sets) {
  const s = scoreGold(gold, dir);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${name}: recall ${pct(s.recall)} (${s.found}/${s.required}), precision ${pct(s.precision)} (${s.predicted} predicted), period ${pct(s.periodAccuracy)}, metric ${pct(s.metricAccuracy)}, qualifier ${s.qualifierCorrect}/${s.found}, offset errors ${s.offsetErrors}`,
  );
  if (process.argv.includes('-v')) {
    for (const m of s.misses) console.log(`  MISS ${m.sourceId.slice(0, 12)} "${m.quote}" — ${m.why}`);
    for (const f of s.falsePositives) console.log(`  FP   ${f.sourceId.slice(0, 12)} "${f.quote}" ${f.value} ${f.unit}`);
    for (const e of s.periodErrors) console.log(`  PER  ${e.sourceId.slice(0, 12)} "${e.quote}" want ${e.expected} got ${e.got}`);
    for (const e of s.metricErrors) console.log(`  MET  ${e.sourceId.slice(0, 12)} "${e.quote}" want ${e.expected} got ${e.got}`);
  }
}
