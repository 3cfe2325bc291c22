import type { AuditAction, AuditTarget, ChangeDirection, Modality, PeriodResolution, Qualifier, Stance, StatType } from '../domain/enums.js';
import type { Claim, Metric } from '../schemas/claims.js';
import type { AuditEntry } from '../schemas/audit.js';
import type { Conflict } from '../schemas/conflicts.js';
import type { ConflictReview } from '../schemas/reviews.js';
import type { Passage, Source } from '../schemas/sources.js';
import { effectiveFields, type OverrideFields } from '../review/effective.js';
import type {
  CitationPage,
  CitedClaim,
  NewClaim,
  ListedConflict,
  NewConflict,
  NewMetric,
  NewPassage,
  MetricFilter,
  NewSource,
  Proposition,
  PropositionClaim,
  PropositionKey,
  ReviewRecord,
  StoredCitation,
  StoredSelectors,
} from './types.js';

/*
 * The one mapping between stored rows and API objects, per entity. Both engines' schemas
 * declare the same column names in camelCase, so their rows fit these shapes.
 */

export interface SourceRow {
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string;
  contentHash: string;
  characterCount: number;
  claimCount: number;
  createdAt: string;
}

export const toSource = (row: SourceRow): Source => ({
  id: row.id,
  title: row.title,
  authors: row.authors,
  publisher: row.publisher,
  url: row.url,
  publishedAt: row.publishedAt,
  language: row.language,
  contentHash: row.contentHash,
  characterCount: row.characterCount,
  claimCount: row.claimCount,
  createdAt: row.createdAt,
});

export const sourceRow = (s: NewSource): SourceRow & { text: string } => ({ ...toSource(s), text: s.text });

export interface PassageRow {
  id: string;
  sourceId: string;
  ordinal: number;
  start: number;
  end: number;
  text: string;
  prefix: string;
  suffix: string;
  paragraph: number;
}

export const toPassage = (row: Omit<PassageRow, 'ordinal'>): Passage => ({
  id: row.id,
  sourceId: row.sourceId,
  start: row.start,
  end: row.end,
  text: row.text,
  prefix: row.prefix,
  suffix: row.suffix,
  paragraph: row.paragraph,
});

export const passageRow = (p: NewPassage): PassageRow => ({ ...toPassage(p), ordinal: p.ordinal });

export interface MetricRow {
  key: string;
  label: string;
  unitKind: string;
  description: string;
  derived: boolean;
  measure: string | null;
  subject: string[] | null;
  counterpart: string | null;
  facets: string[] | null;
  statType: StatType | null;
  basis: string | null;
  modality: Modality | null;
}

export function propositionOf(
  row: Pick<MetricRow, 'measure' | 'subject' | 'counterpart' | 'facets' | 'statType' | 'basis' | 'modality'> | undefined,
): Proposition | null {
  if (!row?.measure) return null;
  return {
    measure: row.measure,
    subject: row.subject ?? [],
    counterpart: row.counterpart,
    facets: row.facets ?? [],
    statType: row.statType as StatType,
    basis: row.basis,
    modality: row.modality as Modality,
  };
}

export const toMetric = (row: MetricRow, claimCount: number): Metric => ({
  key: row.key,
  label: row.label,
  unitKind: row.unitKind,
  description: row.description,
  claimCount,
  derived: row.derived,
  proposition: propositionOf(row),
});

export function metricRow({ proposition: p, ...m }: NewMetric): MetricRow {
  return {
    ...m,
    measure: p?.measure ?? null,
    subject: p?.subject ?? null,
    counterpart: p?.counterpart ?? null,
    facets: p?.facets ?? null,
    statType: p?.statType ?? null,
    basis: p?.basis ?? null,
    modality: p?.modality ?? null,
  };
}

export interface ClaimRow {
  id: string;
  sourceId: string;
  passageId: string;
  statement: string;
  metric: string | null;
  quoteExact: string;
  quoteStart: number;
  quoteEnd: number;
  value: number;
  unit: string;
  qualifier: Qualifier;
  intervalLow: number | null;
  intervalHigh: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodLabel: string | null;
  periodResolution: PeriodResolution | null;
  comparable: boolean;
  restates: string | null;
  change: ChangeDirection | null;
}

