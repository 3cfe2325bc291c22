/**
 * The unit registry: every unit a claim can carry, with its dimension, its conversion to the
 * dimension's base unit, its standard identifier (UCUM, or ISO 4217 for money) and the surface
 * forms text writes it in. Extraction, statements, metric kinds and comparison all read it.
 */
import {
  DISPLAY_SIGNS,
  MAJOR_CODES,
  CONTEXT_PREFIXES,
  CONTEXT_SYMBOLS,
  CONTEXT_WORDS,
  CURRENCIES,
  contextMultiplier,
  resolveContext,
  type ContextForm,
} from './currencies.js';
import { ADJECTIVE_WORDS, BASE_UNITS, EXAMPLES, GLUED_ONLY, NO_PLURAL, NOT_CASE_FOLDED, PHYSICAL_UNITS, SPELLED_OUT, type Dimension } from './unit-data.js';

import type { UnitStandard } from '../domain/enums.js';

export type { Dimension } from './unit-data.js';

export interface Unit {
  code: string;
  name: string;
  dimension: Dimension;
  /** The dimension's base unit (null for money: each currency is its own). */
  base: string | null;
  /** value × factor (+ offset) is the value in the base unit. */
  factor: number;
  offset: number;
  standard: { system: UnitStandard; code: string } | null;
  /** Units of one family convert into each other; a unit compares only within its family. */
  family: string;
  /** The unit comparisons within the family are reported in. */
  familyUnit: string;
  /** Forms written before the number ("US$", "€"). */
  prefixes: readonly string[];
  /** Symbols written after the number, matched as written ("GW", "km/h", "€"). */
  symbols: readonly string[];
  /** Words written after the number, matched in any case, singular and plural. */
  words: readonly string[];
  /** Forms worth a multiple of the unit ("bcm" is 1e9 m3, "Mtoe" 1e6 toe). */
  multipliers: Readonly<Record<string, number>>;
  /** How a statement writes the unit: before the number (a currency sign), or after it, singular and plural. */
  display: { sign: string | null; one: string; many: string };
}

/**
 * A unit composed from registry units ("km/ms", "W/min", "J·s", "s⁻¹"): built on first use,
 * never listed with the registry's own units; its dimension is 'derived' and its family is
 * composed from its parts' families, so km/ms and m/s compare.
 */
export type CompoundUnit = Omit<Unit, 'dimension'> & { dimension: 'derived' };
export type AnyUnit = Unit | CompoundUnit;

function plural(word: string): string[] {
  if (NO_PLURAL.has(word.toLowerCase())) return [word];
  const pluralise = (w: string) => {
    if (w === 'foot') return 'feet';
    if (/(?:s|x|ch|sh)$/.test(w)) return `${w}es`;
    if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
    return `${w}s`;
  };
  const parts = word.split(' ');
  let head: number;
  const per = parts.findIndex((p) => p === 'per' || p === 'an' || p === 'of');
  if (per > 0) head = per - 1;
  else if (/^degree$/i.test(parts[0]!)) head = 0;
  else if (/squared|cubed/.test(parts[parts.length - 1]!)) head = parts.length - 2;
  else head = parts.length - 1;
  const p = [...parts];
  p[head] = pluralise(p[head]!);
  return [word, p.join(' ')];
}

const physical: Unit[] = PHYSICAL_UNITS.map((u) => ({
  code: u.code,
  name: u.name,
  dimension: u.dimension,
  base: BASE_UNITS[u.dimension],
  factor: u.factor,
  offset: u.offset ?? 0,
  standard: u.ucum ? { system: 'UCUM' as const, code: u.ucum } : null,
  family: u.family ?? `unit:${u.code}`,
  familyUnit: u.familyUnit ?? u.code,
  prefixes: [],
  symbols: [...(u.symbols ?? []), ...(u.scaled ?? []).filter(([, , k]) => k === 'symbol').map(([f]) => f)],
  words: [...(u.words ?? []), ...(u.scaled ?? []).filter(([, , k]) => k === 'word').map(([f]) => f)],
  multipliers: Object.fromEntries((u.scaled ?? []).map(([f, m]) => [f, m])),
  display: SPELLED_OUT.has(u.code) ? { sign: null, one: u.name, many: plural(u.name)[1] ?? u.name } : { sign: null, one: u.code, many: u.code },
}));

