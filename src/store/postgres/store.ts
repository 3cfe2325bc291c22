import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, asc, desc, eq, getTableColumns, gt, gte, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgSelect } from 'drizzle-orm/pg-core';
import type { ReviewState } from '../../domain/enums.js';
import { NotFoundError } from '../../domain/errors.js';
import { decodeCursor, encodeCursor, paginate } from '../cursor.js';
import {
  citedClaimOf,
  claimRow,
  distinctPropositions,
  effectiveCandidate,
  isComparableCandidate,
  metricRow,
  passageRow,
  peerCounts,
  planConflictReplacement,
  propositionKeyOf,
  propositionOf,
  reviewSummaryOf,
  samePropositionAs,
  searchTerms,
  sourceRow,
  toAuditEntry,
  toClaim,
  toListedConflict,
  conflictClaimsJson,
  conflictPageLength,
  withClaims,
  toMetric,
  toPassage,
  toSource,
  listTerms,
  yearRange,
  type CandidateRow,
  type CitedRow,
  type ClaimRow,
} from '../mapping.js';
import type { ReviewSnapshot } from '../../review/snapshot.js';
import type {
  AuditFilter,
  CitationPage,
  MetricFilter,
  NewAuditEntry,
  NewConflict,
  NewReview,
  OverrideRecord,
  PageQuery,
  Proposition,
  PropositionClaim,
  PropositionKey,
  ReviewRecord,
  Store,
  StoreWriter,
  StoredCitation,
  StoredSelectors,
} from '../types.js';
import * as schema from './schema.js';

const {
  auditLog,
  claimOverrides,
  claimSeparations,
  claimTerms,
  claims,
  conflictClaims,
  conflictReviews,
  conflictTerms,
  conflicts,
  metrics,
  passages,
  quoteSelectors,
  sourceCitations,
  sources,
} = schema;

type PgDb = PgDatabase<PgQueryResultHKT, typeof schema>;

const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../../migrations/postgres');

/** Key of the transaction-scoped advisory lock every write takes (any fixed 64-bit number). */
const WRITE_LOCK = 0x70726f76; // "prov"
/** Key of the session lock that lets one process at a time migrate. */
const MIGRATE_LOCK = 0x70726f77;

/** At most this many rows per INSERT: PostgreSQL binds at most 65 535 parameters per statement. */
const ROWS_PER_INSERT = 500;

/** Matching passages read per step of a full-text search; doubled while steps come back short. */
const SEARCH_STEP = 64;
const SEARCH_STEP_MAX = 4096;

const { text: _text, ...sourceColumns } = getTableColumns(sources);
const { search: _search, seq: _seq, ...passageColumns } = getTableColumns(passages);
const { ordinal: _ordinal, ...citedPassageColumns } = passageColumns;

/** What a citation shows of a claim: no proposition, so no second read for it. */
const citedColumns = {
  claim: {
    id: claims.id,
    sourceId: claims.sourceId,
    statement: claims.statement,
    quoteExact: claims.quoteExact,
    quoteStart: claims.quoteStart,
    quoteEnd: claims.quoteEnd,
  },
  source: sourceColumns,
  passage: citedPassageColumns,
  citation: getTableColumns(sourceCitations),
  selectors: getTableColumns(quoteSelectors),
};

function metricKeysMatching(filter: MetricFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.measure) parts.push(sql`${metrics.measure} = ${filter.measure}`);
  if (filter.entity) parts.push(sql`(${metrics.counterpart} = ${filter.entity} or ${metrics.subject} @> jsonb_build_array(${filter.entity}::text))`);
  if (!parts.length) return undefined;
  return sql`(select ${metrics.key} from ${metrics} where ${and(...parts)})`;
}

