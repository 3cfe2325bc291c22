import { z } from 'zod';
import { entities, entityForms, slug } from '../lexicon/entities.js';
import { measures, type Measure } from '../lexicon/measures.js';
import { SurfaceForms } from '../lexicon/surface-forms.js';
import worksData from '../lexicon/works.json' with { type: 'json' };
import { withoutOutturnComparisons } from './against-expectations.js';
import type { SentenceMentions } from './mentions.js';
import { clauseOf, modalityOf, type FigureSpan } from './proposition.js';
import type { Proposition } from './types.js';
import { quickEdges } from './word-edges.js';

/**
 * Works a text measures (films, shows, games, albums, products): "‘Barbie’ opened to $155 million",
 * "Oppenheimer brought in $80.5 million". A title the text sets in quotes names a work; every later
 * mention of it, quoted or not, is that work. A work has no entry in the gazetteer: its id is the
 * slug of its title behind the `work-` prefix, so the same title from two outlets meets and a film
 * called "Brazil" is never the country. Only a work that is the subject or owner of the figure
 * becomes its party; a work set against it ("behind ‘Barbie’") never does.
 */

const WorksSchema = z.strictObject({
  about: z.string(),
  anaphors: z.array(z.string().min(1)),
  comparison: z.array(z.string().min(1)),
  scopes: z.record(z.string().regex(/^[a-z-]+$/), z.array(z.string().min(1))),
  opening: z.array(z.string().min(1)),
  notOpeningWeekend: z.array(z.string().min(1)),
  releaseContext: z.array(z.string().min(1)),
  releaseVerbs: z.array(z.string().min(1)),
  notWorks: z.array(z.string().min(1)),
});
const lexicon = WorksSchema.parse(worksData);

export const WORK_PREFIX = 'work-';
/** The facet a release's first-weekend figure carries: one event per work and market, whenever it fell. */
export const OPENING_WEEKEND = 'opening-weekend';

export const isWorkId = (id: string) => id.startsWith(WORK_PREFIX);

const alternation = (forms: string[]) =>
  forms
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .sort((a, b) => b.length - a.length)
    .join('|');

const ANAPHOR = quickEdges(
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternation(lexicon.anaphors.filter((a) => a !== 'it'))}|the\\s+(?:[\\p{L}-]+\\s+){1,6}(?:film|movie|picture|biopic|comedy|thriller|drama|sequel|blockbuster|musical|show|series|game|album))(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])[Ii]t(?:['’]s)?(?=\\s+(?:\\p{Ll}+ed|took|made|brought|grossed|scored|drew|sold|had|has|was|is|opened|debuted|pulled|raked|collected|also|taken|earned|already)\\b)`,
    'giu',
  ),
);
const SEVERAL = quickEdges(
  /\b(?:(?:the|both|all|these|those|two|three|four|five)\s+(?:[\p{L}-]+\s+){0,2}(?:films|movies|titles|releases|pictures|features|shows)|totals|overall)\b/iu,
);
const COMPARISON_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternation(lexicon.comparison)})\\s+(?:[\\p{Lu}][\\p{L}.’']*\\s+){0,3}[“"‘']?$`, 'iu');
const scopeForms = new SurfaceForms<string>(Object.entries(lexicon.scopes).flatMap(([scope, forms]) => forms.map((f) => [f, scope] as [string, string])));
const openingForms = new SurfaceForms<true>(lexicon.opening.map((f) => [f, true]));
const notOpeningForms = new SurfaceForms<true>(lexicon.notOpeningWeekend.map((f) => [f, true]));
const workVerbForms = new SurfaceForms<Measure[]>(
  (() => {
    const byForm = new Map<string, Measure[]>();
    for (const m of measures.values()) for (const f of m.workForms ?? []) byForm.set(f, [...(byForm.get(f) ?? []), m]);
    return [...byForm.entries()];
  })(),
);
/** Markets named by a gazetteer entity that are the domestic market of box-office reporting. */
const DOMESTIC_ENTITIES = new Set(['united-states', 'canada', 'north-america']);

// A title in quotes: capitalised words (small words between them), at most ten, closed by the matching quote.
const WORD = "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.&-]*|of|the|and|a|an|in|on|at|to|for|from|with|vs\\.?|de|la|le|du|der|die|das|el|y|is|or|—|–|-|:)";
const QUOTED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:“(${WORD}(?:[ \\u00a0]+${WORD}|:){0,11})[,.]?”|‘(${WORD}(?:[ \\u00a0]+${WORD}|:){0,11})[,.]?’(?![\\p{L}])|"(${WORD}(?:[ \\u00a0]+${WORD}|:){0,11})[,.]?")`,
  'gu',
);