const money: Unit[] = CURRENCIES.map((c) => ({
  code: c.code,
  name: c.name,
  dimension: 'money' as const,
  base: null,
  factor: 1,
  offset: 0,
  standard: { system: 'ISO 4217' as const, code: c.code },
  // Currencies never convert: an exchange rate is a claim of its own.
  family: `money:${c.code}`,
  familyUnit: c.code,
  prefixes: c.prefixes,
  symbols: c.symbols,
  words: c.words,
  multipliers: {},
  display: { sign: DISPLAY_SIGNS[c.code] ?? null, one: c.code, many: c.code },
}));

export const UNITS: readonly Unit[] = Object.freeze([...physical, ...money].map((u) => Object.freeze(u)));
const byCode = new Map<string, AnyUnit>(UNITS.map((u) => [u.code, u]));
validate();

/** The registry refuses to load with a duplicate code, a bad factor, a missing base or example. */
function validate(): void {
  if (byCode.size !== UNITS.length) throw new Error('unit registry: duplicate unit codes');
  for (const u of UNITS) {
    if (!(u.factor > 0) || !Number.isFinite(u.factor)) throw new Error(`unit registry: ${u.code} has no positive factor`);
    if (u.base !== null && !byCode.has(u.base)) throw new Error(`unit registry: ${u.code} names an unknown base unit ${u.base}`);
    if (!byCode.has(u.familyUnit)) throw new Error(`unit registry: ${u.code} reports in an unknown unit ${u.familyUnit}`);
    if (u.dimension !== 'money' && !EXAMPLES[u.code]) throw new Error(`unit registry: ${u.code} has no example sentence`);
  }
}

/** The example sentence of a unit (physical units only). */
export function exampleOf(code: string): string | undefined {
  return EXAMPLES[code];
}

export function unitByCode(code: string): AnyUnit | undefined {
  return byCode.get(code);
}

/** Two units are comparable exactly when their families are equal. */
export function familyOf(code: string): string {
  return byCode.get(code)?.family ?? (/^[A-Z]{3}$/.test(code) ? `money:${code}` : `unit:${code}`);
}

/** A value in its family's reporting unit (473 MW → 0.473 GW); unknown units stay as they are. */
export function toFamilyUnit(value: number, code: string): { value: number; unit: string } {
  const u = byCode.get(code);
  if (!u || u.familyUnit === code) return { value, unit: u?.familyUnit ?? code };
  const target = byCode.get(u.familyUnit)!;
  return { value: roundSignificant((value * u.factor) / target.factor), unit: target.code };
}

/** The kind of quantity a metric is stated in: money, percent, count, rank, length, duration … */
export function kindOf(code: string): string {
  const u = byCode.get(code);
  if (!u) return /^[A-Z]{3}$/.test(code) ? 'money' : 'other';
  if (u.dimension === 'percentage_point') return 'percent';
  if (u.dimension === 'time') return 'duration';
  return u.dimension;
}

/** Rounds away binary noise: 136669999999.99998 → 136670000000 (15 significant digits). */
export function roundSignificant(x: number, digits = 15): number {
  // (An integer of no more digits than are kept is its own rounding: most bounds of counts, without formatting a string.)
  if (Number.isInteger(x) && Math.abs(x) < 10 ** digits) return x;
  return Number.isFinite(x) && x !== 0 ? Number(x.toPrecision(digits)) : x;
}

// ---------------------------------------------------------------------------------------------
// Surface forms

interface Form {
  /** A unit code, or a form the sentence resolves. */
  code: string | null;
  context: ContextForm | null;
  multiplier: number;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** fold, remembered: the words after figures repeat ("million", "per", "tonnes"), and NFD plus a Unicode replace cost more than a lookup. */
const folded = new Map<string, string>();
function foldCached(s: string): string {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size >= 20_000) folded.clear();
    f = fold(s);
    folded.set(s, f);
  }
  return f;
}

const exactForms = new Map<string, Form>();
const foldedForms = new Map<string, Form>();
const multipliers = new Map<string, number>();
for (const u of PHYSICAL_UNITS) for (const [f, m] of u.scaled ?? []) multipliers.set(f, m);

function add(map: Map<string, Form>, key: string, form: Form) {
  if (!map.has(key)) map.set(key, form);
}

