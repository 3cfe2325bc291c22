import type { SentenceMentions } from './mentions.js';
import type { Proposition } from './types.js';

/**
 * "52 deaths per 100,000 people", "4.1 cases per 1,000 live births", "3 doctors for every 10,000
 * inhabitants": a count stated per so many of a population is a rate, not a count. The
 * denominator belongs to the figure (it is not a figure of its own), and the proposition is the
 * rate in those terms, so it never meets the count it is a rate of.
 */
export interface PerPopulation {
  /** Characters of the sentence the denominator takes, from the end of the count. */
  length: number;
  /** How many of them are the rest of the count's noun ("infant deaths per 1,000": " deaths"). */
  nounLength: number;
  /** How many of the population the count is per (100,000). */
  of: number;
  /** Of whom: "people" for the population at large, else the words ("live-births", "women"). */
  whom: string;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6 };
const WORDS: Record<string, number> = { a: 1, one: 1, ten: 10, hundred: 100, 'a hundred': 100, 'one hundred': 100, 'a thousand': 1e3, 'one thousand': 1e3 };
const PEOPLE = /^(?:people|persons|population|inhabitants|residents|individuals|capita)$/i;
const PER_POPULATION =
  /^((?:\s[a-z][a-z-]*){0,2}?)\s?(?:per|for every|every|\/)\s?(?:(\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|,\d)|\d+|a hundred|one hundred|a thousand|one thousand|one|a|ten|hundred)(?:\s(thousand|million))?|(thousand|million))(?:\s((?:live\s)?births|people|persons|population|inhabitants|residents|individuals|women|men|children|adults|pupils|students|workers|households|patients))?(?![\p{L}\d,.]\d|[\p{L}\d])/u;

/** The denominator right after a count, if the count is stated per so many of a population. */
export function readPerPopulation(after: string): PerPopulation | null {
  const m = PER_POPULATION.exec(after);
  if (!m) return null;
  const [, words, number, scale, bareScale, population] = m;
  // ("140 cases per million people": a bare magnitude is one of it.)
  const base = bareScale ? 1 : /\d/.test(number!) ? Number(number!.replace(/[, \u00a0\u202f]/g, '')) : (WORDS[number!.toLowerCase()] ?? NaN);
  const of = base * (SCALES[(scale ?? bareScale ?? '').toLowerCase()] ?? 1);
  // "per 1 person" is no rate; a bare "per 100" is a percentage written out, which the words must say.
  if (!Number.isFinite(of) || of < 100 || (!population && of < 1000)) return null;
  // Words between the count and "per" are its noun ("3.9 infant deaths per 1,000"), which a rate needs.
  if (words && /\b(?:per|every|for)\b/i.test(words)) return null;
  const whom = !population || PEOPLE.test(population) ? 'people' : population.toLowerCase().replace(/\s+/g, '-');
  return { length: m[0].length, nounLength: words?.length ?? 0, of, whom };
}

/** The proposition of a count stated per so many of a population: a rate in those terms. */
export function perPopulationProposition(p: Proposition, per: PerPopulation): Proposition {
  const terms = `per-${per.of}-${per.whom}`;
  return { ...p, statType: 'rate', basis: p.basis ? [...new Set([...p.basis.split('+'), terms])].sort().join('+') : terms };
}

/** The sentence's mentions without the measures named between `start` and `end` (a rate's population). */
export function withoutMeasuresIn(mentions: SentenceMentions, start: number, end: number): SentenceMentions {
  const measures = mentions.measures.filter((m) => m.start < start || m.end > end);
  return measures.length === mentions.measures.length ? mentions : { ...mentions, measures };
}

/**
 * "fell to 52 deaths per 100,000 people from 60 in 2015": a bare count set against a rate just
 * before it is the same rate at another time.
 */
export function carryPerPopulation<Q extends { start: number; end: number; unit: string; noun: string | null; per?: PerPopulation }>(
  sentence: string,
  quantities: Q[],
): Q[] {
  return quantities.map((q, i) => {
    const prev = quantities[i - 1];
    if (!prev?.per || q.per || q.unit !== 'count' || q.noun) return q;
    const between = sentence.slice(prev.end, q.start);
    return SET_AGAINST.test(between) ? { ...q, per: { ...prev.per, length: 0, nounLength: 0 } } : q;
  });
}

const SET_AGAINST =
  /^(?:\s+(?:in|for|during|by)\s+(?:the\s+)?[\p{L}\d]+(?:\s[\p{L}\d]+)?)?\s*,?\s*(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:about|around|roughly|nearly|some|almost)\s+)?$/iu;
