import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodePointIndex } from '../../src/extract/code-points.js';
import { extract, type ExtractedClaim } from '../../src/extract/index.js';

interface GoldClaim {
  sourceId: string;
  context: string;
  quote: string;
  value: number;
  unit: string;
  qualifier: string;
  period: { start: string; end: string } | null;
  metric: string | null;
  optional?: boolean;
}

interface GoldFile {
  sources: Array<{ id: string; file: string; title?: string; publishedAt: string | null }>;
  claims: GoldClaim[];
}

export interface Miss {
  sourceId: string;
  quote: string;
  why: string;
}

export interface GoldScore {
  required: number;
  found: number;
  predicted: number;
  falsePositives: Array<{ sourceId: string; quote: string; value: number; unit: string }>;
  misses: Miss[];
  periodChecked: number;
  periodCorrect: number;
  periodErrors: Array<{ sourceId: string; quote: string; expected: string; got: string }>;
  metricChecked: number;
  metricCorrect: number;
  metricErrors: Array<{ sourceId: string; quote: string; expected: string | null; got: string | null }>;
  qualifierCorrect: number;
  offsetErrors: number;
  recall: number;
  precision: number;
  periodAccuracy: number;
  metricAccuracy: number;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

/** Scores the extractor against a gold file: one-to-one matching on overlap + value + unit. */
export function scoreGold(goldPath: string, textDir: string): GoldScore {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const s: GoldScore = {
    required: 0,
    found: 0,
    predicted: 0,
    falsePositives: [],
    misses: [],
    periodChecked: 0,
    periodCorrect: 0,
    periodErrors: [],
    metricChecked: 0,
    metricCorrect: 0,
    metricErrors: [],
    qualifierCorrect: 0,
    offsetErrors: 0,
    recall: 0,
    precision: 0,
    periodAccuracy: 0,
    metricAccuracy: 0,
  };
  let matchedPredictions = 0;
  for (const source of gold.sources) {
    const text = readFileSync(join(textDir, source.file), 'utf8');
    const chars = Array.from(text);
    const index = new CodePointIndex(text);
    const { claims } = extract(text, { publishedAt: source.publishedAt, title: source.title ?? null });
    s.predicted += claims.length;
    for (const c of claims) if (chars.slice(c.quote.start, c.quote.end).join('') !== c.quote.exact) s.offsetErrors++;

    const golds = gold.claims
      .filter((g) => g.sourceId === source.id)
      .map((g) => {
        const at = text.indexOf(g.context);
        if (at < 0 || text.indexOf(g.context, at + 1) >= 0) throw new Error(`gold context not unique in ${source.id}: ${g.context}`);
        const q = at + g.context.indexOf(g.quote);
        return { ...g, start: index.toCodePoint(q), end: index.toCodePoint(q + g.quote.length) };
      });
    const used = new Set<ExtractedClaim>();
    const overlaps = (c: ExtractedClaim, g: { start: number; end: number }) => c.quote.start < g.end && g.start < c.quote.end;
    for (const g of golds) {
      const hit = claims.find((c) => !used.has(c) && overlaps(c, g) && sameValue(c.value, g.value) && c.unit === g.unit);
      if (!g.optional) s.required++;
      if (!hit) {
        if (!g.optional) {
          const near = claims.find((c) => overlaps(c, g));
          s.misses.push({ sourceId: source.id, quote: g.quote, why: near ? `got ${near.value} ${near.unit} for "${near.quote.exact}"` : 'not found' });
        }
        continue;
      }
      used.add(hit);
      matchedPredictions++;
      if (g.optional) continue;
      s.found++;
      if (hit.qualifier === g.qualifier) s.qualifierCorrect++;
      s.periodChecked++;
      const gotPeriod = hit.period && hit.period.resolution !== 'unresolved' ? `${hit.period.start}..${hit.period.end}` : 'null';
      const wantPeriod = g.period ? `${g.period.start}..${g.period.end}` : 'null';
      if (gotPeriod === wantPeriod) s.periodCorrect++;
      else s.periodErrors.push({ sourceId: source.id, quote: g.quote, expected: wantPeriod, got: gotPeriod });
      // Only figures annotated with a proposition are checked: every other figure may render some key.
      const gotCatalogued = hit.metric && !hit.metric.startsWith('derived.') ? hit.metric : null;
      if (g.metric !== null) {
        s.metricChecked++;
        if (gotCatalogued === g.metric) s.metricCorrect++;
        else s.metricErrors.push({ sourceId: source.id, quote: g.quote, expected: g.metric, got: gotCatalogued });
      }
    }
    for (const c of claims) {
      if (used.has(c)) continue;
      // A prediction over an optional gold figure is neither credit nor blame.
      if (golds.some((g) => g.optional && overlaps(c, g))) {
        matchedPredictions++;
        continue;
      }
      s.falsePositives.push({ sourceId: source.id, quote: c.quote.exact, value: c.value, unit: c.unit });
    }
  }
  s.recall = s.required ? s.found / s.required : 1;
  s.precision = s.predicted ? matchedPredictions / s.predicted : 1;
  s.periodAccuracy = s.periodChecked ? s.periodCorrect / s.periodChecked : 1;
  s.metricAccuracy = s.metricChecked ? s.metricCorrect / s.metricChecked : 1;
  return s;
}