export function toClaim(row: ClaimRow, proposition: Proposition | null): Claim {
  return {
    id: row.id,
    sourceId: row.sourceId,
    passageId: row.passageId,
    statement: row.statement,
    metric: row.metric,
    quote: { exact: row.quoteExact, start: row.quoteStart, end: row.quoteEnd },
    value: row.value,
    unit: row.unit,
    qualifier: row.qualifier,
    interval: { low: row.intervalLow, high: row.intervalHigh },
    period: row.periodResolution
      ? {
          start: row.periodStart,
          end: row.periodEnd,
          label: row.periodLabel ?? '',
          resolution: row.periodResolution,
        }
      : null,
    proposition,
    comparable: row.comparable,
    change: row.change ?? null,
    restates: row.restates,
  };
}

export const claimRow = (c: NewClaim): ClaimRow => ({
  id: c.id,
  sourceId: c.sourceId,
  passageId: c.passageId,
  statement: c.statement,
  metric: c.metric,
  quoteExact: c.quote.exact,
  quoteStart: c.quote.start,
  quoteEnd: c.quote.end,
  value: c.value,
  unit: c.unit,
  qualifier: c.qualifier,
  intervalLow: c.interval.low,
  intervalHigh: c.interval.high,
  periodStart: c.period?.start ?? null,
  periodEnd: c.period?.end ?? null,
  periodLabel: c.period?.label ?? null,
  periodResolution: c.period?.resolution ?? null,
  comparable: c.comparable,
  restates: c.restates,
  change: c.change,
});

export type ConflictRow = Omit<NewConflict, 'members'> & { claimCount: number; claimsJson: string | null };

export const conflictRow = ({ members, ...row }: NewConflict): ConflictRow => ({
  ...row,
  claimCount: members.length,
  claimsJson: conflictClaimsJson(members),
});

/** Orders strings as both engines' indexes do (UTF-8 bytes, i.e. code points), not by UTF-16 unit. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate (a code point above U+FFFF) sorts after every unit from U+E000 up.
    const high = (u: number) => (u >= 0xd800 && u <= 0xdfff ? u + 0x2000 : u >= 0xe000 ? u - 0x800 : u);
    return high(x) - high(y);
  }
  return a.length - b.length;
}

/**
 * A group's members exactly as the API lists them (`Conflict.claims`): in source then claim
 * order, each with the figure the group was judged on. Stored with the group, so serving a page
 * splices this text in instead of joining every member's claim again.
 */
export function conflictClaimsJson(members: ReadonlyArray<Omit<NewConflict['members'][number], 'stance'>>): string {
  const ordered = [...members].sort((a, b) => compareCodePoints(a.sourceId, b.sourceId) || compareCodePoints(a.claimId, b.claimId));
  const claims: Conflict['claims'] = ordered.map((m) => ({
    claimId: m.claimId,
    sourceId: m.sourceId,
    value: m.value,
    unit: m.unit,
    interval: { low: m.low, high: m.high },
    deviation: m.deviation,
  }));
  return JSON.stringify(claims);
}

/**
 * Members a page of conflicts holds at most, however many groups `limit` allows: a page ends
 * before the group that would take it past this (a first group always fits, whatever its size),
 * and its cursor continues from there. Keeps a page of large groups as cheap as one of small ones.
 */
export const CONFLICT_PAGE_MEMBERS = 1000;

/** How many of these rows (in page order, `limit + 1` fetched) the page takes: at most `limit`, within the member budget. */
export function conflictPageLength(counts: number[], limit: number): number {
  let members = 0;
  let n = 0;
  while (n < Math.min(limit, counts.length)) {
    members += counts[n]!;
    if (n > 0 && members > CONFLICT_PAGE_MEMBERS) break;
    n++;
  }
  return n;
}

/** A listed conflict with its members parsed, for callers that read them. */
export const withClaims = ({ claimsJson, ...c }: ListedConflict): Conflict => ({ ...c, claims: JSON.parse(claimsJson) as Conflict['claims'] });

export const NOT_REVIEWED: Conflict['review'] = { state: 'open', reviewId: null, author: null, at: null };

/** A conflict's review summary from its latest review entry. */
export const reviewSummaryOf = (r: ReviewRecord | undefined): Conflict['review'] =>
  r ? { state: r.state, reviewId: r.id, author: r.author, at: r.createdAt } : NOT_REVIEWED;

export const toListedConflict = (
  row: Omit<ConflictRow, 'claimsJson'>,
  claimsJson: string,
  proposition: Conflict['proposition'],
  review: Conflict['review'] = NOT_REVIEWED,
): ListedConflict => ({
  id: row.id,
  metric: row.metric,
  proposition,
  period: { start: row.periodStart, end: row.periodEnd, label: row.periodLabel, resolution: row.periodResolution },
  status: row.status,
  severity: row.severity,
  claimsJson,
  consensus: { value: row.consensusValue, unit: row.unit, method: row.consensusMethod },
  spread: row.spread,
  explanation: row.explanation,
  review,
});

