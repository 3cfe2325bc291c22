import { kindOf } from '../lexicon/units.js';
import type { SentenceMentions } from './mentions.js';
import { figureSpanOf, governingMeasure } from './proposition.js';
import type { Quantity } from './quantities.js';

const SCALES = new Set([1e6, 1e9, 1e12]);
const LINKING_GAP =
  /^(?:\s*,?\s*(?:of|at|to|was|were|is|are|stood|came|in|reached|totall?ed|amounted|rose|fell|grew|jumped|climbed|dropped|declined|increased|decreased|by|about|around|nearly|almost|some|roughly|just|an?|the|its|their|for|year|last|this|quarter|first|second|third|fourth|half|full)\b)*\s*$/i;

/**
 * "Wimbledon reported turnover of 380.2 million pounds and an operating profit of 53.8 million", "revenue rose to 5.2
 * billion yuan, while net profit was 1.1 billion": a number written with a scale word and nothing else, that a measure
 * of what a company or body reports, counted only in money, governs from its own words, with only linking words between,
 * is in the currency of the sum stated before it in its sentence (a country's GDP may well be in another).
 * Not when the measure takes counts too ("sales of $5 billion and 1.2 million", where sales may be units), nor when the
 * measure's words come before that sum ("profit of $5 billion, up from 4.1 million shares"), nor when two currencies
 * come before it.
 */
export function currencyOfMoneyMeasure(sentence: string, found: Quantity[], mentions: SentenceMentions): Quantity[] {
  if (found.length < 2 || mentions.measures.length === 0) return found;
  return found.map((q, i) => {
    if (i === 0 || q.unit !== 'count' || q.noun !== null || q.start !== q.numberStart || q.range !== null || q.rate !== null) return q;
    const number = Number(sentence.slice(q.numberStart, q.numberEnd).replace(/,/g, ''));
    const factor = number > 0 ? Math.round(q.value / number) : 0;
    if (!SCALES.has(factor)) return q;
    const sums = found.slice(0, i).filter((p) => kindOf(p.unit) === 'money');
    const currencies = new Set(sums.map((p) => p.unit));
    const sum = sums.at(-1);
    if (!sum || currencies.size !== 1) return q;
    const asMoney = governingMeasure(sentence, figureSpanOf(q, 'money'), mentions);
    if (!asMoney || !asMoney.measure.ownedByName || asMoney.measure.unitKinds.includes('count') || asMoney.start < sum.end || asMoney.end > q.start) return q;
    // (Only linking words between the measure and the number: "profit grew as subscribers reached 282.7 million" counts subscribers.)
    if (!LINKING_GAP.test(sentence.slice(asMoney.end, q.start))) return q;
    return { ...q, unit: sum.unit };
  });
}