for (const u of UNITS) {
  for (const s of u.symbols) add(exactForms, s, { code: u.code, context: null, multiplier: multipliers.get(s) ?? 1 });
  for (const w of u.words) for (const p of plural(w)) add(foldedForms, fold(p), { code: u.code, context: null, multiplier: multipliers.get(w) ?? 1 });
}
for (const [s, ctx] of Object.entries(CONTEXT_SYMBOLS)) exactForms.set(s, { code: null, context: ctx, multiplier: contextMultiplier(ctx) });
for (const [w, ctx] of Object.entries(CONTEXT_WORDS)) foldedForms.set(w, { code: null, context: ctx, multiplier: contextMultiplier(ctx) });
// Symbols of two or more letters also match in any case when nothing else folds to them.
const foldCount = new Map<string, Set<string>>();
for (const [s, f] of exactForms) if (f.code) foldCount.set(fold(s), (foldCount.get(fold(s)) ?? new Set()).add(f.code));
for (const [s, f] of exactForms) {
  const k = fold(s);
  if (/\p{L}.*\p{L}/u.test(s) && foldCount.get(k)!.size === 1 && !NOT_CASE_FOLDED.has(k) && !(f.code && /^[A-Z]{3}$/.test(f.code))) add(foldedForms, k, f);
}

export interface UnitMatch {
  /** The unit code ("km", "USD", "lb"). */
  code: string;
  /** How many of the unit one of the form is ("bcm" is 1e9 m3, "cents" 0.01 USD). */
  multiplier: number;
  /** Characters consumed from the start of the text after the number. */
  length: number;
  /** Hyphenated adjective form ("27-kilometre", "two-day"). */
  adjective: boolean;
  /** Written with no space after the number ("40mph"). */
  glued: boolean;
}

const TEMPERATURE_CUES = /temperat|degree|heat|hot|cold|warm|cool|weather|climat|celsius|fahrenheit|frost|freez|chill|scorch|swelter|sizzl|thermo|forecast|°/i;
/** After a unit word that is also an adjective: "a gross of pencils", "a gross is 144", not "a gross margin". */
const NO_NOUN_AFTER = /^(?:[.,;:!?)\]]|\s*$|\s(?:of|is|was|are|were|equals|or|and)\b)/;
const TRAILING = /[,;:!?)\]}"'“”‘’»]+$/;
const GUARDED_IN = /^(?:[.,;:!?)]|\s*$|\s(?:thick|long|wide|tall|high|deep|across|in diameter|of (?:rain|snow|rainfall|snowfall))\b)/;

/**
 * The unit written right after a number, if any: "GW", " gigawatts", "-kilometre", " cubic
 * metres", " Australian dollars". The sentence settles ¥, "pounds" and "cents".
 */
// "up by 65,000 year on year", "rose 3 % month-on-month": the comparison, not a length of time.
export const PERIOD_ON_PERIOD = /^[\s-]*(?:year|month|quarter|week|day)[\s-]+(?:on|over)[\s-]+(?:year|month|quarter|week|day)\b/i;

export function matchUnitAfter(after: string, sentence: string): UnitMatch | null {
  if (PERIOD_ON_PERIOD.test(after)) return null;
  const first = matchSimpleUnit(after, sentence) ?? bareSecond(after);
  if (!first) return null;
  const unit = byCode.get(first.code);
  if (!unit || !COMPOSABLE.has(unit.dimension)) return first;
  let match = first;
  // "km/ms", "watts per minute", "J·s", "J/m^2": a unit divided by, or multiplied with, another.
  for (let k = 0; k < 2; k++) {
    const rest = after.slice(match.length);
    const inverse = INVERSE.exec(rest);
    if (inverse) {
      const code = composeUnit(match.code, null, 'inverse', match.multiplier);
      if (code) match = { ...match, code, multiplier: 1, length: match.length + inverse[0].length };
      break;
    }
    const op = COMPOSE_OP.exec(rest);
    if (!op) break;
    const tail = rest.slice(op[0].length);
    const byArea = op[4] !== undefined;
    const sign = op[1] ?? op[2] ?? op[3] ?? 'per';
    const glued = sign !== 'per';
    const second = matchSimpleUnit(glued ? tail : ` ${tail}`, sentence) ?? (glued ? bareSecond(tail, true) : null);
    if (!second || second.multiplier !== 1) break;
    const den = byCode.get(second.code);
    // Calendar rates ("tonnes per day", "GW/year") stay a figure with a rate: the period is not part of the unit.
    if (!den || !COMPOSABLE.has(den.dimension) || CALENDAR_RATES.has(den.code) || (byArea && den.dimension !== 'area')) break;
    const code = composeUnit(match.code, second.code, sign === '·' || sign === '⋅' ? 'times' : 'per', match.multiplier);
    if (!code) break;
    const used = op[0].length + second.length - (glued ? 0 : 1);
    match = { ...match, code, multiplier: 1, length: match.length + used };
  }
  return match;
}

