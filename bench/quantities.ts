/**
 * Scores the extractor on third-party quantity test suites (Recognizers-Text English specs and
 * quantulum3's tests) with these matching rules:
 * - values compared in the base unit of their dimension (cents → 0.01 USD, km³ → 1e9 m³),
 *   relative tolerance 1e-9; a range counts when the claim equals its midpoint or its low end;
 *   where a suite annotates only one end of a stated range ("eight to 10 feet" → "10 feet"), the
 *   claim for the whole range counts when that end is one of its bounds and the annotated words
 *   lie inside its quote and the annotated value inside its interval (counted and printed per
 *   suite as "matched by a range end");
 * - one claim per gold figure, greedily, preferring the right unit and an overlapping span;
 * - a gold figure whose unit the registry cannot express still counts for value recall;
 *   value+unit F1 is computed over the units the registry covers (the others are listed);
 * - years used as dates, course numbers and model names are not figures;
 * - where a suite annotates only one type (money, dimensions, percentages), precision counts
 *   only the claims of that type;
 * - a claim carries a stated decrease in its sign ("fell by 500,000 barrels" is -500000 bbl); the
 *   suites annotate the number as written, so such a claim is compared by the number it read.
 * Run: npm run bench:quantities -- <dir with recognizers-text/ and quantulum3/>
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract/index.js';
import type { ExtractedClaim } from '../src/extract/types.js';

interface GoldFigure {
  /** Code-point offsets into the text. */
  start: number;
  end: number;
  surface: string;
  value: number;
  /** Registry code the figure is expressed in, or null when the registry cannot express it. */
  code: string | null;
  externalUnit: string;
  range: { low: number; high: number } | null;
  bound: 'more' | 'less' | 'about' | null;
}

interface Case {
  text: string;
  gold: GoldFigure[];
}

interface Suite {
  name: string;
  cases: Case[];
  /** Which claims count for precision. */
  counts: (c: ExtractedClaim) => boolean;
}

type Dimension = { dimension: string; factor: number; offset?: number };
let registry: ((code: string) => Dimension | null) | null = null;
try {
  const lexicon = (await import('../src/lexicon/units.js')) as { unitByCode?: (c: string) => (Dimension & { code: string }) | undefined };
  if (lexicon.unitByCode) registry = (code) => lexicon.unitByCode!(code) ?? null;
} catch {
  registry = null;
}

// Before the registry existed: the units the extractor emitted then.
const FALLBACK: Record<string, Dimension> = {
  percent: { dimension: 'fraction', factor: 1 },
  percentage_point: { dimension: 'percentage_point', factor: 1 },
  count: { dimension: 'count', factor: 1 },
  rank: { dimension: 'rank', factor: 1 },
  km: { dimension: 'length', factor: 1000 },
  m: { dimension: 'length', factor: 1 },
  mi: { dimension: 'length', factor: 1609.344 },
  nmi: { dimension: 'length', factor: 1852 },
  m3: { dimension: 'volume', factor: 1 },
  ft3: { dimension: 'volume', factor: 0.028316846592 },
  t: { dimension: 'mass', factor: 1000 },
  bbl: { dimension: 'volume', factor: 0.158987294928 },
  year: { dimension: 'time', factor: 31557600 },
  month: { dimension: 'time', factor: 2629800 },
  week: { dimension: 'time', factor: 604800 },
  day: { dimension: 'time', factor: 86400 },
  hour: { dimension: 'time', factor: 3600 },
  min: { dimension: 'time', factor: 60 },
  s: { dimension: 'time', factor: 1 },
};

function dimensionOf(code: string): Dimension | null {
  if (registry) return registry(code);
  if (/^[A-Z]{3}$/.test(code)) return { dimension: `money:${code}`, factor: 1 };
  return FALLBACK[code] ?? null;
}

