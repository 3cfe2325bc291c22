import type Database from 'better-sqlite3';
import { inArray } from 'drizzle-orm';
import type { Db } from './client.js';
import { manyInserter } from './raw-insert.js';
import { quoteSelectors, sourceCitations, sources } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import { peerCounts } from '../mapping.js';
import { decodeCursor, paginate } from '../cursor.js';
import type { CitationPage, CitedClaim, PageQuery, StoredCitation, StoredSelectors } from '../types.js';

type Row = unknown[];
type OptStr = string | null;

// The cited claim, its source (without the text), its passage, its source's stored references
// and its quote's stored selectors, by position (raw rows: building an object per row costs
// more than the query).
const CITED = `c.id, c.source_id, c.statement, c.quote_exact, c.quote_start, c.quote_end,
  s.id, s.title, s.authors, s.publisher, s.url, s.published_at, s.language, s.content_hash, s.character_count, s.claim_count, s.created_at,
  p.id, p.source_id, p.start, p."end", p.text, p.prefix, p.suffix, p.paragraph,
  r.key, r.apa, r.mla, r.chicago, r.bibtex, r.ris,
  q.exact, q.prefix, q.suffix, q.start, q."end"`;
const CITED_JOINS = `join sources s on s.id = c.source_id join passages p on p.id = c.passage_id
  left join source_citations r on r.source_id = c.source_id left join quote_selectors q on q.claim_id = c.id`;
const STANCE_AT = CITED.split(',').length;

/** A claim's citation page in four statements, prepared once per connection. */
class CitationStatements {
  readonly own: Database.Statement;
  readonly group: Database.Statement;
  readonly peers: Database.Statement;
  readonly peersAfter: Database.Statement;
  readonly counts: Database.Statement;

  constructor(sqlite: Database.Database) {
    const raw = (sql: string) => sqlite.prepare(sql).raw(true);
    this.own = raw(`select ${CITED} from claims c ${CITED_JOINS} where c.id = ?`);
    this.group = raw('select conflict_id, stance from conflict_claims where claim_id = ? order by conflict_id limit 1');
    // The group's members from other sources, in claim id order: a range of the (conflict, claim) key.
    const peers = `select ${CITED}, m.stance from conflict_claims m join claims c on c.id = m.claim_id ${CITED_JOINS}
      where m.conflict_id = ? and m.source_id <> ?`;
    this.peers = raw(`${peers} order by m.claim_id limit ?`);
    this.peersAfter = raw(`${peers} and m.claim_id > ? order by m.claim_id limit ?`);
    this.counts = raw('select stance, count(*) from conflict_claims where conflict_id = ? and source_id <> ? group by stance');
  }
}

const statements = new WeakMap<Database.Database, CitationStatements>();

function citedAt(r: Row): CitedClaim {
  return {
    claim: {
      id: r[0] as string,
      sourceId: r[1] as string,
      statement: r[2] as string,
      quote: { exact: r[3] as string, start: r[4] as number, end: r[5] as number },
    },
    source: {
      id: r[6] as string,
      title: r[7] as string,
      authors: JSON.parse(r[8] as string) as string[],
      publisher: r[9] as OptStr,
      url: r[10] as OptStr,
      publishedAt: r[11] as OptStr,
      language: r[12] as string,
      contentHash: r[13] as string,
      characterCount: r[14] as number,
      claimCount: r[15] as number,
      createdAt: r[16] as string,
    },
    passage: {
      id: r[17] as string,
      sourceId: r[18] as string,
      start: r[19] as number,
      end: r[20] as number,
      text: r[21] as string,
      prefix: r[22] as string,
      suffix: r[23] as string,
      paragraph: r[24] as number,
    },
    citation:
      r[25] === null
        ? null
        : { key: r[25] as string, apa: r[26] as string, mla: r[27] as string, chicago: r[28] as string, bibtex: r[29] as string, ris: r[30] as string },
    selectors:
      r[31] === null ? null : { exact: r[31] as string, prefix: r[32] as string, suffix: r[33] as string, start: r[34] as number, end: r[35] as number },
  };
}

export function citationPage(db: Db, claimId: string, page: PageQuery): CitationPage {
  const sqlite = (db as unknown as { $client: Database.Database }).$client;
  let st = statements.get(sqlite);
  if (!st) statements.set(sqlite, (st = new CitationStatements(sqlite)));
  const own = st.own.get(claimId) as Row | undefined;
  if (!own) throw new NotFoundError('claim', claimId);
  const ownSource = own[1] as string;
  const after = page.cursor === undefined ? undefined : String(decodeCursor(page.cursor, ['string'])[0]);
  const mine = st.group.get(claimId) as [string, string] | undefined;
  let peers: Row[] = [];
  let counts: Array<{ stance: string; n: number }> = [];
  let nextCursor: string | null = null;
  if (mine) {
    const [conflictId, stance] = mine;
    const rows = (
      after === undefined ? st.peers.all(conflictId, ownSource, page.limit + 1) : st.peersAfter.all(conflictId, ownSource, after, page.limit + 1)
    ) as Row[];
    ({ data: peers, nextCursor } = paginate(rows, page.limit, (r) => [r[0] as string]));
    counts = (st.counts.all(conflictId, ownSource) as Array<[string, number]>).map(([s, n]) => ({ stance: s, n }));
    return {
      own: citedAt(own),
      peers: peers.map((p) => ({ ...citedAt(p), stance: p[STANCE_AT] === stance ? 'corroborating' : 'contradicting' })),
      counts: peerCounts(counts, stance),
      nextCursor,
    };
  }
  return { own: citedAt(own), peers: [], counts: peerCounts(counts, undefined), nextCursor };
}

export function sourceTexts(db: Db, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of db
      .select({ id: sources.id, text: sources.text })
      .from(sources)
      .where(inArray(sources.id, ids.slice(i, i + 500)))
      .all())
      out.set(r.id, r.text);
  }
  return out;
}

export function saveCitations(db: Db, citations: Array<StoredCitation & { sourceId: string }>, selectors: Array<StoredSelectors & { claimId: string }>): void {
  // One row per new source at ingest: on a statement prepared once, not built and compiled per call.
  manyInserter(db, sourceCitations, { target: 'sourceId', set: ['key', 'apa', 'mla', 'chicago', 'bibtex', 'ris'] })(citations);
  // A quote's selectors depend only on the text, which never changes under a stored claim.
  // Tens per source at ingest: on statements prepared once, not built per call.
  manyInserter(db, quoteSelectors, 'do nothing')(selectors);
}
