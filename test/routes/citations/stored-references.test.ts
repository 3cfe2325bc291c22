import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCitation } from '../../../src/cite/export.js';
import { formatCitation } from '../../../src/cite/format.js';
import { referenceKey } from '../../../src/cite/reference-key.js';
import { selectorsFor } from '../../../src/cite/selectors.js';
import type { Claim } from '../../../src/schemas/claims.js';
import type { Source } from '../../../src/schemas/sources.js';
import { deleteSource, ingestSource } from '../../../src/services/ingest.js';
import type { PostgresStore } from '../../../src/store/postgres/store.js';
import { SqliteStore } from '../../../src/store/sqlite/store.js';
import { countRows, createTestApp, type TestApp } from '../../helpers.js';

let t: TestApp;
let trade2024: Claim[];

/** Runs SQL written by the test under the store, on either engine; returns the rows. */
async function query(text: string): Promise<Array<Record<string, unknown>>> {
  if (t.store instanceof SqliteStore) {
    const statement = t.store.handle.sqlite.prepare(text);
    return statement.reader ? (statement.all() as Array<Record<string, unknown>>) : (statement.run(), []);
  }
  const result = await (t.store as PostgresStore).db.execute(sql.raw(text));
  return (result as unknown as { rows: Array<Record<string, unknown>> }).rows ?? [];
}

const storedRow = async (sourceId: string) => (await query(`select * from source_citations where source_id = '${sourceId}'`))[0];
const sourceOf = async (id: string) => (await t.app.inject(`/v1/sources/${id}`)).json() as Source;
const citationsOf = async (claimId: string) => (await t.app.inject(`/v1/claims/${claimId}/citations`)).json();
const bySource = (id: string) => trade2024.find((c) => c.sourceId === id)!;

beforeAll(async () => {
  t = await createTestApp({ seed: true });
  trade2024 = (await t.app.inject('/v1/claims?metric=trade.china-russia.total&year=2024')).json().data;
}, 120_000);
afterAll(() => t.close());

describe('stored references and selectors', () => {
  it('stores every source’s references and every claim’s selectors at ingest', async () => {
    const sources = await countRows(t, 'sources');
    expect(sources).toBeGreaterThan(3);
    expect(await countRows(t, 'source_citations')).toBe(sources);
    expect(await countRows(t, 'quote_selectors')).toBe(await countRows(t, 'claims'));
    for (const c of trade2024) {
      expect(await countRows(t, 'source_citations', `source_id = '${c.sourceId}'`)).toBe(1);
      expect(await countRows(t, 'quote_selectors', `claim_id = '${c.id}'`)).toBe(1);
    }
  });

  it('stores exactly what formatting the source afresh gives, and serves it', async () => {
    const gill = bySource('gill-conditional-embrace');
    const body = await citationsOf(gill.id);
    for (const c of body.citations as Array<{ claimId: string; source: Source; selectors: unknown[]; formatted: Record<string, string> }>) {
      const source = await sourceOf(c.source.id);
      const fresh = formatCitation(source);
      const row = await storedRow(source.id);
      expect(row).toMatchObject({
        key: referenceKey(source),
        apa: fresh.apa,
        mla: fresh.mla,
        chicago: fresh.chicago,
        bibtex: exportCitation(source, 'bibtex').body,
        ris: exportCitation(source, 'ris').body,
      });
      expect(c.formatted).toEqual(fresh);
      const claim = (await t.app.inject(`/v1/claims/${c.claimId}`)).json() as Claim;
      const text = (await t.app.inject(`/v1/sources/${source.id}/text`)).body;
      expect(c.selectors).toEqual(selectorsFor(text, claim.quote.start, claim.quote.end));
    }
    const bib = await t.app.inject(`/v1/claims/${gill.id}/citations?format=bibtex`);
    expect(bib.body).toContain(exportCitation(await sourceOf('gill-conditional-embrace'), 'bibtex').body.trimEnd());
  });

  it('answers from the stored row while its key still matches the source', async () => {
    const gill = bySource('gill-conditional-embrace');
    await query(`update source_citations set apa = 'Stored form of the reference' where source_id = 'gill-conditional-embrace'`);
    const primary = (await citationsOf(gill.id)).citations[0];
    expect(primary.formatted.apa).toBe('Stored form of the reference');
  });

  it('rebuilds references whose source metadata changed under them', async () => {
    // No route edits a source's metadata; a change made in the database must still not serve stale text.
    const gill = bySource('gill-conditional-embrace');
    await query(`update sources set title = 'A retitled article about trade' where id = 'gill-conditional-embrace'`);
    const primary = (await citationsOf(gill.id)).citations[0];
    expect(primary.formatted.apa).toContain('A retitled article about trade');
    expect(primary.formatted.apa).not.toBe('Stored form of the reference');
    const source = await sourceOf('gill-conditional-embrace');
    expect(await storedRow(source.id)).toMatchObject({ key: referenceKey(source), apa: formatCitation(source).apa });
  });

  it('rebuilds references stored by an earlier formatter version', async () => {
    const think = bySource('thinkchina-limits-of-no-limits');
    await citationsOf(think.id);
    await query(`update source_citations set key = 'v0 older', mla = 'Older MLA' where source_id = 'thinkchina-limits-of-no-limits'`);
    const primary = (await citationsOf(think.id)).citations[0];
    const source = await sourceOf('thinkchina-limits-of-no-limits');
    expect(primary.formatted.mla).toBe(formatCitation(source).mla);
    expect((await storedRow(source.id))?.key).toBe(referenceKey(source));
  });

  it('stores references for the id a source gets, re-keyed when its slug was already taken', async () => {
    const ingest = async (text: string) =>
      (await ingestSource(t.store, { title: 'Grain exports review', publisher: 'Field Notes', publishedAt: '2025-03-02', text })).source;
    const first = await ingest('Wheat exports reached 41 million tonnes in 2024.');
    const second = await ingest('Barley exports reached 6 million tonnes in 2024, a separate tally.');
    expect([first.id, second.id]).toEqual(['grain-exports-review', 'grain-exports-review-2']);
    expect((await storedRow(first.id))?.key).toBe(referenceKey(first));
    // Built before the write for the slug the first source holds, then given the id the second got.
    const row = await storedRow(second.id);
    expect(row?.key).toBe(referenceKey(second));
    expect(row?.bibtex).toContain(`{${second.id},`);
    expect(row?.ris).toMatch(new RegExp(`^ID  - ${second.id}\\r?$`, 'm'));
  });

  it('removes a source’s stored references and selectors with the source', async () => {
    const india = bySource('indiafoundation-no-limits-with-cautions');
    await citationsOf(india.id);
    expect(await countRows(t, 'source_citations', `source_id = '${india.sourceId}'`)).toBe(1);
    await deleteSource(t.store, india.sourceId);
    expect(await countRows(t, 'source_citations', `source_id = '${india.sourceId}'`)).toBe(0);
    expect(await countRows(t, 'quote_selectors', `claim_id = '${india.id}'`)).toBe(0);
  });
});
