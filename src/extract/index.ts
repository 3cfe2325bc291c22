import { CodePointIndex } from './code-points.js';
import { intervalFor } from './intervals.js';
import { definitionOf } from './metric-catalogue.js';
import { deriveMetric, matchCatalogue } from './metric-match.js';
import { splitPassages, type PassageSpan } from './passages.js';
import { findTimeExpressions, parsePublicationDate, elapsedAfter, periodForFigure, publicationPeriod, runUpTo } from './periods.js';
import { findQuantities } from './quantities.js';
import { makeStatement } from './statement.js';
import type { ExtractedClaim, MetricDefinition, Period, SourceMeta } from './types.js';

export interface Extraction {
  passages: PassageSpan[];
  claims: ExtractedClaim[];
  /** Metrics the claims refer to that are not in the catalogue (keys derived from wording). */
  derivedMetrics: MetricDefinition[];
}

/** Text in, passages and claims out: deterministic, no I/O. */
export function extract(text: string, meta: SourceMeta): Extraction {
  const passages = splitPassages(text);
  const index = new CodePointIndex(text);
  const pub = parsePublicationDate(meta.publishedAt);
  const claims: ExtractedClaim[] = [];
  const derived = new Map<string, MetricDefinition>();

  // The period the paragraph last named: a sentence that names none is read in its light.
  let paragraphStart = { paragraph: -1, utf16: 0 };
  let paragraphPeriod: { paragraph: number; period: Period; span: boolean; ordinal: number } | null = null;
  for (const passage of passages) {
    const sentence = passage.text;
    if (passage.paragraph !== paragraphStart.paragraph) paragraphStart = { paragraph: passage.paragraph, utf16: passage.utf16Start };
    const quantities = findQuantities(sentence);
    const expressions = findTimeExpressions(sentence, pub);
    // Only a span ("between 2022 and 2025") or the sentence just before carries over.
    const inherited =
      paragraphPeriod?.paragraph === passage.paragraph && (paragraphPeriod.span || paragraphPeriod.ordinal === passage.ordinal - 1)
        ? paragraphPeriod.period
        : null;
    const last = expressions[expressions.length - 1];
    if (last) paragraphPeriod = { paragraph: passage.paragraph, period: last.period, span: last.span, ordinal: passage.ordinal };
    for (const q of quantities) {
      const others = quantities.filter((o) => o !== q);
      const found = periodForFigure(sentence, q, expressions, others, pub) ?? inherited ?? publicationPeriod(pub);
      const period = elapsedAfter(runUpTo(found, q, sentence), q, sentence);
      const figure = { sentence, paragraph: text.slice(paragraphStart.utf16, passage.utf16End), start: q.start, end: q.end, numberStart: q.numberStart, unit: q.unit };
      const catalogued = matchCatalogue(figure);
      const metric = catalogued ? definitionOf(catalogued) : deriveMetric(figure, q.noun);
      if (metric.derived) derived.set(metric.key, metric);
      const start = index.toCodePoint(passage.utf16Start + q.start);
      const end = index.toCodePoint(passage.utf16Start + q.end);
      claims.push({
        passageOrdinal: passage.ordinal,
        quote: { exact: sentence.slice(q.start, q.end), start, end },
        value: q.value,
        unit: q.unit,
        qualifier: q.qualifier,
        interval: intervalFor(q.value, q.unit, q.qualifier, q.halfStep, q.range),
        period,
        metric: metric.key,
        statement: makeStatement(metric.label, q.value, q.unit, q.qualifier, period, q.noun),
        change: q.change,
      });
    }
  }
  return { passages, claims, derivedMetrics: [...derived.values()] };
}

export type { PassageSpan } from './passages.js';
export type * from './types.js';
