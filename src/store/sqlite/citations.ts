import { and, asc, eq, getTableColumns, gt, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from './client.js';
import { claims, conflictClaims, passages, quoteSelectors, sourceCitations, sources } from './schema.js';
import { NotFoundError } from '../../domain/errors.js';
import { citedClaimOf, peerCounts, type CitedRow } from '../mapping.js';
import { decodeCursor, paginate } from '../cursor.js';
import type { CitationPage, PageQuery, StoredCitation, StoredSelectors } from '../types.js';
import { withPropositions } from './claims.js';

const { text: _text, ...sourceColumns } = getTableColumns(sources);
const { rowid: _rowid, ordinal: _ordinal, ...passageColumns } = getTableColumns(passages);

const citedColumns = {
  claim: getTableColumns(claims),
  source: sourceColumns,
  passage: passageColumns,
  citation: getTableColumns(sourceCitations),
  selectors: getTableColumns(quoteSelectors),
};

export function citationPage(db: Db, claimId: string, page: PageQuery): CitationPage {
  const own: CitedRow | undefined = db
    .select(citedColumns)
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .innerJoin(passages, eq(passages.id, claims.passageId))
    .leftJoin(sourceCitations, eq(sourceCitations.sourceId, claims.sourceId))
    .leftJoin(quoteSelectors, eq(quoteSelectors.claimId, claims.id))
    .where(eq(claims.id, claimId))
    .get();
  if (!own) throw new NotFoundError('claim', claimId);
  const after = page.cursor === undefined ? undefined : String(decodeCursor(page.cursor, ['string'])[0]);
  const mine = db
    .select({ conflictId: conflictClaims.conflictId, stance: conflictClaims.stance })
    .from(conflictClaims)
    .where(eq(conflictClaims.claimId, claimId))
    .orderBy(asc(conflictClaims.conflictId))
    .limit(1)
    .get();
  let peers: Array<CitedRow & { stance: string }> = [];
  let counts: Array<{ stance: string; n: number }> = [];
  let nextCursor: string | null = null;
  if (mine) {
    // The group's members from other sources, in claim id order: a range of the (conflict, claim) key.
    const ofGroup: SQL[] = [eq(conflictClaims.conflictId, mine.conflictId), ne(conflictClaims.sourceId, own.claim.sourceId)];
    const rows: Array<CitedRow & { stance: string }> = db
      .select({ ...citedColumns, stance: conflictClaims.stance })
      .from(conflictClaims)
      .innerJoin(claims, eq(claims.id, conflictClaims.claimId))
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .innerJoin(passages, eq(passages.id, claims.passageId))
      .leftJoin(sourceCitations, eq(sourceCitations.sourceId, claims.sourceId))
      .leftJoin(quoteSelectors, eq(quoteSelectors.claimId, claims.id))
      .where(and(...ofGroup, after === undefined ? undefined : gt(conflictClaims.claimId, after)))
      .orderBy(asc(conflictClaims.claimId))
      .limit(page.limit + 1)
      .all();
    ({ data: peers, nextCursor } = paginate(rows, page.limit, (r) => [r.claim.id]));
    counts = db
      .select({ stance: conflictClaims.stance, n: sql<number>`count(*)` })
      .from(conflictClaims)
      .where(and(...ofGroup))
      .groupBy(conflictClaims.stance)
      .all();
  }
  const claimsOf = withPropositions(db, [own.claim, ...peers.map((p) => p.claim)]);
  return {
    own: citedClaimOf(own, claimsOf[0]!),
    peers: peers.map((p, i) => ({ ...citedClaimOf(p, claimsOf[i + 1]!), stance: p.stance === mine?.stance ? 'corroborating' : 'contradicting' })),
    counts: peerCounts(counts, mine?.stance),
    nextCursor,
  };
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
  for (let i = 0; i < citations.length; i += 100) {
    db.insert(sourceCitations)
      .values(citations.slice(i, i + 100))
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
      })
      .run();
  }
  // A quote's selectors depend only on the text, which never changes under a stored claim.
  for (let i = 0; i < selectors.length; i += 100)
    db.insert(quoteSelectors)
      .values(selectors.slice(i, i + 100))
      .onConflictDoNothing()
      .run();
}