/** A proposition's candidate claim as read (extracted fields with its override, if any). */
export interface CandidateRow extends Omit<PropositionClaim, 'metricLabel' | 'periodStart' | 'periodEnd' | 'metric'> {
  metric: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  override: OverrideFields | null;
}

export type EffectiveCandidate = Omit<CandidateRow, 'override'>;

/** A candidate as conflicts judge it: override ?? extraction. */
export function effectiveCandidate({ override, ...row }: CandidateRow): EffectiveCandidate {
  return effectiveFields(row, override);
}

export const isComparableCandidate = (c: EffectiveCandidate): c is EffectiveCandidate & PropositionKey =>
  c.comparable && c.metric !== null && c.periodStart !== null && c.periodEnd !== null;

export const samePropositionAs = (p: PropositionKey) => (c: PropositionKey) =>
  c.metric === p.metric && c.periodStart === p.periodStart && c.periodEnd === p.periodEnd;

export const propositionKeyOf = (c: PropositionKey): PropositionKey => ({ metric: c.metric, periodStart: c.periodStart, periodEnd: c.periodEnd });

/** One key per distinct proposition, in first-seen order. */
export function distinctPropositions(list: PropositionKey[]): PropositionKey[] {
  const seen = new Map<string, PropositionKey>();
  for (const p of list) seen.set(`${p.metric}\u0000${p.periodStart}\u0000${p.periodEnd}`, propositionKeyOf(p));
  return [...seen.values()];
}

/**
 * The words a search matches on, the same on both engines: runs of letters and digits, so
 * operators, quotes and column filters in a user's query are searched as plain text. At most
 * 32 words; null when there is nothing to search for.
 */
export function searchWords(input: string): string[] | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  return words ? words.slice(0, 32) : null;
}

/** A year as the inclusive ISO date range a period must overlap. */
/**
 * The filters kept as terms (claim_terms, conflict_terms, kept by triggers): the proposition's measure and entity,
 * and the calendar year. The year's term only narrows the rows read; the period condition on the
 * row itself stays the exact test.
 */
export function listTerms(filter: MetricFilter & { year?: number | undefined }): string[] {
  const terms: string[] = [];
  if (filter.measure) terms.push(`measure:${filter.measure}`);
  if (filter.entity) terms.push(`entity:${filter.entity}`);
  if (filter.year !== undefined) terms.push(`year:${filter.year}`);
  return terms;
}

export function yearRange(year: number): { first: string; last: string } {
  const y = String(year).padStart(4, '0');
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * Terms for an engine without FTS5's tokenizer: the same words, lower-cased and without
 * diacritics (as FTS5's `unicode61 remove_diacritics 2` reads them).
 */
export function searchTerms(input: string): string[] | null {
  const words = searchWords(input.normalize('NFD').replace(/\p{M}/gu, ''));
  return words && words.map((w) => w.toLowerCase());
}

export interface AuditRow {
  id: number;
  at: string;
  keyName: string;
  requestId: string | null;
  action: AuditAction;
  targetType: AuditTarget;
  targetId: string;
  changes: Record<string, unknown>;
}

export const toAuditEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  key: r.keyName,
  requestId: r.requestId,
  action: r.action,
  target: { type: r.targetType, id: r.targetId },
  changes: r.changes,
});

export const toConflictReview = (r: ReviewRecord): ConflictReview => ({
  id: r.id,
  conflictId: r.conflictId,
  state: r.state,
  reason: r.reason ?? null,
  note: r.note,
  accepted: r.acceptedValue === null ? null : { value: r.acceptedValue, unit: r.acceptedUnit ?? '', claimId: r.supportClaimId, sourceId: r.supportSourceId },
  author: r.author,
  requestId: r.requestId,
  createdAt: r.createdAt,
  snapshot: r.snapshot,
  changes: r.changes ?? null,
});

/** A claim read with its source, passage and stored citation parts (left-joined: possibly all null). */
export interface CitedRow {
  claim: Pick<ClaimRow, 'id' | 'sourceId' | 'statement' | 'quoteExact' | 'quoteStart' | 'quoteEnd'>;
  source: SourceRow;
  passage: Omit<PassageRow, 'ordinal'>;
  citation: { [K in keyof StoredCitation]: StoredCitation[K] | null } | null;
  selectors: { [K in keyof StoredSelectors]: StoredSelectors[K] | null } | null;
}

