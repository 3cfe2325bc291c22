#!/usr/bin/env node
// Consistency check for this gold file: offsets are code points, quotes match, references resolve.
//   node bench/real-text/b/verify.mjs [--show]
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const gold = JSON.parse(readFileSync(join(HERE, 'gold.json'), 'utf8'));
const show = process.argv.includes('--show');
const errors = [];
const texts = new Map();
const UNITS = new Set(['USD', 'EUR', 'GBP', 'CNY', '%', 'persons', 'W', 'm3', 't']);
const isoDate = (s) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

for (const a of gold.articles) {
  const path = join(HERE, a.file);
  if (!existsSync(path)) {
    errors.push(`${a.id}: missing ${a.file}`);
    continue;
  }
  const body = JSON.parse(readFileSync(path, 'utf8'));
  for (const k of ['title', 'publisher', 'publishedAt', 'url', 'text']) if (!body[k]) errors.push(`${a.id}: no ${k}`);
  for (const k of ['title', 'publisher', 'publishedAt', 'url']) if (body[k] !== a[k]) errors.push(`${a.id}: ${k} differs between gold and article file`);
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(body.publishedAt)) errors.push(`${a.id}: publishedAt ${body.publishedAt}`);
  texts.set(a.id, Array.from(body.text));
}
const ids = new Set();
const sourcesOf = new Map();
for (const f of gold.figures) {
  if (ids.has(f.id)) errors.push(`duplicate figure id ${f.id}`);
  ids.add(f.id);
  if (!f.id.startsWith(`${f.article}#`)) errors.push(`${f.id}: id does not name its article`);
  const t = texts.get(f.article);
  if (!t) {
    errors.push(`${f.id}: unknown article`);
    continue;
  }
  const got = t.slice(f.start, f.end).join('');
  if (got !== f.quote) errors.push(`${f.id}: text[${f.start},${f.end}) = ${JSON.stringify(got)} != quote ${JSON.stringify(f.quote)}`);
  if (typeof f.value !== 'number' || !Number.isFinite(f.value)) errors.push(`${f.id}: value`);
  if (!UNITS.has(f.unit)) errors.push(`${f.id}: unit ${f.unit}`);
  const { start, end } = f.period ?? {};
  if ((start === null) !== (end === null)) errors.push(`${f.id}: half-open period`);
  if (start !== null && (!isoDate(start) || !isoDate(end) || start > end)) errors.push(`${f.id}: period ${start}..${end}`);
  if (!Array.isArray(f.neutral)) errors.push(`${f.id}: neutral`);
  if (!sourcesOf.has(f.prop)) sourcesOf.set(f.prop, new Set());
  sourcesOf.get(f.prop).add(f.article);
  if (show) {
    const ctx = t
      .slice(Math.max(0, f.start - 45), f.end + 45)
      .join('')
      .replace(/\s+/g, ' ');
    console.log(`${f.id.padEnd(40)} ${String(f.value).padStart(10)} ${f.unit.padEnd(7)} ${start ?? '-'}..${end ?? '-'} ${f.prop}\n    …${ctx}…`);
  }
}
for (const f of gold.figures) for (const n of f.neutral) if (!sourcesOf.has(n)) errors.push(`${f.id}: neutral prop ${n} has no figures`);
const listed = new Set();
for (const p of gold.propositions) {
  listed.add(p.id);
  if (!['agreement', 'discrepancy', 'borderline'].includes(p.expected)) errors.push(`${p.id}: expected ${p.expected}`);
  const real = [...(sourcesOf.get(p.id) ?? [])].sort();
  if (JSON.stringify(real) !== JSON.stringify([...p.sources].sort())) errors.push(`${p.id}: sources ${p.sources} != figure articles ${real}`);
  if (real.length < 2) errors.push(`${p.id}: fewer than two sources`);
}
for (const [p, s] of sourcesOf) if (s.size >= 2 && !listed.has(p)) errors.push(`prop ${p} has ${s.size} sources but no proposition entry`);
for (const n of gold.nearMisses) for (const x of [n.a, n.b]) if (!sourcesOf.has(x)) errors.push(`near miss ${n.a}~${n.b}: ${x} has no figures`);
for (const n of gold.nearMisses) {
  const f = gold.figures.find((g) => (g.prop === n.a && g.neutral.includes(n.b)) || (g.prop === n.b && g.neutral.includes(n.a)));
  if (f) errors.push(`near miss ${n.a}~${n.b} contradicts neutral on ${f.id}`);
}
console.log(
  `${gold.articles.length} articles, ${gold.figures.length} figures, ${gold.propositions.length} propositions, ${gold.nearMisses.length} near misses`,
);
if (errors.length) {
  console.error(errors.join('\n'));
  process.exit(1);
}
console.log('ok');