/** "s" alone is a second only inside a compound: "km/s", "J·s", "3 s⁻¹" (elsewhere it is a letter). */
function bareSecond(text: string, inside = false): UnitMatch | null {
  const m = (inside ? /^s(?![\p{L}\d])/u : /^(\s?)s(?=⁻¹|\^[-−]1(?!\d)|[/·⋅][\p{L}])/u).exec(text);
  return m ? { code: 's', multiplier: 1, length: m[0].length, adjective: false, glued: !m[1] } : null;
}

/** Dimensions a compound unit is built from (money, shares, counts and temperatures are not). */
const COMPOSABLE = new Set<AnyUnit['dimension']>(['length', 'area', 'volume', 'mass', 'time', 'energy', 'power', 'speed', 'data', 'frequency', 'derived']);
const CALENDAR_RATES = new Set(['year', 'month', 'week', 'day', 'hour']);
// ("bushels an acre", "tonnes a hectare": "a" divides only by an area, where no other reading is.)
const COMPOSE_OP = /^(?:(\/)|\s?(·|⋅)\s?|\s(per)\s(?=\S)|\s(an?)\s(?=\S))/;
const INVERSE = /^(?:⁻¹|\^-1|\^−1)(?![\d\p{L}])/u;

/**
 * The unit of a compound ("km/ms", "W/min", "J·s", "s⁻¹"), registered on first use with its
 * dimension, its factor into base units and its family (composed from the parts' families,
 * so km/ms and m/s compare). A multiplier on the first part ("bcm/…") folds into the factor.
 */
export function composeUnit(a: string, b: string | null, op: 'per' | 'times' | 'inverse', multiplier = 1): string | null {
  const ua = byCode.get(a);
  const ub = b === null ? null : byCode.get(b);
  if (!ua || (b !== null && !ub)) return null;
  const code = op === 'inverse' ? `${a}⁻¹` : `${a}${op === 'per' ? '/' : '·'}${b}`;
  const known = byCode.get(code);
  if (known) return multiplier === 1 ? code : null;
  if (multiplier !== 1) return null;
  const factor = op === 'inverse' ? 1 / ua.factor : op === 'per' ? ua.factor / ub!.factor : ua.factor * ub!.factor;
  const name = op === 'inverse' ? `per ${ua.name}` : `${ua.name} ${op === 'per' ? 'per ' : ''}${ub!.name}`;
  const family = op === 'inverse' ? `${ua.family}⁻¹` : `${ua.family}${op === 'per' ? '/' : '·'}${ub!.family}`;
  const unit: CompoundUnit = {
    code,
    name,
    dimension: 'derived',
    base: null,
    factor: roundSignificant(factor),
    offset: 0,
    standard:
      ua.standard && (op === 'inverse' || ub!.standard)
        ? { system: 'UCUM', code: op === 'inverse' ? `/${ua.standard.code}` : `${ua.standard.code}${op === 'per' ? '/' : '.'}${ub!.standard!.code}` }
        : null,
    family,
    familyUnit: code,
    prefixes: [],
    symbols: [],
    words: [],
    multipliers: {},
    display: { sign: null, one: code, many: code },
  };
  byCode.set(code, Object.freeze(unit));
  // The family reports in the compound of the parts' reporting units (km/ms and m/s both in km/h's terms).
  const reportA = ua.familyUnit;
  const reportB = ub?.familyUnit ?? null;
  if (reportA !== a || (reportB !== null && reportB !== b)) {
    const report = composeUnit(reportA, reportB, op);
    if (report) byCode.set(code, Object.freeze({ ...unit, familyUnit: report }));
  }
  return code;
}