export function citedClaimOf(row: CitedRow): CitedClaim {
  const c = row.citation;
  const s = row.selectors;
  const k = row.claim;
  return {
    claim: { id: k.id, sourceId: k.sourceId, statement: k.statement, quote: { exact: k.quoteExact, start: k.quoteStart, end: k.quoteEnd } },
    source: toSource(row.source),
    passage: toPassage(row.passage),
    citation:
      c && c.key !== null && c.apa !== null && c.mla !== null && c.chicago !== null && c.bibtex !== null && c.ris !== null
        ? { key: c.key, apa: c.apa, mla: c.mla, chicago: c.chicago, bibtex: c.bibtex, ris: c.ris }
        : null,
    selectors:
      s && s.exact !== null && s.prefix !== null && s.suffix !== null && s.start !== null && s.end !== null
        ? { exact: s.exact, prefix: s.prefix, suffix: s.suffix, start: s.start, end: s.end }
        : null,
  };
}

/** Peer counts by stance relative to the cited claim's own stance in its group. */
export function peerCounts(rows: Array<{ stance: string; n: number | string }>, own: string | undefined): CitationPage['counts'] {
  const counts = { corroborating: 0, contradicting: 0 };
  for (const r of rows) counts[r.stance === own ? 'corroborating' : 'contradicting'] += Number(r.n);
  return counts;
}

/** A stored or freshly judged member row of a conflict. */
export interface MemberRow {
  conflictId: string;
  claimId: string;
  sourceId: string;
  deviation: number;
  stance: Stance;
}

/** The writes that turn a proposition's stored conflicts into freshly judged ones. */
export interface ConflictReplacement {
  /** Conflicts no longer judged (their members go with them). */
  deleteConflicts: string[];
  insertConflicts: ConflictRow[];
  updateConflicts: ConflictRow[];
  /** Member rows to remove from conflicts that stay: gone, or changed (re-inserted below). */
  deleteMembers: Array<{ conflictId: string; claimIds: string[] }>;
  insertMembers: MemberRow[];
}

const CONFLICT_FIELDS = [
  'metric',
  'unit',
  'periodStart',
  'periodEnd',
  'periodLabel',
  'periodResolution',
  'status',
  'severity',
  'consensusValue',
  'consensusMethod',
  'spread',
  'explanation',
  'claimCount',
  'claimsJson',
] as const satisfies ReadonlyArray<keyof ConflictRow>;

/**
 * Only what changed: a restatement that leaves the consensus where it was adds one member row
 * and rewrites the group's own row, instead of deleting and re-inserting every member. Where
 * the consensus moves, every deviation changes and every member row is rewritten, as the
 * statistics require.
 */
export function planConflictReplacement(stored: ConflictRow[], storedMembers: MemberRow[], writes: NewConflict[]): ConflictReplacement {
  const before = new Map(stored.map((r) => [r.id, r]));
  const judged = new Set(writes.map((w) => w.id));
  const plan: ConflictReplacement = {
    deleteConflicts: stored.filter((r) => !judged.has(r.id)).map((r) => r.id),
    insertConflicts: [],
    updateConflicts: [],
    deleteMembers: [],
    insertMembers: [],
  };
  const membersBefore = new Map<string, Map<string, MemberRow>>();
  for (const m of storedMembers) {
    if (!judged.has(m.conflictId)) continue;
    const of = membersBefore.get(m.conflictId) ?? new Map<string, MemberRow>();
    of.set(m.claimId, m);
    membersBefore.set(m.conflictId, of);
  }
  for (const w of writes) {
    const row = conflictRow(w);
    const old = before.get(w.id);
    if (!old) plan.insertConflicts.push(row);
    else if (CONFLICT_FIELDS.some((f) => !Object.is(old[f], row[f]))) plan.updateConflicts.push(row);
    const previous = membersBefore.get(w.id) ?? new Map<string, MemberRow>();
    const removed: string[] = [];
    for (const m of w.members) {
      const was = previous.get(m.claimId);
      previous.delete(m.claimId);
      if (was && was.sourceId === m.sourceId && was.stance === m.stance && Object.is(was.deviation, m.deviation)) continue;
      if (was) removed.push(m.claimId);
      plan.insertMembers.push({ conflictId: w.id, claimId: m.claimId, sourceId: m.sourceId, deviation: m.deviation, stance: m.stance });
    }
    removed.push(...previous.keys());
    if (removed.length > 0) plan.deleteMembers.push({ conflictId: w.id, claimIds: removed });
  }
  return plan;
}
