import type Database from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors.js';
import type { Claim, Metric } from '../../schemas/claims.js';
import type { Conflict } from '../../schemas/conflicts.js';
import type { Passage, Source } from '../../schemas/sources.js';
import { decodeCursor, encodeCursor, paginate } from '../cursor.js';
import { conflictPageLength, listTerms, NOT_REVIEWED, withClaims, yearRange } from '../mapping.js';
import type { ClaimFilter, ConflictFilter, ListedConflict, MetricFilter, Page, PageQuery, Proposition } from '../types.js';
import { toFtsQuery } from './claims.js';

/*
 * The read paths every API client hits, as SQL prepared once per connection: one statement per
 * filter shape (which filters are present), cached by its text. Rows come back as arrays
 * (better-sqlite3's raw mode: building an object per row costs more than the query) and are
 * mapped by position into the API objects, in the order the columns are listed below. Variable-
 * length id lists are bound as one JSON array (`json_each`), so their statements are prepared
 * once too. A metric key renders its proposition, so propositions are kept in memory by key.
 * These answer exactly what the drizzle queries of claims.ts/conflicts.ts answered.
 */

type Params = Array<string | number>;
type Row = unknown[];
type Str = string;
type OptStr = string | null;

const PROPOSITION = 'm.measure, m.subject, m.counterpart, m.facets, m.stat_type, m.basis, m.modality';

/** Reads the seven PROPOSITION columns starting at `at`. */
function propositionAt(r: Row, at: number): Proposition | null {
  const measure = r[at] as OptStr;
  if (!measure) return null;
  const subject = r[at + 1] as OptStr;
  const facets = r[at + 3] as OptStr;
  return {
    measure,
    subject: subject === null ? [] : (JSON.parse(subject) as string[]),
    counterpart: r[at + 2] as OptStr,
    facets: facets === null ? [] : (JSON.parse(facets) as string[]),
    statType: r[at + 4] as Proposition['statType'],
    basis: r[at + 5] as OptStr,
    modality: r[at + 6] as Proposition['modality'],
  };
}

const CLAIM = `c.id, c.source_id, c.passage_id, c.statement, c.metric, c.quote_exact, c.quote_start, c.quote_end, c.value, c.unit,
  c.qualifier, c.interval_low, c.interval_high, c.period_start, c.period_end, c.period_label, c.period_resolution,
  c.comparable, c.restates, c.change`;

function claimAt(r: Row, proposition: Proposition | null): Claim {
  const resolution = r[16] as OptStr;
  return {
    id: r[0] as Str,
    sourceId: r[1] as Str,
    passageId: r[2] as Str,
    statement: r[3] as Str,
    metric: r[4] as OptStr,
    quote: { exact: r[5] as Str, start: r[6] as number, end: r[7] as number },
    value: r[8] as number,
    unit: r[9] as Str,
    qualifier: r[10] as Claim['qualifier'],
    interval: { low: r[11] as number | null, high: r[12] as number | null },
    period: resolution
      ? { start: r[13] as OptStr, end: r[14] as OptStr, label: (r[15] as OptStr) ?? '', resolution: resolution as NonNullable<Claim['period']>['resolution'] }
      : null,
    proposition,
    comparable: r[17] === 1,
    change: r[19] as Claim['change'],
    restates: r[18] as OptStr,
  };
}

const SOURCE = 'id, title, authors, publisher, url, published_at, language, content_hash, character_count, claim_count, created_at';

const sourceAt = (r: Row): Source => ({
  id: r[0] as Str,
  title: r[1] as Str,
  authors: JSON.parse(r[2] as Str) as string[],
  publisher: r[3] as OptStr,
  url: r[4] as OptStr,
  publishedAt: r[5] as OptStr,
  language: r[6] as Str,
  contentHash: r[7] as Str,
  characterCount: r[8] as number,
  claimCount: r[9] as number,
  createdAt: r[10] as Str,
});

const CONFLICT = `c.id, c.metric, c.unit, c.period_start, c.period_end, c.period_label, c.period_resolution, c.status, c.severity,
  c.consensus_value, c.consensus_method, c.spread, c.explanation, c.claim_count`;
/** Where claim_count is in a CONFLICT row. */
const CLAIM_COUNT_AT = 13;

/** The latest review of each conflict in a JSON array of ids: conflict id, review id, state, author, time. */
const LATEST_REVIEWS = `select x.conflict_id, x.id, x.state, x.author, x.created_at from conflict_reviews x
  where x.id in (select max(y.id) from conflict_reviews y where y.conflict_id in (select value from json_each(?)) group by y.conflict_id)`;