function matchSimpleUnit(after: string, sentence: string): UnitMatch | null {
  const sep = /^(?:[ \u00a0\u2009\u202f]|-(?=\p{L}))?/u.exec(after)![0];
  const glued = sep.length === 0;
  const rest = after.slice(sep.length);
  if (!rest || /^\s/.test(rest)) return null;
  const tokens = /^(\S+)(?: (\S+))?(?: (\S+))?(?: (\S+))?/.exec(rest);
  if (!tokens) return null;
  for (let k = 4; k >= 1; k--) {
    if (!tokens[k]) continue;
    const phrase = tokens.slice(1, k + 1).join(' ');
    for (const candidate of candidatesOf(phrase, k === 1)) {
      const form = exactForms.get(candidate) ?? foldedForms.get(foldCached(candidate));
      if (!form) continue;
      const single = candidate.length === 1 && /\p{L}/u.test(candidate);
      const next = rest.slice(candidate.length);
      // One-letter symbols stand alone: "5 m" and "5m" are metres, "5 ms" is not.
      if (single && /^\p{L}/u.test(next)) continue;
      if (GLUED_ONLY.has(candidate) && !glued) continue;
      // "40C" is a temperature only where the sentence speaks of one ("press 3F" is a key).
      if ((candidate === 'C' || candidate === 'F') && !TEMPERATURE_CUES.test(sentence)) continue;
      if (candidate === 'in' && !GUARDED_IN.test(next)) continue;
      if (ADJECTIVE_WORDS.has(foldCached(candidate)) && !NO_NOUN_AFTER.test(next)) continue;
      if (/\p{L}$/u.test(candidate) && /^[\p{L}\d]/u.test(next)) continue;
      const code = form.code ?? resolveContext(form.context!, sentence, next);
      return { code, multiplier: form.multiplier, length: sep.length + candidate.length, adjective: sep === '-', glued };
    }
  }
  return null;
}

function candidatesOf(phrase: string, single: boolean): string[] {
  const out = [phrase];
  const trimmed = phrase.replace(TRAILING, '');
  if (trimmed !== phrase && trimmed) out.push(trimmed);
  if (trimmed.endsWith('.')) out.push(trimmed.slice(0, -1));
  // ("(2.5 per cent)." closing a sentence: the bracket and the full stop after it.)
  const bare = phrase.replace(/[.,;:!?)\]}"'“”‘’»]+$/, '');
  if (bare && bare !== trimmed && !out.includes(bare)) out.push(bare);
  // A glued symbol followed by more ("%-owned", "GW/year") is still the symbol.
  if (single) {
    const m = /^([^\p{L}\d\s]+)(?=[^\p{L}\d\s]|$)/u.exec(phrase);
    if (m && m[1] !== phrase) out.push(m[1]!);
    // "W/min", "J·s", "s⁻¹": a symbol composed with another.
    const part = /^([^\s/·⋅⁻^]+)(?=[/·⋅⁻^])/u.exec(phrase);
    if (part && !out.includes(part[1]!)) out.push(part[1]!);
    // "USD,100": the form ends where punctuation starts.
    const head = /^[^,;:!?()[\]"“”]+(?=[,;:!?()[\]"“”])/u.exec(phrase);
    if (head && !out.includes(head[0])) out.push(head[0]);
    // "5m-high", "40km-long", "30C-35C": the symbol before a hyphenated adjective or a repeated range end.
    const beforeHyphen = /^([^\s-]+)-(?:\p{L}|[\d.,]+\1(?![\p{L}\d]))/u.exec(phrase);
    if (beforeHyphen && !out.includes(beforeHyphen[1]!)) out.push(beforeHyphen[1]!);
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

const prefixForms = new Map<string, Form>();
for (const u of UNITS) for (const p of u.prefixes) prefixForms.set(p, { code: u.code, context: null, multiplier: 1 });
for (const [p, ctx] of Object.entries(CONTEXT_PREFIXES)) prefixForms.set(p, { code: null, context: ctx, multiplier: 1 });
const PREFIX_RE = new RegExp(
  `(?:^|(?<=[^\\p{L}\\p{N}]))(?:${[...prefixForms.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s?'))
    .join('|')})[ \\u00a0\\u2009\\u202f]?$`,
  'u',
);

/** The currency written right before a number ("US$", "€ ", "USD", "RM"), if any. */
export function matchCurrencyBefore(before: string, sentence: string): { code: string; length: number } | null {
  const tail = before.slice(-10);
  const m = PREFIX_RE.exec(tail);
  if (!m) return null;
  const key = m[0].replace(/[ \u00a0\u2009\u202f]$/, '');
  const form = prefixForms.get(key) ?? prefixForms.get(key.replace(/\s/g, '')) ?? prefixForms.get(key.replace(/\s+/g, ' '));
  if (!form) return null;
  // A less common code glued to a number is more often a name ("COP28", "ALL4"): only major codes glue.
  if (/^[A-Z]{3}$/.test(key) && m[0] === key && !MAJOR_CODES.has(key.toLowerCase())) return null;
  return { code: form.code ?? resolveContext(form.context!, sentence, ''), length: m[0].length };
}
