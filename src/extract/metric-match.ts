import { createHash } from 'node:crypto';
import { kindOf } from '../lexicon/units.js';
import type { MetricDefinition } from './types.js';

export function unitKindOf(unit: string): string {
  return kindOf(unit);
}

export interface FigureContext {
  sentence: string;
  /** The paragraph from its start to the end of this sentence. */
  paragraph: string;
  /** UTF-16 offsets of the whole quote and of the number in the sentence. */
  start: number;
  end: number;
  numberStart: number;
  unit: string;
}

const STOPWORDS = new Set(
  (
    'a an the of in on at to for from by with and or but as is was were are be been being has have had its it this that these those ' +
    'which who whom whose than then there their his her our your my into over under about around nearly almost more less some ' +
    'also only just still even up down out while when where after before since during between among per each every both all ' +
    'reached reaching rose grew fell surged increased decreased went stood hit totalled totaled amounted accounted accounts account ' +
    'would could will can may might should must not no new record now further already however meanwhile said says according'
  ).split(' '),
);

/**
 * A key for a figure whose proposition is not catalogued, built from the words that govern
 * the number: the content words of its clause before it, and the counted noun after it.
 */
export function deriveMetric(figure: FigureContext, noun: string | null): MetricDefinition {
  const clauseStart = Math.max(...[',', ';', ':', '(', '—', '–'].map((p) => figure.sentence.lastIndexOf(p, figure.start - 1)), 0);
  const words = (
    figure.sentence
      .slice(clauseStart, figure.start)
      .toLowerCase()
      .match(/\p{L}[\p{L}'’-]*/gu) ?? []
  )
    .map((w) => w.replace(/[’']s$/, ''))
    .filter((w) => !STOPWORDS.has(w) && w.length > 1);
  const nounWords = (noun?.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((w) => !STOPWORDS.has(w));
  const subject = [...words.slice(0, 4), ...nounWords.slice(0, 2)];
  const kind = unitKindOf(figure.unit);
  const ascii = subject
    .join('-')
    .normalize('NFKD')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  // Words with no ASCII letters (other scripts) still need a key of their own, not a shared "figure".
  const slug = ascii || (subject.length ? `w-${createHash('sha256').update(subject.join(' ')).digest('hex').slice(0, 12)}` : 'figure');
  return {
    key: `derived.${slug}.${kind}`,
    label: subject.length ? subject.join(' ') : `${kind} figure`,
    unitKind: kind,
    description: 'Derived from the words that govern the figure: no measure of the lexicon fits it, so it is kept for search and never compared.',
    derived: true,
    proposition: null,
  };
}