const RELEASE_CONTEXT = new RegExp(`\\b(?:${alternation(lexicon.releaseContext)})\\b`, 'i');
const NAMED_RELEASE = new RegExp(
  `(?<![\\p{L}\\p{N}'’])((?:\\p{Lu}[\\p{L}\\p{N}.&-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.&-]*|of|the|and))*?)\\s+(?:${alternation(lexicon.releaseVerbs)})\\s+(?:(?:a|an|about|nearly|over|more\\s+than|some|an\\s+estimated|another)\\s+)?[$€£¥₹]\\s?\\d`,
  'gu',
);
const NOT_WORKS = new RegExp(`(?:^|\\s)(?:${alternation(lexicon.notWorks)})(?:$|\\s)`);
// Words that open a sentence or a clause rather than a name.
const NOT_A_NAME_START =
  /^(?:The|A|An|It|This|That|Its|Their|His|Her|In|On|At|For|And|But|Meanwhile|Overall|Still|Also|Elsewhere|Domestically|Internationally|Globally|Overseas|Worldwide)$/;

export interface WorkTitle {
  id: string;
  title: string;
}

/** The works a document names: titles set in quotes in its headline or text, as a matcher for all their mentions. */
export function documentWorks(headline: string, text: string): SurfaceForms<WorkTitle> | null {
  // (Only a text about releases: "the Belt and Road Initiative" in quotes is no work.)
  if (!RELEASE_CONTEXT.test(headline) && !RELEASE_CONTEXT.test(text)) return null;
  const found = new Map<string, WorkTitle>();
  for (const source of [headline, text])
    for (const m of source.matchAll(QUOTED)) {
      const title = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      if (!title || !/^[\p{Lu}\p{N}]/u.test(title) || title.length > 80) continue;
      // (Quoted words that break off are no title.)
      if (/[:—–-]$/.test(title)) continue;
      if (!found.has(title)) found.set(title, { id: `${WORK_PREFIX}${slug(title)}`, title });
    }
  // "Oppenheimer brought in $80.5 million": a name that takes in money is a work.
  for (const source of [headline, text])
    for (const m of source.matchAll(NAMED_RELEASE)) {
      const words = m[1]!.split(/\s+/);
      while (words.length && NOT_A_NAME_START.test(words[0]!)) words.shift();
      const name = words.join(' ');
      if (!name || NOT_WORKS.test(name) || entityForms.find(name).some((e) => e.start === 0 && e.end === name.length)) continue;
      if (!found.has(name)) found.set(name, { id: `${WORK_PREFIX}${slug(name)}`, title: name });
    }
  return found.size
    ? new SurfaceForms(
        [...found.values()].map((w) => [w.title, w] as [string, WorkTitle]),
        { perDocument: true },
      )
    : null;
}

export interface WorkMention {
  start: number;
  end: number;
  id: string;
  /** Set against the figure ("behind ‘Barbie’", "than Oppenheimer"): never its party. */
  compared: boolean;
}

/** Where the document's works are named in one sentence, quoted or not. */
export function worksIn(sentence: string, works: SurfaceForms<WorkTitle> | null): WorkMention[] {
  if (!works) return [];
  return works.find(sentence).map((m) => ({
    start: m.start,
    end: m.end,
    id: m.value.id,
    compared: COMPARISON_BEFORE.test(sentence.slice(Math.max(0, m.start - 60), m.start)),
  }));
}