/** Names the suites use → registry code and the multiplier into it (a cent is 0.01 USD). */
const EXTERNAL_UNITS: Record<string, [string, number]> = {
  // money
  dollar: ['USD', 1],
  'united states dollar': ['USD', 1],
  euro: ['EUR', 1],
  'chinese yuan': ['CNY', 1],
  pound: ['GBP', 1],
  'british pound': ['GBP', 1],
  'pound sterling': ['GBP', 1],
  cent: ['USD', 0.01],
  pence: ['GBP', 0.01],
  penny: ['USD', 0.01],
  dime: ['USD', 0.1],
  'canadian dollar': ['CAD', 1],
  'japanese yen': ['JPY', 1],
  'australian dollar': ['AUD', 1],
  'turkish lira': ['TRY', 1],
  rupee: ['INR', 1],
  'mexican peso': ['MXN', 1],
  'hong kong dollar': ['HKD', 1],
  'swiss franc': ['CHF', 1],
  'costa rican colón': ['CRC', 1],
  'georgian lari': ['GEL', 1],
  'lao kip': ['LAK', 1],
  'sri lankan rupee': ['LKR', 1],
  'new zealand dollar': ['NZD', 1],
  // dimensions
  foot: ['ft', 1],
  meter: ['m', 1],
  metre: ['m', 1],
  mile: ['mi', 1],
  gallon: ['gal', 1],
  'metric ton': ['t', 1],
  tonne: ['t', 1],
  ton: ['t', 1],
  'kilometer per hour': ['km/h', 1],
  'kilometre per hour': ['km/h', 1],
  kilogram: ['kg', 1],
  microgram: ['ug', 1],
  inch: ['in', 1],
  'square meter': ['m2', 1],
  kilometer: ['km', 1],
  kilometre: ['km', 1],
  millimeter: ['mm', 1],
  decimeter: ['dm', 1],
  picometer: ['pm', 1],
  picometre: ['pm', 1],
  nanometre: ['nm', 1],
  milliliter: ['mL', 1],
  barrel: ['bbl', 1],
  ounce: ['oz', 1],
  acre: ['acre', 1],
  'cubic foot': ['ft3', 1],
  bit: ['bit', 1],
  'mile per hour': ['mph', 1],
  'square kilometer': ['km2', 1],
  'square kilometre': ['km2', 1],
  'square mile': ['mi2', 1],
  megabit: ['Mbit', 1],
  megabyte: ['MB', 1],
  gram: ['g', 1],
  milligram: ['mg', 1],
  'cubic kilometre': ['km3', 1],
  'cubic centimetre': ['cm3', 1],
  litre: ['L', 1],
  centilitre: ['cL', 1],
  'degree celsius': ['°C', 1],
  'degree fahrenheit': ['°F', 1],
  kelvin: ['K', 1],
  exabyte: ['EB', 1],
  kibibyte: ['KiB', 1],
  byte: ['B', 1],
  'watt hour': ['Wh', 1],
  'megawatt hour': ['MWh', 1],
  gigahertz: ['GHz', 1],
  'pound-mass': ['lb', 1],
  electronvolt: ['eV', 1],
  teraelectronvolt: ['eV', 1e12],
  tablespoon: ['tbsp', 1],
  teaspoon: ['tsp', 1],
  cup: ['cup', 1],
  year: ['year', 1],
  month: ['month', 1],
  week: ['week', 1],
  day: ['day', 1],
  hour: ['hour', 1],
  // dimensionless
  dimensionless: ['count', 1],
  dozen: ['count', 12],
  percentage: ['percent', 1],
};

const HEDGE_MORE = /(?:more than|over|above|at least|exceed(?:ing|ed|s)?|in excess of|upwards of)\s*$/i;
const HEDGE_LESS = /(?:less than|fewer than|under|below|up to|at most|no more than|nearly|almost|close to)\s*$/i;
const HEDGE_ABOUT = /(?:about|around|roughly|approximately|some|circa|an estimated)\s*$/i;

function boundOf(text: string, start: number): GoldFigure['bound'] {
  const before = Array.from(text)
    .slice(Math.max(0, start - 30), start)
    .join('');
  if (HEDGE_MORE.test(before)) return 'more';
  if (HEDGE_LESS.test(before)) return 'less';
  if (HEDGE_ABOUT.test(before)) return 'about';
  return null;
}

const cp = (text: string, utf16: number) => Array.from(text.slice(0, utf16)).length;

