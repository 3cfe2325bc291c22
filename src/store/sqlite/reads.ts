import type Database from 'better-sqlite3';
import { NotFoundError } from '../../domain/errors.js';
import type { Claim, Metric } from '../../schemas/claims.js';
import type { Conflict } from '../../schemas/conflicts.js';
import type { Passage, Source } from '../../schemas/sources.js';
import { decodeCursor, paginate } from '../cursor.js';
import { NOT_REVIEWED, toClaim, toConflict, toMetric, toPassage, yearRange, type ClaimRow, type ConflictRow, type MetricRow } from '../mapping.js';
import type { ClaimFilter, ConflictFilter, MetricFilter, Page, PageQuery, Proposition } from '../types.js';
import { toFtsQuery } from './claims.js';

/*
 * The read paths every API client hits, as SQL prepared once per connection: one statement per
 * filter shape (which filters are present), rows fetched with their proposition (and, for
 * conflicts, their latest review) in the same statement, mapped by hand. Variable-length id
 * lists are bound as one JSON array (`json_each`), so their statements are prepared once too.
 * These answer exactly what the drizzle queries of claims.ts/conflicts.ts answered.
 */

type Params = Array<string | number>;

/** The proposition columns of `metrics m`, named as MetricRow's. */
const PROPOSITION = `m.measure as measure, m.subject as subject, m.counterpart as counterpart, m.facets as facets,
  m.stat_type as statType, m.basis as basis, m.modality as modality`;

const CLAIM = `c.id as id, c.source_id as sourceId, c.passage_id as passageId, c.statement as statement, c.metric as metric,
  c.quote_exact as quoteExact, c.quote_start as quoteStart, c.quote_end as quoteEnd, c.value as value, c.unit as unit,
  c.qualifier as qualifier, c.interval_low as intervalLow, c.interval_high as intervalHigh, c.period_start as periodStart,
  c.period_end as periodEnd, c.period_label as periodLabel, c.period_resolution as periodResolution,
  c.comparable as comparable, c.restates as restates, c.change as change, ${PROPOSITION}`;

const SOURCE = `id, title, authors, publisher, url, published_at as publishedAt, language, content_hash as contentHash,
  character_count as characterCount, claim_count as claimCount, created_at as createdAt`;

const CONFLICT = `c.id as id, c.metric as metric, c.unit as unit, c.period_start as periodStart, c.period_end as periodEnd,
  c.period_label as periodLabel, c.period_resolution as periodResolution, c.status as status, c.severity as severity,
  c.consensus_value as consensusValue, c.consensus_method as consensusMethod, c.spread as spread,
  c.explanation as explanation, ${PROPOSITION}, r.id as reviewId, r.state as reviewState, r.author as reviewAuthor,
  r.created_at as reviewAt`;

const CONFLICT_FROM = `conflicts c left join metrics m on m.key = c.metric
  left join conflict_reviews r on r.id = (select max(x.id) from conflict_reviews x where x.conflict_id = c.id)`;

/** Metric keys whose proposition has the measure and/or names the entity, as claims.ts's metricKeysMatching. */
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

const where = (parts: string[]) => (parts.length ? `where ${parts.join(' and ')}` : '');

type PropositionColumns = Pick<MetricRow, 'measure' | 'counterpart' | 'statType' | 'basis' | 'modality'> & { subject: string | null; facets: string | null };

function propositionOf(r: PropositionColumns): Proposition | null {
  if (!r.measure) return null;
  return {
    measure: r.measure,
    subject: r.subject === null ? [] : (JSON.parse(r.subject) as string[]),
    counterpart: r.counterpart,
    facets: r.facets === null ? [] : (JSON.parse(r.facets) as string[]),
    statType: r.statType as Proposition['statType'],
    basis: r.basis,
    modality: r.modality as Proposition['modality'],
  };
}

type RawClaim = Omit<ClaimRow, 'comparable'> & { comparable: number } & PropositionColumns;
const claimOf = (r: RawClaim): Claim => toClaim({ ...r, comparable: r.comparable === 1 }, propositionOf(r));

type RawSource = Omit<Source, 'authors'> & { authors: string };
const sourceOf = (r: RawSource): Source => ({
  id: r.id,
  title: r.title,
  authors: JSON.parse(r.authors) as string[],
  publisher: r.publisher,
  url: r.url,
  publishedAt: r.publishedAt,
  language: r.language,
  contentHash: r.contentHash,
  characterCount: r.characterCount,
  claimCount: r.claimCount,
  createdAt: r.createdAt,
});

type RawConflict = ConflictRow &
  PropositionColumns & { reviewId: number | null; reviewState: string | null; reviewAuthor: string | null; reviewAt: string | null };

type RawMember = { conflictId: string; claimId: string; sourceId: string; deviation: number; value: number; unit: string; low: number | null; high: number | null };

export class SqliteReads {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  /** The statement for this SQL text, prepared on first use. */
  private statement(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }

  ping(): void {
    this.statement('select 1').get();
  }

  getSource(id: string): Source {
    const row = this.statement(`select ${SOURCE} from sources where id = ?`).get(id) as RawSource | undefined;
    if (!row) throw new NotFoundError('source', id);
    return sourceOf(row);
  }