/** The work a sentence is about, for "the film" and "it" in the sentences after it: the first one not set against another. */
export function subjectWork(mentions: WorkMention[]): string | null {
  return mentions.find((w) => !w.compared)?.id ?? null;
}

interface Stretch {
  start: number;
  end: number;
}

/**
 * The stretch of the sentence that is this figure's own: its clause, cut at the figures of the same
 * kind before and after it ("grossed $182 million in other territories, for a worldwide total of $337 million").
 */
function stretchOf(sentence: string, figure: FigureSpan, others: Array<{ start: number; end: number; unitKind: string }>): Stretch {
  const clause = clauseOf(sentence, figure.start, figure.end);
  const same = others.filter((o) => o.unitKind === figure.unitKind);
  let start = clause.start;
  let end = clause.end;
  for (const o of same) {
    if (o.end <= figure.start && o.end > start) start = o.end;
    if (o.start >= figure.end && o.start < end) end = o.start;
  }
  return { start, end };
}

/** Words right after the figure before it (at most three): they qualify that figure, not this one. */
function ownedByEarlier(sentence: string, at: number, stretch: Stretch): boolean {
  return (
    /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(sentence.slice(stretch.start, at)) && stretch.start > 0 && /[\d%MmKkBbn)]\s*$/.test(sentence.slice(0, stretch.start))
  );
}

/** The market a figure covers: domestic, international, worldwide, or one country (`in-<id>`). */
export function scopeOf(sentence: string, figure: FigureSpan, stretch: Stretch, mentions: SentenceMentions): string | null {
  const candidates: Array<{ start: number; end: number; scope: string }> = [];
  for (const m of scopeForms.find(sentence)) candidates.push({ start: m.start, end: m.end, scope: m.value });
  for (const e of mentions.entities) {
    const entity = entities.get(e.id);
    if (!entity) continue;
    if (e.id === 'world') candidates.push({ start: e.start, end: e.end, scope: 'worldwide' });
    else if (DOMESTIC_ENTITIES.has(e.id)) candidates.push({ start: e.start, end: e.end, scope: 'domestic' });
    else if (entity.kind === 'country' && /\b(?:in|from)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, e.start - 10), e.start)))
      candidates.push({ start: e.start, end: e.end, scope: `in-${e.id}` });
  }
  const inStretch = candidates.filter(
    (c) => c.start >= stretch.start && c.end <= stretch.end && !(c.end <= figure.start && ownedByEarlier(sentence, c.start, stretch)),
  );
  const distance = (c: { start: number; end: number }) => (c.end <= figure.start ? figure.start - c.end : c.start - figure.end);
  inStretch.sort((a, b) => distance(a) - distance(b));
  return inStretch[0]?.scope ?? null;
}

/** Whether the figure is of the work's first weekend: an opening word in its stretch and no word of a single day or a later weekend. */
function isOpening(sentence: string, stretch: Stretch): boolean {
  const own = sentence.slice(stretch.start, stretch.end);
  return openingForms.find(own).length > 0 && notOpeningForms.find(own).length === 0;
}

export interface WorkContext {
  /** The work the sentences before (in the paragraph) were about, for "the film" and "it". */
  previous: string | null;
  /** The work whose opening weekend the paragraph has just given a figure of. */
  opening?: string | null;
  /** Whether the figure's sentence names a time of its own. */
  timed?: boolean;
}

// "It also grossed $182 million in other territories": a figure added to the opening just given.
const CONTINUES = /\b(?:also|additionally|in addition|plus|another|too|as well)\b/i;

