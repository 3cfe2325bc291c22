import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimAllows } from '../../src/review/claim-review.js';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';
import { API_KEYS, claimOf, ingest, KEYS, post, REPORTS } from '../support/review-fixtures.js';

// The schema.org context shipped with the product (a minimal one covering the terms it uses):
// the only document the loader serves, so expansion never touches the network.
const CONTEXT = JSON.parse(readFileSync(fileURLToPath(new URL('../../src/review/schema-org-context.json', import.meta.url)), 'utf8'));
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network in tests: ${url}`);
  return { contextUrl: null, documentUrl: url, document: CONTEXT };
};
// Safe mode throws on any term the context does not define, instead of dropping it silently.
const expand = (doc: object) => jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as unknown as jsonld.Options.Expand);

const S = 'http://schema.org/';
type Node = Record<string, Array<Record<string, unknown>>>;

let t: TestApp;
let conflictId = '';
let north = '';
let south = '';

beforeAll(async () => {
  t = await createTestApp({ config: { apiKeys: API_KEYS } });
  north = claimOf((await ingest(t.app, REPORTS.north)).claims, 'trade.');
  south = claimOf((await ingest(t.app, REPORTS.south)).claims, 'trade.');
  const conflicts = (await t.app.inject('/v1/conflicts')).json() as { data: Array<{ id: string; claims: Array<{ claimId: string }> }> };
  conflictId = conflicts.data.find((c) => c.claims.some((m) => m.claimId === north))!.id;
});

afterAll(async () => {
  await t.close();
});

describe('published ClaimReview JSON-LD', () => {
  it('is not published while the conflict is open', async () => {
    expectProblem(await t.app.inject(`/v1/conflicts/${conflictId}/claim-review`), 404);
    expectProblem(await t.app.inject(`/v1/claims/${north}/claim-review`), 404);
    expect(((await t.app.inject('/v1/claim-reviews')).json() as { numberOfItems: number }).numberOfItems).toBe(0);
  });

  it('expands with the schema.org context into a ClaimReview of a Claim with its appearances, rating, author and date', async () => {
    expect((await post(t.app, `/v1/conflicts/${conflictId}/reviews`, KEYS.reviewer, { state: 'confirmed' })).statusCode).toBe(201);
    const res = await t.app.inject(`/v1/conflicts/${conflictId}/claim-review`);
    expect(res.statusCode, res.body).toBe(200);
    const [node] = (await expand(res.json())) as Node[];
    expect(node!['@type']).toEqual([`${S}ClaimReview`]);
    expect(node![`${S}url`]).toEqual([{ '@id': `http://localhost:80/v1/conflicts/${conflictId}/claim-review` }]);
    expect(node![`${S}datePublished`]![0]!['@value']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rating = node![`${S}reviewRating`]![0] as Node;
    expect(rating['@type']).toEqual([`${S}Rating`]);
    expect([rating[`${S}ratingValue`]![0]!['@value'], rating[`${S}bestRating`]![0]!['@value'], rating[`${S}worstRating`]![0]!['@value']]).toEqual([5, 5, 1]);
    expect((node![`${S}author`]![0] as Node)[`${S}name`]![0]!['@value']).toBe('alice');
    const claim = node![`${S}itemReviewed`]![0] as Node;
    expect(claim['@type']).toEqual([`${S}Claim`]);
    const appearances = claim[`${S}appearance`] as Node[];
    expect(appearances.map((a) => [a[`${S}url`]![0]!['@id'], a[`${S}text`]![0]!['@value']]).sort()).toEqual([
      ['https://example.org/north', '$245 billion'],
      ['https://example.org/south', '$228 billion'],
    ]);
  });

  it('rates each claim of a resolved conflict against the accepted value, and lists the conflict’s review', async () => {
    const res = await post(t.app, `/v1/conflicts/${conflictId}/reviews`, KEYS.reviewer, { state: 'resolved', value: 228e9, sourceId: 'south-ledger' });
    expect(res.statusCode, res.body).toBe(201);
    const rating = async (claimId: string) => {
      const [node] = (await expand((await t.app.inject(`/v1/claims/${claimId}/claim-review`)).json())) as Node[];
      const r = node![`${S}reviewRating`]![0] as Node;
      return [r[`${S}ratingValue`]![0]!['@value'], r[`${S}alternateName`]![0]!['@value']];
    };
    expect(await rating(south)).toEqual([5, 'Accurate']);
    expect(await rating(north)).toEqual([1, 'Inaccurate']);
    const list = (await t.app.inject('/v1/claim-reviews')).json();
    const expanded = (await expand(list)) as Node[];
    expect(expanded[0]!['@type']).toEqual([`${S}ItemList`]);
    const items = expanded[0]![`${S}itemListElement`] as Node[];
    expect(items.map((i) => i['@type'])).toEqual([[`${S}ClaimReview`]]);
    expect((items[0]![`${S}reviewRating`]![0] as Node)[`${S}alternateName`]![0]!['@value']).toBe('Resolved');
  });

  it('is what GET /v1/conflicts/{id} answers to Accept: application/ld+json, and plain JSON otherwise', async () => {
    const ld = await t.app.inject({ url: `/v1/conflicts/${conflictId}`, headers: { accept: 'application/ld+json' } });
    expect(ld.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(ld.json()).toEqual((await t.app.inject(`/v1/conflicts/${conflictId}/claim-review`)).json());
    const plain = await t.app.inject({ url: `/v1/conflicts/${conflictId}`, headers: { accept: 'application/json' } });
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.json()).toMatchObject({ id: conflictId, review: { state: 'resolved' } });
  });
});