  listSources(page: PageQuery): Page<Source> {
    const params: Params = [];
    const parts: string[] = [];
    if (page.cursor) {
      parts.push('id > ?');
      params.push(String(decodeCursor(page.cursor, ['string'])[0]));
    }
    params.push(page.limit + 1);
    const rows = this.statement(`select ${SOURCE} from sources ${where(parts)} order by id limit ?`).all(...params) as RawSource[];
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.id]);
    return { data: data.map(sourceOf), nextCursor };
  }

  getPassage(id: string): Passage {
    const row = this.statement(
      'select id, source_id as sourceId, start, "end", text, prefix, suffix, paragraph from passages where id = ?',
    ).get(id) as Passage | undefined;
    if (!row) throw new NotFoundError('passage', id);
    return toPassage(row);
  }

  getClaim(id: string): Claim {
    const row = this.statement(`select ${CLAIM} from claims c left join metrics m on m.key = c.metric where c.id = ?`).get(id) as RawClaim | undefined;
    if (!row) throw new NotFoundError('claim', id);
    return claimOf(row);
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
    const keys = metricKeysMatching(filter, params);
    if (keys) parts.push(`c.metric in ${keys}`);
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      parts.push('c.period_start <= ?', 'c.period_end >= ?');
      params.push(last, first);
    }
    if (filter.q !== undefined) {
      const match = toFtsQuery(filter.q);
      if (match === null) return { data: [], nextCursor: null };
      parts.push('c.passage_id in (select p.id from passages p where p.rowid in (select rowid from passages_fts where passages_fts match ?))');
      params.push(match);
    }
    if (page.cursor) {
      const [sourceId, start, id] = decodeCursor(page.cursor, ['string', 'number', 'string']);
      parts.push('(c.source_id, c.quote_start, c.id) > (?, ?, ?)');
      params.push(sourceId!, start!, id!);
    }
    params.push(page.limit + 1);
    const sql = `select ${CLAIM} from claims c left join metrics m on m.key = c.metric ${where(parts)}
      order by c.source_id, c.quote_start, c.id limit ?`;
    const rows = this.statement(sql).all(...params) as RawClaim[];
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.sourceId, r.quoteStart, r.id]);
    return { data: data.map(claimOf), nextCursor };
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
    const sql = `select m.key as key, m.label as label, m.unit_kind as unitKind, m.description as description, m.derived as derived,
      ${PROPOSITION}, (select count(*) from claims c where c.metric = m.key) as claimCount
      from metrics m ${where(parts)} order by m.key limit ?`;
    const rows = this.statement(sql).all(...params) as Array<Omit<MetricRow, 'derived' | 'subject' | 'facets'> & PropositionColumns & { derived: number; claimCount: number }>;
    const { data, nextCursor } = paginate(rows, query.limit, (r) => [r.key]);
    return {
      data: data.map((r) => ({ ...toMetric({ ...r, derived: r.derived === 1, subject: null, facets: null }, r.claimCount), proposition: propositionOf(r) })),
      nextCursor,
    };
  }

  getConflict(id: string): Conflict {
    const row = this.statement(`select ${CONFLICT} from ${CONFLICT_FROM} where c.id = ?`).get(id) as RawConflict | undefined;
    if (!row) throw new NotFoundError('conflict', id);
    return this.conflictsOf([row])[0]!;
  }

  listConflicts(filter: ConflictFilter, page: PageQuery): Page<Conflict> {
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
    const keys = metricKeysMatching(filter, params);
    if (keys) parts.push(`c.metric in ${keys}`);
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      parts.push('c.period_start <= ?', 'c.period_end >= ?');
      params.push(last, first);
    }
    if (filter.review) {
      parts.push("coalesce(r.state, 'open') = ?");
      params.push(filter.review);
    }
    if (page.cursor) {
      parts.push('c.id > ?');
      params.push(String(decodeCursor(page.cursor, ['string'])[0]));
    }
    params.push(page.limit + 1);
    const rows = this.statement(`select ${CONFLICT} from ${CONFLICT_FROM} ${where(parts)} order by c.id limit ?`).all(...params) as RawConflict[];
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.id]);
    return { data: this.conflictsOf(data), nextCursor };
  }

  /** Conflicts with their members (as judged: a reviewer's corrected value where there is one), in one more statement. */
  private conflictsOf(rows: RawConflict[]): Conflict[] {
    if (rows.length === 0) return [];
    const members = new Map<string, Conflict['claims']>();
    const found = this.statement(
      `select cc.conflict_id as conflictId, cc.claim_id as claimId, cc.source_id as sourceId, cc.deviation as deviation,
        coalesce(o.value, c.value) as value, coalesce(o.unit, c.unit) as unit,
        case when o.value is not null then o.value else c.interval_low end as low,
        case when o.value is not null then o.value else c.interval_high end as high
      from conflict_claims cc join claims c on c.id = cc.claim_id left join claim_overrides o on o.claim_id = c.id
      where cc.conflict_id in (select value from json_each(?))
      order by cc.conflict_id, cc.source_id, cc.claim_id`,
    ).all(JSON.stringify(rows.map((r) => r.id))) as RawMember[];
    for (const m of found) {
      let list = members.get(m.conflictId);
      if (!list) members.set(m.conflictId, (list = []));
      list.push({ claimId: m.claimId, sourceId: m.sourceId, value: m.value, unit: m.unit, interval: { low: m.low, high: m.high }, deviation: m.deviation });
    }
    return rows.map((r) =>
      toConflict(
        r,
        members.get(r.id) ?? [],
        propositionOf(r),
        r.reviewId === null ? NOT_REVIEWED : { state: r.reviewState as Conflict['review']['state'], reviewId: r.reviewId, author: r.reviewAuthor, at: r.reviewAt },
      ),
    );
  }
}
