import { matchUnitAfter, unitByCode } from '../lexicon/units.js';
import type { Proposition } from './types.js';

/**
 * "$80.50 a barrel", "€34 per megawatt hour", "$4.35/bu", "$2,500 an ounce": a sum stated per so much of a good is the
 * good's unit price. The denominator belongs to the figure, and the proposition is the price in those terms, so a price
 * per barrel never meets one per tonne, nor a total that the same words (sold, exports) would otherwise name.
 */
export interface PerUnit {
  /** Characters of the sentence the denominator takes, from the end of the sum. */
  length: number;
  /** The term the proposition's basis takes: "per-bbl", "per-MWh", "per-1000000-Btu". */
  term: string;
}

// Goods are priced by their volume, mass, energy, area or length; a sum per hour, day or year is a rate of time (see
// RATE_AFTER), and one per dozen or per cent no price of a good.
const PRICED_BY = new Set(['volume', 'mass', 'energy', 'area', 'length']);
const SCALE = /^(thousand|million)\s/i;
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6 };
const POUND = /^pounds?\b/i;
const EXCHANGE = /\b(?:sterling|exchange\s+rate|currenc(?:y|ies)|the\s+(?:dollar|euro|yen|greenback)|against\s+the)\b/i;
const DENOMINATOR = /^(?:\s(?:a|an|per|each)\s(?=\S)|\s?\/\s?(?=\S))/i;

/** The denominator right after a sum, if the sum is stated per so much of a good; `after` is the rest of `sentence` after the sum. */
export function readPerUnit(after: string, sentence: string): PerUnit | null {
  const lead = DENOMINATOR.exec(after);
  if (!lead) return null;
  // ("$250 per thousand cubic metres", "$2.50 per million British thermal units".)
  const scale = SCALE.exec(after.slice(lead[0].length));
  const from = lead[0].length + (scale?.[0].length ?? 0);
  const unit = matchUnitAfter(` ${after.slice(from)}`, sentence);
  if (!unit || unit.adjective) return null;
  // ("Copper prices rose to $4.50 a pound": a sum per pound is per pound of weight, which a sentence about money would
  // otherwise make sterling; "the dollar was steady at $1.27 per pound" is an exchange rate.)
  const pound = POUND.test(after.slice(from));
  const code = pound && EXCHANGE.test(clauseBefore(sentence, sentence.length - after.length)) ? null : pound ? 'lb' : unit.code;
  const spec = code === null ? undefined : unitByCode(code);
  if (!spec || !PRICED_BY.has(spec.dimension)) return null;
  // ("$30 a tonne-kilometre": a unit that runs on into another word is not the denominator.)
  const end = from + unit.length - 1;
  if (/^[\p{L}\d-]/u.test(after.slice(end))) return null;
  // ("took gold $300 an ounce higher": how far a price moved, not the price.)
  if (/^\s+(?:higher|lower|more|less|above|below|cheaper|dearer)\b/i.test(after.slice(end))) return null;
  const multiplier = unit.multiplier * (scale ? SCALES[scale[1]!.toLowerCase()]! : 1);
  const term = multiplier === 1 ? `per-${code}` : `per-${multiplier}-${code}`;
  return { length: end, term };
}

/** The sentence from the start of the clause that ends at `at`: "the euro weakened, while arabica rose to $3.40" gives "arabica rose to $3.40". */
function clauseBefore(sentence: string, at: number): string {
  const head = sentence.slice(0, at);
  let cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
  for (const m of head.matchAll(CONJUNCTION)) cut = Math.max(cut, m.index);
  return head.slice(cut + 1);
}
const CONJUNCTION = /\s(?:while|as|and|but|whereas)\s/g;

/** The proposition of a unit price: in the terms of its denominator. */
export function perUnitProposition(p: Proposition, per: PerUnit): Proposition {
  return { ...p, basis: p.basis ? [...new Set([...p.basis.split('+'), per.term])].sort().join('+') : per.term };
}