function conflictAt(r: Row, claimsJson: string, proposition: Proposition | null, review: Conflict['review']): ListedConflict {
  return {
    id: r[0] as Str,
    metric: r[1] as Str,
    proposition,
    period: { start: r[3] as Str, end: r[4] as Str, label: r[5] as Str, resolution: r[6] as Conflict['period']['resolution'] },
    status: r[7] as Conflict['status'],
    severity: r[8] as Conflict['severity'],
    claimsJson,
    consensus: { value: r[9] as number, unit: r[2] as Str, method: r[10] as Str },
    spread: r[11] as number,
    explanation: r[12] as Str,
    review,
  };
}

/** A conflict member as judged: a reviewer's corrected value where there is one. */
const MEMBER = `cc.claim_id, cc.source_id, coalesce(o.value, c.value), coalesce(o.unit, c.unit),
  case when o.value is not null then o.value else c.interval_low end,
  case when o.value is not null then o.value else c.interval_high end, cc.deviation`;
const MEMBER_FROM = 'from conflict_claims cc join claims c on c.id = cc.claim_id left join claim_overrides o on o.claim_id = c.id';

/** A MEMBER row as the API's member; `at` is where MEMBER's columns start in the row. */
const memberAt = (m: Row, at = 0): Conflict['claims'][number] => ({
  claimId: m[at] as Str,
  sourceId: m[at + 1] as Str,
  value: m[at + 2] as number,
  unit: m[at + 3] as Str,
  interval: { low: m[at + 4] as number | null, high: m[at + 5] as number | null },
  deviation: m[at + 6] as number,
});

/** Metric keys whose proposition has the measure and/or names the entity. */
function metricKeysMatching(filter: MetricFilter, params: Params): string | undefined {
  const parts: string[] = [];
  if (filter.measure) {
    parts.push('k.measure = ?');
    params.push(filter.measure);
  }
  if (filter.entity) {
    parts.push('(k.counterpart = ? or exists (select 1 from json_each(k.subject) where json_each.value = ?))');
    params.push(filter.entity, filter.entity);
  }
  return parts.length ? `(select k.key from metrics k where ${parts.join(' and ')})` : undefined;
}

/** A claim has a term: one lookup on claim_terms' key. */
const CLAIM_HAS_TERM =
  'exists (select 1 from claim_terms x where x.term = ? and x.source_id = c.source_id and x.quote_start = c.quote_start and x.claim_id = c.id)';

const where = (parts: string[]) => (parts.length ? `where ${parts.join(' and ')}` : '');

/** Matching passages read per step of a full-text search; doubled while steps come back short. */
const SEARCH_STEP = 64;
const SEARCH_STEP_MAX = 4096;

/** Propositions kept per metric key; past this many the memory starts over. */
const PROPOSITIONS_KEPT = 50_000;

export class SqliteReads {
  private readonly cache = new Map<string, Database.Statement>();
  private readonly propositions = new Map<string, Proposition | null>();

  constructor(
    private readonly sqlite: Database.Database,
    /** Sees every statement run and its parameters (query-plan tests). */
    private readonly onQuery?: (sql: string, params: Params) => void,
  ) {}