/** Years used as dates, course numbers and model names ("i7 860") are not figures. */
function notAFigure(text: string, surface: string, start: number, code: string | null): boolean {
  if (code !== 'count') return false;
  if (/^\d{4}$/.test(surface) && Number(surface) >= 1000 && Number(surface) <= 2199) return true;
  const before = Array.from(text)
    .slice(Math.max(0, start - 20), start)
    .join('');
  return /^\d+$/.test(surface) && /(?:\b[\p{Lu}][\p{L}]*|\b\p{L}+\d+|")\s$/u.test(before);
}

function externalCode(name: string, iso?: string): [string | null, number] {
  if (iso && /^[A-Z]{3}$/.test(iso)) return [iso, 1];
  const hit = EXTERNAL_UNITS[name.toLowerCase()];
  if (!hit) return [null, 1];
  return dimensionOf(hit[0]) ? hit : [null, 1];
}

function loadRecognizers(file: string, type: string): Case[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Array<{
    Input: string;
    Results: Array<{ Text: string; Start: number; End: number; TypeName: string; Resolution: { value: string; unit?: string; isoCurrency?: string } }>;
  }>;
  return raw.map((c) => ({
    text: c.Input,
    gold: c.Results.filter((r) => r.TypeName === type && r.Resolution.value !== 'null' && r.Resolution.value !== undefined)
      .map((r) => {
        const isPercent = type === 'percentage';
        const [code, scale] = isPercent ? ['percent', 1] : externalCode(r.Resolution.unit ?? '', r.Resolution.isoCurrency);
        const value = Number(String(r.Resolution.value).replace('%', '')) * scale;
        const start = cp(c.Input, r.Start);
        return {
          start,
          end: cp(c.Input, r.End + 1),
          surface: r.Text,
          value,
          code: code as string | null,
          externalUnit: r.Resolution.unit ?? 'percent',
          range: null,
          bound: boundOf(c.Input, start),
        };
      })
      .filter((g) => Number.isFinite(g.value)),
  }));
}

function loadQuantulum(file: string): Case[] {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Array<{
    req: string;
    res: Array<{ value: number; unit: string; surface: string; uncertainty?: number }>;
  }>;
  return raw.map((c) => {
    let from = 0;
    const gold: GoldFigure[] = [];
    for (const r of c.res) {
      let at = c.req.indexOf(r.surface, from);
      if (at < 0) at = c.req.indexOf(r.surface);
      if (at >= 0) from = at + r.surface.length;
      const start = cp(c.req, Math.max(0, at));
      const [code, scale] = externalCode(r.unit);
      if (notAFigure(c.req, r.surface, start, code)) continue;
      const value = r.value * scale;
      const u = r.uncertainty ? r.uncertainty * scale : 0;
      gold.push({
        start,
        end: start + Array.from(r.surface).length,
        surface: r.surface,
        value,
        code,
        externalUnit: r.unit,
        range: u ? { low: value - u, high: value + u } : null,
        bound: boundOf(c.req, start),
      });
    }
    return { text: c.req, gold };
  });
}

const close = (a: number, b: number) => a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

function toBase(value: number, code: string | null): { value: number; dimension: string } | null {
  if (!code) return null;
  const d = dimensionOf(code);
  if (!d) return null;
  return { value: value * d.factor + (d.offset ?? 0), dimension: d.dimension };
}

/** The number a claim read, before the direction its words state signed it. */
function asWritten(c: ExtractedClaim): ExtractedClaim {
  if (c.change !== 'decrease' || c.value >= 0 || /[-−]/.test(c.quote.exact)) return c;
  const flip = (x: number | null) => (x === null ? null : -x);
  return { ...c, value: -c.value, interval: { low: flip(c.interval.high), high: flip(c.interval.low) } };
}

function valueMatches(g: GoldFigure, c: ExtractedClaim): boolean {
  const gb = toBase(g.value, g.code);
  const cb = toBase(c.value, c.unit);
  const candidates = [g.value];
  if (g.range) candidates.push(g.range.low);
  if (gb && cb && gb.dimension === cb.dimension) {
    const shift = (x: number) => toBase(x, g.code)!.value;
    return candidates.some((x) => close(shift(x), cb.value));
  }
  return candidates.some((x) => close(x, c.value));
}

/**
 * The mirror of the range rule: a suite that annotates only one end of a stated range
 * ("eight to 10 feet" → 10 feet) is matched by the claim for the whole range when the annotated
 * words lie inside the claim's (longer) quote and the annotated value inside its interval.
 */
function rangeEndMatches(g: GoldFigure, c: ExtractedClaim): boolean {
  if (g.range || c.interval.low === null || c.interval.high === null) return false;
  if (!(c.quote.start <= g.start && g.end <= c.quote.end && c.quote.end - c.quote.start > g.end - g.start)) return false;
  const gb = toBase(g.value, g.code);
  const same = !!gb && toBase(1, c.unit)?.dimension === gb.dimension;
  const target = same ? gb!.value : g.value;
  const base = (x: number) => (same ? toBase(x, c.unit)!.value : x);
  return base(c.interval.low) <= target && target <= base(c.interval.high) && !close(base(c.value), target);
}

function unitMatches(g: GoldFigure, c: ExtractedClaim): boolean {
  const gd = g.code ? dimensionOf(g.code) : null;
  const cd = dimensionOf(c.unit);
  return !!gd && !!cd && gd.dimension === cd.dimension;
}

/** A value that carries binary rounding noise, as 136669999999.99998 does. */
export function isFloatArtefact(x: number | null): boolean {
  return x !== null && Number.isFinite(x) && x !== Number(x.toPrecision(15));
}

function boundCorrect(g: GoldFigure, c: ExtractedClaim): boolean {
  const { low, high } = c.interval;
  if (g.range) {
    const lo = Math.min(g.range.low, g.range.high);
    const hi = Math.max(g.range.low, g.range.high);
    // Both ends in base units only when both sides have one (as valueMatches compares).
    const sameDimension = !!g.code && toBase(1, g.code)?.dimension === toBase(1, c.unit)?.dimension;
    const scale = (x: number) => (sameDimension ? (toBase(x, g.code)?.value ?? x) : x);
    const cScale = (x: number | null) => (x === null ? null : sameDimension ? (toBase(x, c.unit)?.value ?? x) : x);
    const l = cScale(low);
    const h = cScale(high);
    // The interval covers the stated range and is no wider than the range plus its rounding.
    const width = scale(hi) - scale(lo) + 1e-9;
    // The interval covers the stated range and widens it by no more than the range itself (rounding).
    return l !== null && h !== null && l <= scale(lo) + 1e-9 && h >= scale(hi) - 1e-9 && scale(lo) - l <= width && h - scale(hi) <= width;
  }
  if (g.bound === 'more') return low !== null && close(low, c.value) && high === null;
  if (g.bound === 'less') return high !== null && close(high, c.value) && (low === null || low < c.value);
  if (g.bound === 'about') return low !== null && high !== null && low < c.value && high > c.value;
  return true;
}

function category(g: GoldFigure, text: string): string {
  const s = g.surface;
  const before = Array.from(text)
    .slice(Math.max(0, g.start - 1), g.start)
    .join('');
  if (!g.code) return `unit not in registry (${g.externalUnit})`;
  if (g.range || /\d\s*(?:-|–|to|and)\s*[\d-]/.test(s)) return 'range';
  if (/[×^]|\de[-+]?\d/.test(s)) return 'scientific notation';
  if (/[½⅓¼¾]|\d\/\d|\bhalf|thirds?\b|sixth/.test(s)) return 'fraction';
  if (/^[(-]|minus/.test(s) || before === '-') return 'sign';
  if (/\d[a-zA-Z€£$]/.test(s)) return 'glued unit';
  if (/^[^\d]*\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred|a|an|zero)\b/i.test(s)) return 'spelled number';
  if (/\b(?:thousand|million|billion|trillion|bn|mn|m|k)\b/i.test(s)) return 'magnitude word';
  const dim = dimensionOf(g.code)?.dimension ?? 'unknown';
  return `plain (${dim.startsWith('money') ? 'money' : dim})`;
}

function scoreSuite(suite: Suite) {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let unitGold = 0;
  let unitPredicted = 0;
  let unitMatched = 0;
  let bounded = 0;
  let boundsRight = 0;
  let artefacts = 0;
  let rangeEnds = 0;
  const misses = new Map<string, string[]>();
  const falsePositives: string[] = [];
  const boundErrors: string[] = [];
  const unsupported = new Set<string>();
  for (const kase of suite.cases) {
    const claims = extract(kase.text, { publishedAt: null }).claims.filter(suite.counts).map(asWritten);
    predicted += claims.length;
    for (const c of claims) if ([c.value, c.interval.low, c.interval.high].some(isFloatArtefact)) artefacts++;
    const used = new Set<ExtractedClaim>();
    // The gold figure each claim was matched to (not merely the first with the same value).
    const matchedTo = new Map<ExtractedClaim, GoldFigure>();
    const toUnused: ExtractedClaim[] = [];
    for (const g of kase.gold) {
      gold++;
      if (g.code) unitGold++;
      else unsupported.add(g.externalUnit);
      const overlaps = (c: ExtractedClaim) => c.quote.start < g.end && g.start < c.quote.end;
      const candidates = claims
        .filter((c) => !used.has(c) && valueMatches(g, c))
        .sort((a, b) => Number(overlaps(b)) - Number(overlaps(a)) || Number(unitMatches(g, b)) - Number(unitMatches(g, a)));
      const byEnd = candidates.length ? undefined : claims.find((c) => !used.has(c) && rangeEndMatches(g, c));
      if (byEnd) rangeEnds++;
      const best = candidates[0] ?? byEnd;
      if (!best) {
        const cat = category(g, kase.text);
        const got =
          claims
            .filter(overlaps)
            .map((c) => `${c.value} ${c.unit}`)
            .join(', ') || 'nothing';
        misses.set(cat, [...(misses.get(cat) ?? []), `«${g.surface}» want ${g.value} ${g.code ?? g.externalUnit}, got ${got}`]);
        continue;
      }
      used.add(best);
      matchedTo.set(best, g);
      matched++;
      if (g.code && unitMatches(g, best)) unitMatched++;
      if (g.range || g.bound) {
        bounded++;
        if (boundCorrect(g, best)) boundsRight++;
        else boundErrors.push(`«${g.surface}» (${g.bound ?? 'range'}) → [${best.interval.low}, ${best.interval.high}]`);
      }
    }
    for (const c of claims) {
      if (used.has(c)) {
        if (matchedTo.get(c)!.code) unitPredicted++;
      } else {
        unitPredicted++;
        toUnused.push(c);
      }
    }
    for (const c of toUnused) falsePositives.push(`«${c.quote.exact}» → ${c.value} ${c.unit}`);
  }
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = predicted ? matched / predicted : 1;
  const recall = gold ? matched / gold : 1;
  const uPrecision = unitPredicted ? unitMatched / unitPredicted : 1;
  const uRecall = unitGold ? unitMatched / unitGold : 1;
  return {
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: f1(precision, recall),
    unitF1: f1(uPrecision, uRecall),
    unitGold,
    unitMatched,
    boundAccuracy: bounded ? boundsRight / bounded : null,
    bounded,
    artefacts,
    rangeEnds,
    misses,
    falsePositives,
    boundErrors,
    unsupported,
  };
}

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: npm run bench:quantities -- <dir with recognizers-text/ and quantulum3/>');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');

