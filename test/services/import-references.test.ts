import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { citationsFor, exportCitations } from '../../src/services/citations.js';
import { importNdjson } from '../../src/services/import-ndjson.js';
import { ingestSource, type SourceInput } from '../../src/services/ingest.js';
import { prepareInThread } from '../../src/services/prepare-pool.js';
import type { Store } from '../../src/store/types.js';
import { openTestStore } from '../helpers.js';

const BASE = 'https://api.example';

/** Two short articles of our own: one with its own id, one that gets the slug of its title. */
const ARTICLES: SourceInput[] = [
  {
    id: 'harbour-volumes',
    title: 'Harbour volumes climb again',
    authors: ['Ines Okafor'],
    publisher: 'Port Ledger',
    url: 'https://ledger.example/harbour',
    publishedAt: '2025-02-03',
    text: 'The harbour handled 4.2 million containers in 2024, the port authority said on Monday.',
  },
  {
    title: 'Copper shipments ease',
    authors: ['Tomas Reyes', 'Ana Lind'],
    publisher: 'Metals Desk',
    publishedAt: '2025-03-01',
    language: 'en',
    text: 'Zambia exported 410 thousand tonnes of copper in 2024, the mines ministry said.',
  },
];
const IDS = ['harbour-volumes', 'copper-shipments-ease'];

const dir = mkdtempSync(join(tmpdir(), 'import-references-'));
const file = join(dir, 'articles.ndjson');
writeFileSync(file, ARTICLES.map((a) => JSON.stringify(a)).join('\n') + '\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const opened: Array<{ close(): Promise<void> }> = [];
async function freshStore(): Promise<Store> {
  const s = await openTestStore();
  opened.push(s);
  return s.store;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function firstClaimOf(store: Store, sourceId: string): Promise<string> {
  const claims = await store.claimsOfSource(sourceId);
  expect(claims.length).toBeGreaterThan(0);
  return claims[0]!.id;
}

/** Whether the source of a claim has its formatted references stored. */
async function referencesStored(store: Store, claimId: string): Promise<boolean> {
  return (await store.citationPage(claimId, { limit: 1 })).own.citation !== null;
}

/** What citing a claim gives, without the parts that depend on when the source was written. */
async function citedAs(store: Store, claimId: string) {
  const { citations } = await citationsFor(store, claimId, BASE, { limit: 20 });
  const own = citations[0]!;
  return {
    formatted: own.formatted,
    csl: own.csl,
    selectors: own.selectors,
    bibtex: (await exportCitations(store, claimId, 'bibtex', { limit: 20 })).body,
    ris: (await exportCitations(store, claimId, 'ris', { limit: 20 })).body,
  };
}

describe('references of a bulk import', () => {
  it('when deferred, are left to the first citation, which formats them exactly as a single ingest does and stores them', async () => {
    const imported = await freshStore();
    const summary = await importNdjson(imported, file, { prepare: prepareInThread, formatReferences: false });
    expect(summary.created).toBe(2);

    const ingested = await freshStore();
    for (const input of ARTICLES) await ingestSource(ingested, input, new Date(), undefined, prepareInThread);

    for (const id of IDS) {
      const lazyClaim = await firstClaimOf(imported, id);
      const eagerClaim = await firstClaimOf(ingested, id);
      expect(lazyClaim).toBe(eagerClaim);
      // Stored at ingest; not by the import.
      expect(await referencesStored(ingested, eagerClaim)).toBe(true);
      expect(await referencesStored(imported, lazyClaim)).toBe(false);

      const lazy = await citedAs(imported, lazyClaim);
      expect(lazy).toStrictEqual(await citedAs(ingested, eagerClaim));
      expect(lazy.formatted.apa).toContain(ARTICLES[IDS.indexOf(id)]!.title);
      expect(lazy.bibtex).toContain(ARTICLES[IDS.indexOf(id)]!.title);
      // The first citation stored them, so the next one reads them.
      expect(await referencesStored(imported, lazyClaim)).toBe(true);
      expect(await citedAs(imported, lazyClaim)).toStrictEqual(lazy);
    }
  }, 60_000);

  it('are formatted and stored by the import by default, the same as on first citation', async () => {
    const eager = await freshStore();
    const lazy = await freshStore();
    await importNdjson(eager, file, { prepare: prepareInThread });
    await importNdjson(lazy, file, { prepare: prepareInThread, formatReferences: false });
    for (const id of IDS) {
      const claimId = await firstClaimOf(eager, id);
      expect(await referencesStored(eager, claimId)).toBe(true);
      expect(await citedAs(eager, claimId)).toStrictEqual(await citedAs(lazy, claimId));
    }
  }, 60_000);
});