describe('a dismissal that dissolves its group', () => {
  it('still publishes a ClaimReview naming every claim it separated, rated Not a discrepancy', async () => {
    const app = await createTestApp({ config: { apiKeys: API_KEYS } });
    try {
      await ingest(app.app, REPORTS.north);
      await ingest(app.app, REPORTS.south);
      const list = (await app.app.inject('/v1/conflicts')).json() as { data: Array<{ id: string; claims: Array<{ claimId: string }> }> };
      const trade = list.data.find((c) => c.claims.some((m) => m.claimId === north))!;
      const res = await post(app.app, `/v1/conflicts/${trade.id}/reviews`, KEYS.reviewer, { state: 'dismissed', reason: 'different-proposition' });
      expect(res.statusCode, res.body).toBe(201);
      expectProblem(await app.app.inject(`/v1/conflicts/${trade.id}`), 404);
      const [node] = (await expand((await app.app.inject(`/v1/conflicts/${trade.id}/claim-review`)).json())) as Node[];
      const rating = node![`${S}reviewRating`]![0] as Node;
      expect(rating[`${S}ratingValue`]![0]!['@value']).toBe(1);
      const appearances = (node![`${S}itemReviewed`]![0] as Node)[`${S}appearance`] as Node[];
      expect(appearances.map((a) => a[`${S}text`]![0]!['@value']).sort()).toEqual(['$228 billion', '$245 billion']);
    } finally {
      await app.close();
    }
  });
});

describe('claimAllows', () => {
  it('accepts a value inside a hedged claim’s interval, in another scale of the same unit family', () => {
    expect(claimAllows({ value: 245e9, unit: 'USD', low: 244.5e9, high: 245.5e9 }, { value: 245.2e9, unit: 'USD' })).toBe(true);
    expect(claimAllows({ value: 245e9, unit: 'USD', low: 244.5e9, high: 245.5e9 }, { value: 246e9, unit: 'USD' })).toBe(false);
    expect(claimAllows({ value: 5, unit: 'percent', low: 5, high: 5 }, { value: 5, unit: 'USD' })).toBe(false);
  });
});