function chunks<T>(rows: T[], size = ROWS_PER_INSERT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** A cited claim's source, passage, stored references and stored selectors. */
function citedFrom<T extends PgSelect>(query: T) {
  return query
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(passages, eq(passages.id, claims.passageId))
    .leftJoin(sourceCitations, eq(sourceCitations.sourceId, claims.sourceId))
    .leftJoin(quoteSelectors, eq(quoteSelectors.claimId, claims.id));
}

/** The members of a group from other sources, in claim id order (a range of the (conflict, claim) key), after a claim id or from the start. */
function peersOf(db: PgDb, after: ReturnType<typeof sql.placeholder> | undefined) {
  const query = db
    .select({ ...citedColumns, stance: conflictClaims.stance })
    .from(conflictClaims)
    .innerJoin(claims, eq(claims.id, conflictClaims.claimId))
    .$dynamic();
  return citedFrom(query)
    .where(
      and(
        eq(conflictClaims.conflictId, sql.placeholder('conflictId')),
        ne(conflictClaims.sourceId, sql.placeholder('sourceId')),
        after === undefined ? undefined : gt(conflictClaims.claimId, after),
      ),
    )
    .orderBy(asc(conflictClaims.claimId))
    .limit(sql.placeholder('limit'));
}

/**
 * The hottest single-row reads as named prepared statements: PostgreSQL plans each once per
 * connection, and drizzle builds each query once per repository instead of per request.
 */
function prepareReads(db: PgDb) {
  const id = sql.placeholder('id');
  return {
    source: db.select(sourceColumns).from(sources).where(eq(sources.id, id)).prepare('read_source'),
    passage: db.select(passageColumns).from(passages).where(eq(passages.id, id)).prepare('read_passage'),
    claim: db.select().from(claims).where(eq(claims.id, id)).prepare('read_claim'),
    firstSources: db.select(sourceColumns).from(sources).orderBy(asc(sources.id)).limit(sql.placeholder('limit')).prepare('read_first_sources'),
    // A claim's citation page (see citationPage): the claim, its group, a page of peers, their counts.
    citedClaim: citedFrom(db.select(citedColumns).from(claims).$dynamic()).where(eq(claims.id, id)).prepare('read_cited_claim'),
    claimGroup: db
      .select({ conflictId: conflictClaims.conflictId, stance: conflictClaims.stance })
      .from(conflictClaims)
      .where(eq(conflictClaims.claimId, id))
      .orderBy(asc(conflictClaims.conflictId))
      .limit(1)
      .prepare('read_claim_group'),
    peers: peersOf(db, undefined).prepare('read_peers'),
    peersAfter: peersOf(db, sql.placeholder('after')).prepare('read_peers_after'),
    peerCounts: db
      .select({ stance: conflictClaims.stance, n: sql<number>`count(*)::int` })
      .from(conflictClaims)
      .where(and(eq(conflictClaims.conflictId, sql.placeholder('conflictId')), ne(conflictClaims.sourceId, sql.placeholder('sourceId'))))
      .groupBy(conflictClaims.stance)
      .prepare('read_peer_counts'),
  };
}

class PgRepos implements StoreWriter {
  /** Public for tests that count rows; application code goes through the methods. */
  constructor(readonly db: PgDb) {}

  private preparedReads: ReturnType<typeof prepareReads> | undefined;
  /** Prepared on first use, on this repository's connection or transaction. */
  private get prepared() {
    this.preparedReads ??= prepareReads(this.db);
    return this.preparedReads;
  }

  private async propositionsByKey(keys: Array<string | null>): Promise<Map<string, Proposition | null>> {
    const wanted = [...new Set(keys.filter((k): k is string => k !== null))];
    const out = new Map<string, Proposition | null>();
    for (const part of chunks(wanted)) {
      for (const row of await this.db.select().from(metrics).where(inArray(metrics.key, part))) out.set(row.key, propositionOf(row));
    }
    return out;
  }

  private async withPropositions(rows: ClaimRow[]) {
    const props = await this.propositionsByKey(rows.map((r) => r.metric));
    return rows.map((r) => toClaim(r, r.metric ? (props.get(r.metric) ?? null) : null));
  }

  async listSources(page: { limit: number; cursor?: string | undefined }) {
    const after = page.cursor ? String(decodeCursor(page.cursor, ['string'])[0]) : undefined;
    const rows =
      after === undefined
        ? await this.prepared.firstSources.execute({ limit: page.limit + 1 })
        : await this.db
            .select(sourceColumns)
            .from(sources)
            .where(gt(sources.id, after))
            .orderBy(asc(sources.id))
            .limit(page.limit + 1);
    const { data, nextCursor } = paginate(rows, page.limit, (row) => [row.id]);
    return { data: data.map(toSource), nextCursor };
  }

  async getSource(id: string) {
    const [row] = await this.prepared.source.execute({ id });
    if (!row) throw new NotFoundError('source', id);
    return toSource(row);
  }

  async getSourceText(id: string) {
    const [row] = await this.db.select({ text: sources.text }).from(sources).where(eq(sources.id, id));
    if (!row) throw new NotFoundError('source', id);
    return row.text;
  }

  async countSources() {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(sources);
    return row?.n ?? 0;
  }

  async getPassage(id: string) {
    const [row] = await this.prepared.passage.execute({ id });
    if (!row) throw new NotFoundError('passage', id);
    return toPassage(row);
  }

  async passagesOfSource(sourceId: string) {
    return (await this.db.select(passageColumns).from(passages).where(eq(passages.sourceId, sourceId)).orderBy(asc(passages.ordinal))).map(toPassage);
  }

  async countPassages(sourceId: string) {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(passages).where(eq(passages.sourceId, sourceId));
    return row?.n ?? 0;
  }

  async listClaims(filter: Parameters<StoreWriter['listClaims']>[0], page: { limit: number; cursor?: string | undefined }) {
    const where: SQL[] = [];
    if (filter.sourceId) where.push(eq(claims.sourceId, filter.sourceId));
    if (filter.metric) where.push(eq(claims.metric, filter.metric));
    if (filter.unit) where.push(eq(claims.unit, filter.unit));
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      where.push(lte(claims.periodStart, last), gte(claims.periodEnd, first));
    }
    const terms = listTerms(filter);
    const hasTerm = (term: string) =>
      sql`exists (select 1 from ${claimTerms} x where x.term = ${term} and x.source_id = ${claims.sourceId} and x.quote_start = ${claims.quoteStart} and x.claim_id = ${claims.id})`;
    if (filter.q !== undefined) {
      const words = searchTerms(filter.q);
      if (words === null) return { data: [], nextCursor: null };
      // Words are letters and digits only, so joining them cannot inject tsquery operators.
      return this.searchClaims(words.join(' & '), [...where, ...terms.map(hasTerm)], page);
    }
    const cursor = page.cursor ? decodeCursor(page.cursor, ['string', 'number', 'string']) : undefined;
    // A source or metric filter reads its own index in list order; otherwise the first term's
    // rows in claim_terms drive the page, read in the same order. Other terms are probes.
    const driver = filter.sourceId || filter.metric ? undefined : terms[0];
    where.push(...(driver === undefined ? terms : terms.slice(1)).map(hasTerm));
    let rows: ClaimRow[];
    if (driver !== undefined) {
      where.push(eq(claimTerms.term, driver));
      if (cursor) where.push(sql`(${claimTerms.sourceId}, ${claimTerms.quoteStart}, ${claimTerms.claimId}) > (${cursor[0]}, ${cursor[1]}::int, ${cursor[2]})`);
      rows = await this.db
        .select(getTableColumns(claims))
        .from(claimTerms)
        .innerJoin(claims, eq(claims.id, claimTerms.claimId))
        .where(and(...where))
        .orderBy(asc(claimTerms.sourceId), asc(claimTerms.quoteStart), asc(claimTerms.claimId))
        .limit(page.limit + 1);
    } else {
      if (cursor) where.push(sql`(${claims.sourceId}, ${claims.quoteStart}, ${claims.id}) > (${cursor[0]}, ${cursor[1]}::int, ${cursor[2]})`);
      rows = await this.db
        .select()
        .from(claims)
        .where(and(...where))
        .orderBy(asc(claims.sourceId), asc(claims.quoteStart), asc(claims.id))
        .limit(page.limit + 1);
    }
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.sourceId, r.quoteStart, r.id]);
    return { data: await this.withPropositions(data), nextCursor };
  }

  /** A full-text page in the passages' storage order, a bounded step of matches at a time (as the SQLite engine). */
  private async searchClaims(query: string, where: SQL[], page: { limit: number; cursor?: string | undefined }) {
    let after: { seq: number; start: number; id: string } | undefined;
    if (page.cursor) {
      const [seq, start, id] = decodeCursor(page.cursor, ['number', 'number', 'string']);
      after = { seq: seq as number, start: start as number, id: id as string };
    }
    const want = page.limit + 1;
    const rows: Array<ClaimRow & { seq: number }> = [];
    let from = after?.seq ?? 0;
    for (let step = SEARCH_STEP; rows.length < want; step = Math.min(step * 2, SEARCH_STEP_MAX)) {
      const seqs = (
        await this.db
          .select({ seq: passages.seq })
          .from(passages)
          .where(and(sql`${passages.search} @@ to_tsquery('simple', ${query})`, gte(passages.seq, from)))
          .orderBy(asc(passages.seq))
          .limit(step)
      ).map((r) => r.seq);
      if (seqs.length === 0) break;
      const cursorCondition =
        after && seqs[0] === after.seq
          ? sql`(${passages.seq} > ${after.seq}::int or (${claims.quoteStart}, ${claims.id}) > (${after.start}::int, ${after.id}))`
          : undefined;
      rows.push(
        ...(await this.db
          .select({ ...getTableColumns(claims), seq: passages.seq })
          .from(passages)
          .innerJoin(claims, eq(claims.passageId, passages.id))
          .where(and(inArray(passages.seq, seqs), cursorCondition, ...where))
          .orderBy(asc(passages.seq), asc(claims.quoteStart), asc(claims.id))
          .limit(want - rows.length)),
      );
      if (seqs.length < step) break;
      from = seqs[seqs.length - 1]! + 1;
    }
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.seq, r.quoteStart, r.id]);
    return { data: await this.withPropositions(data.map(({ seq: _s, ...row }) => row)), nextCursor };
  }

  async getClaim(id: string) {
    const [row] = await this.prepared.claim.execute({ id });
    if (!row) throw new NotFoundError('claim', id);
    return (await this.withPropositions([row]))[0]!;
  }

  async claimsByIds(ids: string[]) {
    if (ids.length === 0) return [];
    const rows: ClaimRow[] = [];
    for (const part of chunks(ids)) rows.push(...(await this.db.select().from(claims).where(inArray(claims.id, part))));
    return this.withPropositions(rows);
  }

  async claimsOfSource(sourceId: string) {
    return this.withPropositions(await this.db.select().from(claims).where(eq(claims.sourceId, sourceId)).orderBy(asc(claims.quoteStart), asc(claims.id)));
  }

  async listMetrics(query: { limit: number; cursor?: string | undefined } & MetricFilter) {
    const after = query.cursor ? String(decodeCursor(query.cursor, ['string'])[0]) : undefined;
    const where: SQL[] = [];
    if (after !== undefined) where.push(gt(metrics.key, after));
    const keys = metricKeysMatching(query);
    if (keys) where.push(sql`${metrics.key} in ${keys}`);
    const rows = await this.db
      .select()
      .from(metrics)
      .where(and(...where))
      .orderBy(asc(metrics.key))
      .limit(query.limit + 1);
    const { data, nextCursor } = paginate(rows, query.limit, (r) => [r.key]);
    const counts = new Map<string, number>();
    if (data.length) {
      const found = await this.db
        .select({ key: claims.metric, n: sql<number>`count(*)::int` })
        .from(claims)
        .where(
          inArray(
            claims.metric,
            data.map((r) => r.key),
          ),
        )
        .groupBy(claims.metric);
      for (const r of found) if (r.key) counts.set(r.key, r.n);
    }
    return { data: data.map((r) => toMetric(r, counts.get(r.key) ?? 0)), nextCursor };
  }

  /**
   * Members as the API lists them (as judged: a reviewer's corrected value where there is one),
   * read through the members table: for groups stored before their member text was.
   */
  private async claimsJsonOf(ids: string[]): Promise<Map<string, string>> {
    const byConflict = new Map<string, Array<Omit<NewConflict['members'][number], 'stance'>>>(ids.map((id) => [id, []]));
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .select({
        conflictId: conflictClaims.conflictId,
        claimId: conflictClaims.claimId,
        sourceId: conflictClaims.sourceId,
        deviation: conflictClaims.deviation,
        // What the group was judged on: a reviewer's corrected value where there is one.
        value: sql<number>`coalesce(${claimOverrides.value}, ${claims.value})`,
        unit: sql<string>`coalesce(${claimOverrides.unit}, ${claims.unit})`,
        low: sql<number | null>`case when ${claimOverrides.value} is not null then ${claimOverrides.value} else ${claims.intervalLow} end`,
        high: sql<number | null>`case when ${claimOverrides.value} is not null then ${claimOverrides.value} else ${claims.intervalHigh} end`,
      })
      .from(conflictClaims)
      .innerJoin(claims, eq(claims.id, conflictClaims.claimId))
      .leftJoin(claimOverrides, eq(claimOverrides.claimId, claims.id))
      .where(inArray(conflictClaims.conflictId, ids));
    for (const r of rows) byConflict.get(r.conflictId)?.push(r);
    return new Map([...byConflict].map(([id, members]) => [id, conflictClaimsJson(members)]));
  }

  /** The member text of these groups, from the rows or (stored before it was) from the members table. */
  private async storedClaimsJson(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.select({ id: conflicts.id, json: conflicts.claimsJson }).from(conflicts).where(inArray(conflicts.id, ids));
    const json = new Map(rows.map((r) => [r.id, r.json]));
    const missing = ids.filter((id) => json.get(id) == null);
    if (missing.length) for (const [id, text] of await this.claimsJsonOf(missing)) json.set(id, text);
    return json as Map<string, string>;
  }

  /** Fills the member text of the next groups after `after` stored without it (see fillConflictClaims); their ids. */
  async fillConflictClaimsAfter(after: string, batch: number): Promise<string[]> {
    const ids = (
      await this.db
        .select({ id: conflicts.id })
        .from(conflicts)
        .where(and(gt(conflicts.id, after), sql`${conflicts.claimsJson} is null`))
        .orderBy(asc(conflicts.id))
        .limit(batch)
    ).map((r) => r.id);
    for (const [id, text] of await this.claimsJsonOf(ids)) {
      await this.db
        .update(conflicts)
        .set({ claimsJson: text, claimCount: (JSON.parse(text) as unknown[]).length })
        .where(eq(conflicts.id, id));
    }
    return ids;
  }

  async listConflicts(filter: Parameters<StoreWriter['listConflicts']>[0], page: { limit: number; cursor?: string | undefined }) {
    const { data, nextCursor } = await this.listConflictPage(filter, page);
    return { data: data.map(withClaims), nextCursor };
  }

  /**
   * The page's rows in list order without their member text (bounded by CONFLICT_PAGE_MEMBERS
   * as well as `limit`), then the member text of the rows it keeps, by key.
   */
  async listConflictPage(filter: Parameters<StoreWriter['listConflicts']>[0], page: { limit: number; cursor?: string | undefined }) {
    const where: SQL[] = [];
    if (filter.status !== 'all') where.push(eq(conflicts.status, filter.status));
    if (filter.severity) where.push(eq(conflicts.severity, filter.severity));
    if (filter.metric) where.push(eq(conflicts.metric, filter.metric));
    if (filter.year !== undefined) {
      const { first, last } = yearRange(filter.year);
      where.push(lte(conflicts.periodStart, last), gte(conflicts.periodEnd, first));
    }
    if (filter.review) where.push(sql`${this.reviewStateOf(conflicts.id)} = ${filter.review}`);
    const after = page.cursor ? String(decodeCursor(page.cursor, ['string'])[0]) : undefined;
    // A metric filter reads its own index in id order; otherwise the first term's rows in
    // conflict_terms drive the page, in the same order. Other terms are probes.
    const terms = listTerms(filter);
    const driver = filter.metric ? undefined : terms[0];
    for (const term of driver === undefined ? terms : terms.slice(1))
      where.push(sql`exists (select 1 from ${conflictTerms} x where x.term = ${term} and x.conflict_id = ${conflicts.id})`);
    const { claimsJson: _text, ...columns } = getTableColumns(conflicts);
    let rows: Array<Omit<typeof conflicts.$inferSelect, 'claimsJson'>>;
    if (driver !== undefined) {
      where.push(eq(conflictTerms.term, driver));
      if (after !== undefined) where.push(gt(conflictTerms.conflictId, after));
      rows = await this.db
        .select(columns)
        .from(conflictTerms)
        .innerJoin(conflicts, eq(conflicts.id, conflictTerms.conflictId))
        .where(and(...where))
        .orderBy(asc(conflictTerms.conflictId))
        .limit(page.limit + 1);
    } else {
      if (after !== undefined) where.push(gt(conflicts.id, after));
      rows = await this.db
        .select(columns)
        .from(conflicts)
        .where(and(...where))
        .orderBy(asc(conflicts.id))
        .limit(page.limit + 1);
    }
    const data = rows.slice(
      0,
      conflictPageLength(
        rows.map((r) => r.claimCount),
        page.limit,
      ),
    );
    const nextCursor = rows.length > data.length ? encodeCursor([data[data.length - 1]!.id]) : null;
    const json = await this.storedClaimsJson(data.map((r) => r.id));
    const props = await this.propositionsByKey(data.map((r) => r.metric));
    const reviews = await this.latestReviews(data.map((r) => r.id));
    return {
      data: data.map((r) => toListedConflict(r, json.get(r.id)!, props.get(r.metric) ?? null, reviewSummaryOf(reviews.get(r.id)))),
      nextCursor,
    };
  }

  async getConflict(id: string) {
    return withClaims(await this.getListedConflict(id));
  }

  async getListedConflict(id: string) {
    const [row] = await this.db.select().from(conflicts).where(eq(conflicts.id, id));
    if (!row) throw new NotFoundError('conflict', id);
    const json = row.claimsJson ?? (await this.claimsJsonOf([id])).get(id)!;
    const props = await this.propositionsByKey([row.metric]);
    const reviews = await this.latestReviews([id]);
    return toListedConflict(row, json, props.get(row.metric) ?? null, reviewSummaryOf(reviews.get(id)));
  }

  async conflictPeersOf(claimId: string) {
    const mine = await this.db.select({ conflictId: conflictClaims.conflictId }).from(conflictClaims).where(eq(conflictClaims.claimId, claimId));
    if (mine.length === 0) return [];
    return this.db
      .select({ claimId: conflictClaims.claimId, stance: conflictClaims.stance, conflictId: conflictClaims.conflictId })
      .from(conflictClaims)
      .where(
        inArray(
          conflictClaims.conflictId,
          mine.map((m) => m.conflictId),
        ),
      );
  }

  async citationPage(claimId: string, page: PageQuery): Promise<CitationPage> {
    const [own] = await this.prepared.citedClaim.execute({ id: claimId });
    if (!own) throw new NotFoundError('claim', claimId);
    const after = page.cursor === undefined ? undefined : String(decodeCursor(page.cursor, ['string'])[0]);
    const [mine] = await this.prepared.claimGroup.execute({ id: claimId });
    let peers: Array<CitedRow & { stance: string }> = [];
    let counts: Array<{ stance: string; n: number }> = [];
    let nextCursor: string | null = null;
    if (mine) {
      const ofGroup = { conflictId: mine.conflictId, sourceId: own.claim.sourceId, limit: page.limit + 1 };
      const rows = after === undefined ? await this.prepared.peers.execute(ofGroup) : await this.prepared.peersAfter.execute({ ...ofGroup, after });
      ({ data: peers, nextCursor } = paginate(rows, page.limit, (r) => [r.claim.id]));
      counts = await this.prepared.peerCounts.execute(ofGroup);
    }
    return {
      own: citedClaimOf(own),
      peers: peers.map((p) => ({ ...citedClaimOf(p), stance: p.stance === mine?.stance ? 'corroborating' : 'contradicting' })),
      counts: peerCounts(counts, mine?.stance),
      nextCursor,
    };
  }

  async sourceTexts(ids: string[]) {
    const out = new Map<string, string>();
    for (const part of chunks(ids)) {
      for (const r of await this.db.select({ id: sources.id, text: sources.text }).from(sources).where(inArray(sources.id, part))) out.set(r.id, r.text);
    }
    return out;
  }

  async saveCitations(citations: Array<StoredCitation & { sourceId: string }>, selectors: Array<StoredSelectors & { claimId: string }>) {
    for (const part of chunks(citations, 100)) {
      await this.db
        .insert(sourceCitations)
        .values(part)
        .onConflictDoUpdate({
          target: sourceCitations.sourceId,
          set: {
            key: sql`excluded.key`,
            apa: sql`excluded.apa`,
            mla: sql`excluded.mla`,
            chicago: sql`excluded.chicago`,
            bibtex: sql`excluded.bibtex`,
            ris: sql`excluded.ris`,
          },
        });
    }
    // A quote's selectors depend only on the text, which never changes under a stored claim.
    for (const part of chunks(selectors, 100)) await this.db.insert(quoteSelectors).values(part).onConflictDoNothing();
  }

  async findSourceByHash(hash: string) {
    const [row] = await this.db.select(sourceColumns).from(sources).where(eq(sources.contentHash, hash));
    return row && toSource(row);
  }

  async sourceIdTaken(id: string) {
    return (await this.db.select({ id: sources.id }).from(sources).where(eq(sources.id, id))).length > 0;
  }

  async freeSourceId(base: string) {
    // One round trip of primary-key probes that stops at the first free suffix (a range scan of
    // `base-…` would depend on the database's collation).
    const [row] = await this.db
      .select({
        id: sql<string>`case when not exists (select 1 from ${sources} where ${sources.id} = ${base}) then ${base}
          else (with recursive probe(n) as (
                  select 2
                  union all
                  select n + 1 from probe where exists (select 1 from ${sources} where ${sources.id} = ${base} || '-' || n))
                select ${base} || '-' || max(n) from probe) end`,
      })
      .from(sql`(select 1) as one`);
    return row!.id;
  }

  async insertSource(source: Parameters<StoreWriter['insertSource']>[0]) {
    await this.db.insert(sources).values(sourceRow(source));
  }

  async deleteSource(id: string) {
    return (await this.db.delete(sources).where(eq(sources.id, id)).returning({ id: sources.id })).length > 0;
  }

  async insertPassages(rows: Parameters<StoreWriter['insertPassages']>[0]) {
    for (const part of chunks(rows)) {
      await this.db
        .insert(passages)
        .values(part.map((p) => ({ ...passageRow(p), search: sql`to_tsvector('simple', ${(searchTerms(p.text) ?? []).join(' ')})` })));
    }
  }

  async upsertMetrics(rows: Parameters<StoreWriter['upsertMetrics']>[0]) {
    for (const part of chunks(rows)) await this.db.insert(metrics).values(part.map(metricRow)).onConflictDoNothing();
  }

  async insertClaims(rows: Parameters<StoreWriter['insertClaims']>[0]) {
    for (const part of chunks(rows)) await this.db.insert(claims).values(part.map(claimRow));
  }

  async deleteUnusedMetrics() {
    await this.db.execute(
      sql`delete from ${metrics} where not exists (select 1 from ${claims} where ${claims.metric} = ${metrics.key}) and not exists (select 1 from ${conflicts} where ${conflicts.metric} = ${metrics.key}) and not exists (select 1 from ${claimOverrides} where ${claimOverrides.metric} = ${metrics.key})`,
    );
  }

  private async candidates(where: SQL | undefined) {
    const rows = await this.db
      .select({
        id: claims.id,
        sourceId: claims.sourceId,
        publisher: sources.publisher,
        authors: sources.authors,
        title: sources.title,
        publishedAt: sources.publishedAt,
        metric: claims.metric,
        change: claims.change,
        unit: claims.unit,
        value: claims.value,
        qualifier: claims.qualifier,
        low: claims.intervalLow,
        high: claims.intervalHigh,
        periodStart: claims.periodStart,
        periodEnd: claims.periodEnd,
        periodLabel: claims.periodLabel,
        periodResolution: claims.periodResolution,
        comparable: claims.comparable,
        quote: claims.quoteExact,
        start: claims.quoteStart,
        override: {
          claimId: claimOverrides.claimId,
          metric: claimOverrides.metric,
          periodStart: claimOverrides.periodStart,
          periodEnd: claimOverrides.periodEnd,
          periodLabel: claimOverrides.periodLabel,
          value: claimOverrides.value,
          unit: claimOverrides.unit,
          excluded: claimOverrides.excluded,
        },
      })
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .leftJoin(claimOverrides, eq(claimOverrides.claimId, claims.id))
      .where(where)
      .orderBy(asc(claims.id));
    return rows
      .map((c): CandidateRow => ({ ...c, override: c.override?.claimId == null ? null : c.override }))
      .map(effectiveCandidate)
      .filter(isComparableCandidate);
  }

  async propositionsOfSource(sourceId: string) {
    return distinctPropositions(await this.candidates(eq(claims.sourceId, sourceId)));
  }

  async propositionOfClaim(claimId: string) {
    const [c] = await this.candidates(eq(claims.id, claimId));
    return c ? propositionKeyOf(c) : null;
  }

  async claimsOfProposition(p: PropositionKey): Promise<PropositionClaim[]> {
    const byIndex = and(eq(claims.metric, p.metric), eq(claims.periodStart, p.periodStart), eq(claims.periodEnd, p.periodEnd));
    // `= any(array(…))`, not `in (select …)`: an IN subquery inside an OR is a hashed filter that
    // PostgreSQL applies to every stored claim (a sequential scan, and a hash join with every
    // source), while an array lets it read both halves through indexes (a BitmapOr of
    // claims_proposition_idx and the primary key), so the cost follows the group, not the corpus.
    const corrected = sql`${claims.id} = any(array(select ${claimOverrides.claimId} from ${claimOverrides}))`;
    const [label] = await this.db.select({ label: metrics.label }).from(metrics).where(eq(metrics.key, p.metric));
    const metricLabel = label?.label ?? null;
    return (await this.candidates(or(byIndex, corrected))).filter(samePropositionAs(p)).map((c) => ({ ...c, metricLabel }));
  }

  async conflictIdsOfProposition(p: PropositionKey) {
    const rows = await this.db
      .select({ id: conflicts.id })
      .from(conflicts)
      .where(and(eq(conflicts.metric, p.metric), eq(conflicts.periodStart, p.periodStart), eq(conflicts.periodEnd, p.periodEnd)));
    return rows.map((r) => r.id);
  }

  async metricExists(key: string) {
    return (await this.db.select({ key: metrics.key }).from(metrics).where(eq(metrics.key, key))).length > 0;
  }

  async metricLabel(key: string) {
    const [row] = await this.db.select({ label: metrics.label }).from(metrics).where(eq(metrics.key, key));
    return row?.label ?? null;
  }

  /** SQL for a conflict's current review state, 'open' when never reviewed. */
  private reviewStateOf(conflictIdColumn: unknown) {
    return sql<string>`coalesce((select r.state from ${conflictReviews} r where r.conflict_id = ${conflictIdColumn} order by r.id desc limit 1), 'open')`;
  }

  private latestOnly() {
    return sql`${conflictReviews.id} = (select max(r.id) from ${conflictReviews} r where r.conflict_id = ${conflictReviews.conflictId})`;
  }

  async reviewHistory(conflictId: string): Promise<ReviewRecord[]> {
    return this.db.select().from(conflictReviews).where(eq(conflictReviews.conflictId, conflictId)).orderBy(asc(conflictReviews.id));
  }

  async latestReviews(conflictIds: string[]): Promise<Map<string, ReviewRecord>> {
    const out = new Map<string, ReviewRecord>();
    for (const part of chunks([...new Set(conflictIds)])) {
      const rows = await this.db
        .select()
        .from(conflictReviews)
        .where(and(inArray(conflictReviews.conflictId, part), this.latestOnly()));
      for (const r of rows) out.set(r.conflictId, r);
    }
    return out;
  }

  async reviewsInState(state: ReviewState): Promise<ReviewRecord[]> {
    return this.db
      .select()
      .from(conflictReviews)
      .where(and(eq(conflictReviews.state, state), this.latestOnly()))
      .orderBy(desc(conflictReviews.id));
  }

  async claimsSeparatedBy(reviewId: number) {
    const rows = await this.db
      .select({ a: claimSeparations.claimA, b: claimSeparations.claimB })
      .from(claimSeparations)
      .where(eq(claimSeparations.reviewId, reviewId));
    return [...new Set(rows.flatMap((r) => [r.a, r.b]))].sort();
  }

  async getOverride(claimId: string): Promise<OverrideRecord | undefined> {
    const [row] = await this.db.select().from(claimOverrides).where(eq(claimOverrides.claimId, claimId));
    return row;
  }

  async listAuditEntries(filter: AuditFilter, page: PageQuery) {
    const where: SQL[] = [];
    if (filter.action) where.push(eq(auditLog.action, filter.action));
    if (filter.target) where.push(eq(auditLog.targetId, filter.target));
    if (filter.keyName) where.push(eq(auditLog.keyName, filter.keyName));
    if (page.cursor) where.push(lt(auditLog.id, Number(decodeCursor(page.cursor, ['number'])[0])));
    const rows = await this.db
      .select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.id))
      .limit(page.limit + 1);
    const { data, nextCursor } = paginate(rows, page.limit, (r) => [r.id]);
    return { data: data.map(toAuditEntry), nextCursor };
  }

  async insertReview(row: NewReview): Promise<ReviewRecord> {
    const [inserted] = await this.db.insert(conflictReviews).values(row).returning();
    return inserted!;
  }

  async updateReviewSnapshot(id: number, snapshot: ReviewSnapshot) {
    await this.db.update(conflictReviews).set({ snapshot }).where(eq(conflictReviews.id, id));
  }

  async upsertOverride(row: OverrideRecord) {
    const { claimId: _id, ...set } = row;
    await this.db.insert(claimOverrides).values(row).onConflictDoUpdate({ target: claimOverrides.claimId, set });
  }

  async insertSeparations(pairs: Array<[string, string]>, reviewId: number, at: string) {
    for (const [a, b] of pairs) {
      const [claimA, claimB] = a < b ? [a, b] : [b, a];
      await this.db.insert(claimSeparations).values({ claimA, claimB, reviewId, createdAt: at }).onConflictDoNothing();
    }
  }

  async separationsAmong(claimIds: string[]) {
    if (claimIds.length === 0) return [];
    // One statement however many claims: the ids travel as one JSON parameter.
    const ids = sql`(select jsonb_array_elements_text(${JSON.stringify(claimIds)}::jsonb))`;
    const rows = await this.db
      .select({ a: claimSeparations.claimA, b: claimSeparations.claimB })
      .from(claimSeparations)
      .where(or(inArray(claimSeparations.claimA, ids), inArray(claimSeparations.claimB, ids)));
    return rows.map((r): [string, string] => [r.a, r.b]);
  }

  async insertAuditEntry(row: NewAuditEntry) {
    await this.db.insert(auditLog).values(row);
  }

  /**
   * Replaces the stored conflicts of one proposition with freshly judged ones, writing only what
   * changed (see planConflictReplacement): a fixed number of statements per group, and rows in
   * proportion to what the judgement changed.
   */
  async replaceConflicts(p: Parameters<StoreWriter['replaceConflicts']>[0], writes: Parameters<StoreWriter['replaceConflicts']>[1]) {
    const stored = await this.db
      .select()
      .from(conflicts)
      .where(and(eq(conflicts.metric, p.metric), eq(conflicts.periodStart, p.periodStart), eq(conflicts.periodEnd, p.periodEnd)));
    const ids = stored.map((r) => r.id);
    const storedMembers = ids.length
      ? await this.db
          .select({
            conflictId: conflictClaims.conflictId,
            claimId: conflictClaims.claimId,
            sourceId: conflictClaims.sourceId,
            deviation: conflictClaims.deviation,
            stance: conflictClaims.stance,
          })
          .from(conflictClaims)
          .where(inArray(conflictClaims.conflictId, ids))
      : [];
    const plan = planConflictReplacement(stored, storedMembers, writes);
    if (plan.deleteConflicts.length) await this.db.delete(conflicts).where(inArray(conflicts.id, plan.deleteConflicts));
    for (const row of plan.updateConflicts) await this.db.update(conflicts).set(row).where(eq(conflicts.id, row.id));
    if (plan.insertConflicts.length) await this.db.insert(conflicts).values(plan.insertConflicts);
    for (const { conflictId, claimIds } of plan.deleteMembers) {
      const listed = sql`(select jsonb_array_elements_text(${JSON.stringify(claimIds)}::jsonb))`;
      await this.db.delete(conflictClaims).where(and(eq(conflictClaims.conflictId, conflictId), inArray(conflictClaims.claimId, listed)));
    }
    for (const part of chunks(plan.insertMembers)) await this.db.insert(conflictClaims).values(part);
  }
}