  /** The statement for this SQL text, prepared (in raw mode) on first use. */
  private statement(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      if (s.reader) s.raw(true);
      this.cache.set(sql, s);
    }
    return s;
  }

  private one(sql: string, ...params: Params): Row | undefined {
    this.onQuery?.(sql, params);
    return this.statement(sql).get(...params) as Row | undefined;
  }

  private all(sql: string, ...params: Params): Row[] {
    this.onQuery?.(sql, params);
    return this.statement(sql).all(...params) as Row[];
  }

  /** The propositions of these metric keys: from memory, the ones not seen yet in one statement. */
  private propositionsOf(keys: Array<string | null>): Map<string, Proposition | null> {
    const missing = keys.filter((k): k is string => k !== null && !this.propositions.has(k));
    if (missing.length) {
      if (this.propositions.size + missing.length > PROPOSITIONS_KEPT) this.propositions.clear();
      const rows = this.all(
        `select m.key, ${PROPOSITION} from metrics m where m.key in (select value from json_each(?))`,
        JSON.stringify([...new Set(missing)]),
      );
      for (const r of rows) this.propositions.set(r[0] as Str, propositionAt(r, 1));
    }
    return this.propositions;
  }

  private claimsOf(rows: Row[]): Claim[] {
    const props = this.propositionsOf(rows.map((r) => r[4] as OptStr));
    return rows.map((r) => claimAt(r, r[4] === null ? null : (props.get(r[4] as Str) ?? null)));
  }

  ping(): void {
    this.one('select 1');
  }

  getSource(id: string): Source {
    const row = this.one(`select ${SOURCE} from sources where id = ?`, id);
    if (!row) throw new NotFoundError('source', id);
    return sourceAt(row);
  }

  listSources(page: PageQuery): Page<Source> {
    const params: Params = [];
    const parts: string[] = [];
    if (page.cursor) {
      parts.push('id > ?');
      params.push(String(decodeCursor(page.cursor, ['string'])[0]));
    }
    params.push(page.limit + 1);
    const rows = this.all(`select ${SOURCE} from sources ${where(parts)} order by id limit ?`, ...params);
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r[0] as Str]);
    return { data: data.map(sourceAt), nextCursor };
  }

  getPassage(id: string): Passage {
    const r = this.one('select id, source_id, start, "end", text, prefix, suffix, paragraph from passages where id = ?', id);
    if (!r) throw new NotFoundError('passage', id);
    return {
      id: r[0] as Str,
      sourceId: r[1] as Str,
      start: r[2] as number,
      end: r[3] as number,
      text: r[4] as Str,
      prefix: r[5] as Str,
      suffix: r[6] as Str,
      paragraph: r[7] as number,
    };
  }

  getClaim(id: string): Claim {
    const row = this.one(`select ${CLAIM} from claims c where c.id = ?`, id);
    if (!row) throw new NotFoundError('claim', id);
    return this.claimsOf([row])[0]!;
  }

  listClaims(filter: ClaimFilter, page: PageQuery): Page<Claim> {
    const parts: string[] = [];
    const params: Params = [];
    if (filter.sourceId) {
      parts.push('c.source_id = ?');
      params.push(filter.sourceId);
    }
    if (filter.metric) {
      parts.push('c.metric = ?');
      params.push(filter.metric);
    }
    if (filter.unit) {
      parts.push('c.unit = ?');
      params.push(filter.unit);
    }
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      parts.push('c.period_start <= ?', 'c.period_end >= ?');
      params.push(last, first);
    }
    const terms = listTerms(filter);
    if (filter.q !== undefined) {
      const match = toFtsQuery(filter.q);
      if (match === null) return { data: [], nextCursor: null };
      for (const term of terms) {
        parts.push(CLAIM_HAS_TERM);
        params.push(term);
      }
      return this.searchClaims(match, parts, params, page);
    }
    // A source or metric filter reads its own index in list order; otherwise the first term's
    // rows in claim_terms are the page's driver, read in the same order. Other terms are probes.
    const driver = filter.sourceId || filter.metric ? undefined : terms[0];
    for (const term of driver === undefined ? terms : terms.slice(1)) {
      parts.push(CLAIM_HAS_TERM);
      params.push(term);
    }
    const cursor = page.cursor ? decodeCursor(page.cursor, ['string', 'number', 'string']) : undefined;
    let sql: string;
    if (driver !== undefined) {
      parts.unshift('t.term = ?');
      params.unshift(driver);
      if (cursor) {
        parts.push('(t.source_id, t.quote_start, t.claim_id) > (?, ?, ?)');
        params.push(cursor[0]!, cursor[1]!, cursor[2]!);
      }
      // CROSS JOIN keeps claim_terms the outer loop: its key is the list's order.
      sql = `select ${CLAIM} from claim_terms t cross join claims c on c.id = t.claim_id ${where(parts)}
        order by t.source_id, t.quote_start, t.claim_id limit ?`;
    } else {
      if (cursor) {
        parts.push('(c.source_id, c.quote_start, c.id) > (?, ?, ?)');
        params.push(cursor[0]!, cursor[1]!, cursor[2]!);
      }
      sql = `select ${CLAIM} from claims c ${where(parts)} order by c.source_id, c.quote_start, c.id limit ?`;
    }
    params.push(page.limit + 1);
    const rows = this.all(sql, ...params);
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r[1] as Str, r[6] as number, r[0] as Str]);
    return { data: this.claimsOf(data), nextCursor };
  }

  /**
   * A full-text page in the order the index keeps its matches (the passages' storage order, then
   * position, then id), so a page costs the passages it reads, however many match: the index
   * yields matching passage rowids in order a bounded step at a time, and only those passages'
   * claims are read. Other filters apply to those claims; a step that leaves the page short
   * reads the next, larger one.
   */
  private searchClaims(match: string, filters: string[], filterParams: Params, page: PageQuery): Page<Claim> {
    let after: { seq: number; start: number; id: string } | undefined;
    if (page.cursor) {
      const [seq, start, id] = decodeCursor(page.cursor, ['number', 'number', 'string']);
      after = { seq: seq as number, start: start as number, id: id as string };
    }
    const want = page.limit + 1;
    const rows: Row[] = [];
    let from = after?.seq ?? 0;
    for (let step = SEARCH_STEP; rows.length < want; step = Math.min(step * 2, SEARCH_STEP_MAX)) {
      const seqs = this.all('select rowid from passages_fts where passages_fts match ? and rowid >= ? order by rowid limit ?', match, from, step).map(
        (r) => r[0] as number,
      );
      if (seqs.length === 0) break;
      const parts = [...filters, 'p.rowid in (select value from json_each(?))'];
      const params: Params = [...filterParams, JSON.stringify(seqs)];
      if (after && seqs[0] === after.seq) {
        parts.push('(p.rowid > ? or (c.quote_start, c.id) > (?, ?))');
        params.push(after.seq, after.start, after.id);
      }
      params.push(want - rows.length);
      rows.push(
        ...this.all(
          `select ${CLAIM}, p.rowid from passages p join claims c on c.passage_id = p.id ${where(parts)} order by p.rowid, c.quote_start, c.id limit ?`,
          ...params,
        ),
      );
      if (seqs.length < step) break;
      from = seqs[seqs.length - 1]! + 1;
    }
    const seqAt = CLAIM.split(',').length;
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r[seqAt] as number, r[6] as number, r[0] as Str]);
    return { data: this.claimsOf(data), nextCursor };
  }

  listMetrics(query: PageQuery & MetricFilter): Page<Metric> {
    const parts: string[] = [];
    const params: Params = [];
    if (query.cursor) {
      parts.push('m.key > ?');
      params.push(String(decodeCursor(query.cursor, ['string'])[0]));
    }
    const keys = metricKeysMatching(query, params);
    if (keys) parts.push(`m.key in ${keys}`);
    params.push(query.limit + 1);
    const rows = this.all(
      `select m.key, m.label, m.unit_kind, m.description, (select count(*) from claims c where c.metric = m.key), m.derived, ${PROPOSITION}
      from metrics m ${where(parts)} order by m.key limit ?`,
      ...params,
    );
    const { data, nextCursor } = paginate(rows, query.limit, (r) => [r[0] as Str]);
    return {
      data: data.map((r) => ({
        key: r[0] as Str,
        label: r[1] as Str,
        unitKind: r[2] as Str,
        description: r[3] as Str,
        claimCount: r[4] as number,
        derived: r[5] === 1,
        proposition: propositionAt(r, 6),
      })),
      nextCursor,
    };
  }

  getConflict(id: string): Conflict {
    return withClaims(this.getListedConflict(id));
  }

  getListedConflict(id: string): ListedConflict {
    const row = this.one(`select ${CONFLICT}, c.claims_json from conflicts c where c.id = ?`, id);
    if (!row) throw new NotFoundError('conflict', id);
    const json = (row[CLAIM_COUNT_AT + 1] as OptStr) ?? JSON.stringify(this.membersOf([id]).get(id)!);
    return conflictAt(row, json, this.propositionsOf([row[1] as Str]).get(row[1] as Str) ?? null, this.latestReviewsOf([id]).get(id) ?? NOT_REVIEWED);
  }

  /**
   * The latest review of each of these conflicts, in one statement apart from the page's: a join
   * per listed row cost more than the rest of the row, and most conflicts have no review.
   */
  private latestReviewsOf(ids: string[]): Map<string, Conflict['review']> {
    const rows = this.all(LATEST_REVIEWS, JSON.stringify(ids));
    return new Map(
      rows.map((r) => [r[0] as Str, { state: r[2] as Conflict['review']['state'], reviewId: r[1] as number, author: r[3] as OptStr, at: r[4] as OptStr }]),
    );
  }

  listConflicts(filter: ConflictFilter, page: PageQuery): Page<Conflict> {
    const { data, nextCursor } = this.listConflictPage(filter, page);
    return { data: data.map(withClaims), nextCursor };
  }

  /**
   * A page of conflicts with each group's members as their stored JSON text, in indexed
   * statements: the page's rows in list order (bounded by CONFLICT_PAGE_MEMBERS as well as
   * `limit`), then the member text and the latest reviews of the rows it keeps, by key (and the
   * propositions not yet in memory).
   */
  listConflictPage(filter: ConflictFilter, page: PageQuery): Page<ListedConflict> {
    const parts: string[] = [];
    const params: Params = [];
    if (filter.status !== 'all') {
      parts.push('c.status = ?');
      params.push(filter.status);
    }
    if (filter.severity) {
      parts.push('c.severity = ?');
      params.push(filter.severity);
    }
    if (filter.metric) {
      parts.push('c.metric = ?');
      params.push(filter.metric);
    }
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      parts.push('c.period_start <= ?', 'c.period_end >= ?');
      params.push(last, first);
    }
    if (filter.review) {
      parts.push("coalesce((select r.state from conflict_reviews r where r.conflict_id = c.id order by r.id desc limit 1), 'open') = ?");
      params.push(filter.review);
    }
    // A metric filter reads its own index in id order; otherwise the first term's rows in
    // conflict_terms drive the page, in the same order. Other terms are probes.
    const terms = listTerms(filter);
    const driver = filter.metric ? undefined : terms[0];
    for (const term of driver === undefined ? terms : terms.slice(1)) {
      parts.push('exists (select 1 from conflict_terms x where x.term = ? and x.conflict_id = c.id)');
      params.push(term);
    }
    const after = page.cursor ? String(decodeCursor(page.cursor, ['string'])[0]) : undefined;
    let sql: string;
    if (driver !== undefined) {
      parts.unshift('t.term = ?');
      params.unshift(driver);
      if (after !== undefined) {
        parts.push('t.conflict_id > ?');
        params.push(after);
      }
      // CROSS JOIN keeps conflict_terms the outer loop: its key is the list's order.
      parts.splice(1, 0, 'c.id = t.conflict_id');
      sql = `select ${CONFLICT} from conflict_terms t cross join conflicts c ${where(parts)} order by t.conflict_id limit ?`;
    } else {
      if (after !== undefined) {
        parts.push('c.id > ?');
        params.push(after);
      }
      sql = `select ${CONFLICT} from conflicts c ${where(parts)} order by c.id limit ?`;
    }
    params.push(page.limit + 1);
    const rows = this.all(sql, ...params);
    const data = rows.slice(
      0,
      conflictPageLength(
        rows.map((r) => r[CLAIM_COUNT_AT] as number),
        page.limit,
      ),
    );
    const nextCursor = rows.length > data.length ? encodeCursor([data[data.length - 1]![0] as Str]) : null;
    if (data.length === 0) return { data: [], nextCursor };
    const ids = data.map((r) => r[0] as Str);
    const json = new Map<string, string | null>(
      this.all('select id, claims_json from conflicts where id in (select value from json_each(?))', JSON.stringify(ids)) as Array<[Str, OptStr]>,
    );
    const missing = ids.filter((id) => json.get(id) == null);
    if (missing.length) for (const [id, list] of this.membersOf(missing)) json.set(id, JSON.stringify(list));
    const props = this.propositionsOf(data.map((r) => r[1] as Str));
    const reviews = this.latestReviewsOf(ids);
    return {
      data: data.map((r) => conflictAt(r, json.get(r[0] as Str)!, props.get(r[1] as Str) ?? null, reviews.get(r[0] as Str) ?? NOT_REVIEWED)),
      nextCursor,
    };
  }

  /**
   * Members as the API lists them (as judged: a reviewer's corrected value where there is one),
   * read through the members table: for groups stored before their member text was.
   */
  membersOf(ids: string[]): Map<string, Conflict['claims']> {
    const members = new Map<string, Conflict['claims']>(ids.map((id) => [id, []]));
    const found = this.all(
      `select cc.conflict_id, ${MEMBER} ${MEMBER_FROM}
      where cc.conflict_id in (select value from json_each(?))
      order by cc.conflict_id, cc.source_id, cc.claim_id`,
      JSON.stringify(ids),
    );
    for (const m of found) members.get(m[0] as Str)?.push(memberAt(m, 1));
    return members;
  }

  /**
   * Writes the member text and count of every group stored without them (a store from before
   * they existed), a batch per transaction, walking the key once. Idempotent.
   */
  fillConflictClaims(batch = 500): number {
    const next = this.sqlite.prepare('select id from conflicts where id > ? and claims_json is null order by id limit ?').pluck();
    const update = this.sqlite.prepare('update conflicts set claims_json = ?, claim_count = ? where id = ?');
    const fill = this.sqlite.transaction((ids: string[]) => {
      for (const [id, list] of this.membersOf(ids)) update.run(JSON.stringify(list), list.length, id);
    });
    let filled = 0;
    for (let after = ''; ; ) {
      const ids = next.all(after, batch) as string[];
      if (ids.length === 0) return filled;
      fill.immediate(ids);
      filled += ids.length;
      after = ids[ids.length - 1]!;
    }
  }
}