const moneyDim = (c: ExtractedClaim) => (dimensionOf(c.unit)?.dimension ?? '').startsWith('money') || /^[A-Z]{3}$/.test(c.unit);
const NOT_PHYSICAL = new Set(['count', 'rank', 'fraction', 'percent', 'percentage_point', 'time']);
const suites: Suite[] = [];
const rt = join(dir, 'recognizers-text');
if (existsSync(rt)) {
  suites.push({ name: 'recognizers-text/CurrencyModel', cases: loadRecognizers(join(rt, 'CurrencyModel.json'), 'currency'), counts: moneyDim });
  suites.push({
    name: 'recognizers-text/DimensionModel',
    cases: loadRecognizers(join(rt, 'DimensionModel.json'), 'dimension'),
    counts: (c) => !moneyDim(c) && !NOT_PHYSICAL.has(dimensionOf(c.unit)?.dimension ?? 'count'),
  });
  suites.push({
    name: 'recognizers-text/PercentModel',
    cases: loadRecognizers(join(rt, 'PercentModel.json'), 'percentage'),
    counts: (c) => c.unit === 'percent',
  });
}
const q3 = join(dir, 'quantulum3/quantities.json');
if (existsSync(q3)) suites.push({ name: 'quantulum3', cases: loadQuantulum(q3), counts: () => true });