/**
 * PostgreSQL behind the store boundary. Writes serialize on one transaction-scoped advisory
 * lock, taken first in every write transaction: like SQLite's single writer, a second ingest of
 * the same text (from any process) waits, then finds the first one's source; two writes that
 * touch one proposition re-judge it one after the other, each from every committed claim.
 * Reads run concurrently under READ COMMITTED and see whole sources or none.
 */
export class PostgresStore extends PgRepos implements Store {
  readonly engine = 'postgres' as const;

  constructor(
    db: PgDb,
    private readonly closeDriver: () => Promise<void>,
  ) {
    super(db);
  }

  write<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
      return fn(new PgRepos(tx as unknown as PgDb));
    });
  }

  async ping(): Promise<void> {
    await this.db.execute(sql`select 1`);
  }

  /**
   * Writes the member text and count of every group stored without them (a store from before
   * they existed), a batch per write transaction (under the write lock, so a group re-judged
   * meanwhile is never given older text), walking the key once. Idempotent.
   */
  async fillConflictClaims(batch = 500): Promise<number> {
    let filled = 0;
    for (let after = ''; ; ) {
      const ids = await this.db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK})`);
        return new PgRepos(tx as unknown as PgDb).fillConflictClaimsAfter(after, batch);
      });
      if (ids.length === 0) return filled;
      filled += ids.length;
      after = ids[ids.length - 1]!;
    }
  }

  private closing: Promise<void> | undefined;

  close(): Promise<void> {
    this.closing ??= this.closeDriver();
    return this.closing;
  }
}

export async function openPostgresStore(url: string): Promise<PostgresStore> {
  if (url.startsWith('pglite:')) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const dir = url.slice('pglite:'.length).replace(/^\/\//, '');
    const client = dir && dir !== 'memory' ? new PGlite(dir) : new PGlite();
    const db = drizzle(client, { schema });
    await migrate(db, { migrationsFolder });
    const store = new PostgresStore(db as unknown as PgDb, () => client.close());
    await store.fillConflictClaims();
    return store;
  }
  const { default: pg } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const pool = new pg.Pool({ connectionString: url });
  // An idle client that loses its server emits 'error' on the pool; without a listener that ends the process.
  pool.on('error', () => {});
  const lockClient = await pool.connect();
  try {
    // Several instances starting together: one migrates, the others wait and find nothing pending.
    await lockClient.query('select pg_advisory_lock($1)', [MIGRATE_LOCK]);
    await migrate(drizzle(lockClient, { schema }), { migrationsFolder });
  } finally {
    await lockClient.query('select pg_advisory_unlock($1)', [MIGRATE_LOCK]).catch(() => {});
    lockClient.release();
  }
  const store = new PostgresStore(drizzle(pool, { schema }) as unknown as PgDb, () => pool.end());
  await store.fillConflictClaims();
  return store;
}