/** The work that is the figure's subject or owner, or null when none is named as such. */
function workOf(sentence: string, figure: FigureSpan, stretch: Stretch, works: WorkMention[], context: WorkContext): string | null {
  const clause = clauseOf(sentence, figure.start, figure.end);
  // "the $153 million opening of “Captain Marvel”", "$169.1 million set by “Harry Potter …”": the work named right after owns it.
  const after = works.find(
    (w) =>
      w.start >= figure.end &&
      w.start - figure.end <= 70 &&
      /^\s*(?:[\p{L}-]+,?\s+){0,4}?(?:of|by|for)\s+(?:[\p{Lu}][\p{L}.]*\s+){0,3}(?:[\p{L}.]+['’]s\s+)?[“"‘']?$/u.test(sentence.slice(figure.end, w.start)),
  );
  if (after) return after.id;
  // "‘Elio’ trailed ‘Jurassic World Rebirth’, which took in $37 million": a relative clause is about the work before it.
  const antecedent = works.find(
    (w) => w.end <= figure.start && /^[”"’']?\s*,\s*[”"’']?\s*(?:which|that)\s+(?:[\p{L}-]+\s+){0,3}$/u.test(sentence.slice(w.end, figure.start)),
  );
  if (antecedent) return antecedent.id;
  // The nearest work before the figure in its clause that is not set against it. ("‘Dune’ opened ahead of
  // “Halloween Kills” with $14 million": whose $14 million the words do not say.)
  // (A title the clause starts inside is in the clause: the colon of "Dune: Part Two" ends no clause of the sentence.)
  const before = works.filter((w) => w.end <= figure.start && w.end > Math.min(clause.start, stretch.start));
  const last = before[before.length - 1];
  if (
    last?.compared &&
    /^[”"’']?,?\s+(?:with|at|on)\s+(?:(?:a|an|about|some|nearly|over)\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(sentence.slice(last.end, figure.start))
  )
    return null;
  const own = before.filter((w) => !w.compared);
  const nearest = own[own.length - 1];
  if (nearest) {
    // ("“Barbie” and “Oppenheimer” earned …": two works own no single figure.)
    const joined = own.length > 1 && /^\s*[”"’']?\s*(?:and|&)\s+(?:[\p{L}.]+['’]s?\s+)?[“"‘']?$/u.test(sentence.slice(own[own.length - 2]!.end, nearest.start));
    return joined ? null : nearest.id;
  }
  // ("the two films … earned openings of over $80 million", "weekend totals": figures of several works.)
  if (SEVERAL.test(sentence.slice(clause.start, figure.start))) return null;
  // "The three-hour-long film brought in $80.5 million": the work named before. ("it" mid-sentence only
  // points back inside its sentence: "Oppenheimer hit theatres …, and it was right behind Barbie".)
  for (const m of sentence.slice(clause.start, figure.start).matchAll(ANAPHOR)) {
    const at = clause.start + m.index;
    const earlier = works.filter((w) => w.end <= at && !w.compared);
    if (earlier.length) return earlier[0]!.id;
    const pronoun = /^it/i.test(m[0]);
    return !pronoun || /^[\s"“‘'(]*$/.test(sentence.slice(0, at)) ? context.previous : null;
  }
  return null;
}

/** The measure of works a word in the figure's stretch states, if one does: before the figure, or right after it ("$80 million debut"). */
function workMeasure(sentence: string, figure: FigureSpan, stretch: Stretch): Measure | null {
  let best: { measure: Measure; distance: number } | null = null;
  for (const m of workVerbForms.find(sentence)) {
    if (m.start < stretch.start || m.end > stretch.end) continue;
    const measure = m.value.find((x) => x.unitKinds.includes(figure.unitKind));
    if (!measure) continue;
    let distance: number;
    if (m.end <= figure.start) distance = figure.start - m.end;
    else if (m.start >= figure.end && /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(sentence.slice(figure.end, m.start))) distance = m.start - figure.end;
    else continue;
    if (!best || distance < best.distance) best = { measure, distance };
  }
  return best?.measure ?? null;
}

/**
 * The proposition of a figure about a work: the work as its party, the market it covers and whether it
 * is the opening weekend as constraints. Null where no work is its subject, or the figure states a
 * measure that is not one of works.
 */
export function workProposition(
  sentence: string,
  figure: FigureSpan,
  others: Array<{ start: number; end: number; unitKind: string }>,
  read: Proposition | null,
  mentions: SentenceMentions,
  works: WorkMention[],
  context: WorkContext,
): Proposition | null {
  if (read && !measures.get(read.measure)?.workForms) return null;
  if (read && read.statType !== 'level') return null;
  const stretch = stretchOf(sentence, figure, others);
  // ("Oppenheimer had a budget of $100 million": the word of a work's measure next to the figure says which.)
  const measure = workMeasure(sentence, figure, stretch) ?? (read ? measures.get(read.measure)! : null);
  if (!measure?.unitKinds.includes(figure.unitKind) || figure.unitKind === 'percent') return null;
  const work = workOf(sentence, figure, stretch, works, context);
  if (!work) return null;
  const facets: string[] = [];
  if (measure.id === 'box-office' || measure.id === 'admissions') {
    const scope = scopeOf(sentence, figure, stretch, mentions);
    if (scope) facets.push(scope);
    const own = sentence.slice(stretch.start, stretch.end);
    const continued =
      context.opening === work &&
      !context.timed &&
      CONTINUES.test(sentence.slice(clauseOf(sentence, figure.start, figure.end).start, figure.start)) &&
      !notOpeningForms.find(own).length;
    if (isOpening(sentence, stretch) || continued) facets.push(OPENING_WEEKEND);
  }
  return {
    measure: measure.id,
    subject: [work],
    counterpart: null,
    facets: facets.sort(),
    statType: 'level',
    basis: null,
    // (Only the figure's own stretch: "After being projected to gross $90–125 million, Barbie … a $155 million opening".)
    modality: estimateOf(sentence, figure, stretch) ? 'forecast' : modalityOf(' '.repeat(stretch.start) + sentence.slice(stretch.start), figure),
  };
}

// "beating out conservative estimates of $50 million", "tracking for $40 million": a figure expected, not taken in.
const ESTIMATED =
  /\b(?:estimates?|projections?|tracking|tracked|expectations?|forecasts?|predictions?|projected|expected|aiming|aims|aimed|on pace|on course|eyeing)\b/i;

function estimateOf(sentence: string, figure: FigureSpan, stretch: Stretch): boolean {
  return ESTIMATED.test(withoutOutturnComparisons(sentence.slice(Math.max(stretch.start, figure.start - 50), figure.start)));
}

/**
 * A box-office figure that names no market in its sentence takes the market the document gives the
 * same work's same value elsewhere (a headline "$337 Million Opening" restated as "a worldwide total
 * of $337 million"); failing that, a dollar figure is the domestic (North American) gross, the
 * convention of box-office reporting in dollars. Other currencies stay without a market and are not compared.
 */
export function settleScopes<T extends { proposition: Proposition | null; value: number; unit: string }>(claims: T[]): T[] {
  const scoped = (p: Proposition) => p.facets.some((f) => f === 'domestic' || f === 'international' || f === 'worldwide' || f.startsWith('in-'));
  return claims.map((c) => {
    const p = c.proposition;
    if (p?.measure !== 'box-office' || !isWorkId(p.subject[0] ?? '') || scoped(p)) return c;
    const same = claims.find(
      (o) =>
        o !== c &&
        o.proposition &&
        o.proposition.measure === p.measure &&
        o.proposition.subject[0] === p.subject[0] &&
        o.value === c.value &&
        scoped(o.proposition),
    );
    const scope = same
      ? same.proposition!.facets.find((f) => f === 'domestic' || f === 'international' || f === 'worldwide' || f.startsWith('in-'))
      : c.unit === 'USD'
        ? 'domestic'
        : null;
    if (!scope) return c;
    return { ...c, proposition: { ...p, facets: [...p.facets, scope].sort() } };
  });
}