const pct = (x: number | null) => (x === null ? '  n/a' : (x * 100).toFixed(1).padStart(5));
console.log(`registry: ${registry ? 'src/lexicon/units.ts' : 'none (fallback table)'}`);
console.log('suite                              gold  pred  value P     R    F1 | v+unit F1 | bounds (n) | float artefacts');
for (const suite of suites) {
  const s = scoreSuite(suite);
  console.log(
    `${suite.name.padEnd(34)} ${String(s.gold).padStart(4)} ${String(s.predicted).padStart(5)}  ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} |     ${pct(s.unitF1)} | ${pct(s.boundAccuracy)} (${String(s.bounded).padStart(2)}) | ${s.artefacts}`,
  );
  if (s.rangeEnds) console.log(`    matched by a range end: ${s.rangeEnds}`);
  if (s.unsupported.size) console.log(`    units the registry does not cover: ${[...s.unsupported].join(', ')}`);
  const cats = [...s.misses.entries()].sort((a, b) => b[1].length - a[1].length);
  if (cats.length) console.log(`    misses by category: ${cats.map(([k, v]) => `${k} ${v.length}`).join('; ')}`);
  if (verbose) {
    for (const [k, v] of cats) for (const m of v) console.log(`      miss [${k}] ${m}`);
    for (const fp of s.falsePositives) console.log(`      false positive ${fp}`);
    for (const b of s.boundErrors) console.log(`      bound ${b}`);
  }
}
