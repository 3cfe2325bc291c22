import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';
import { API_KEYS, bearer, claimOf, ingest, KEYS, post, REPORTS } from '../support/review-fixtures.js';

interface Conflict {
  id: string;
  metric: string;
  status: string;
  claims: Array<{ claimId: string; value: number }>;
  review: { state: string; author: string | null };
}
interface Review {
  id: number;
  state: string;
  author: string;
  requestId: string | null;
  reason: string | null;
  changes: Record<string, unknown> | null;
}
interface AuditEntry {
  key: string;
  action: string;
  requestId: string | null;
  target: { type: string; id: string };
  changes: Record<string, unknown>;
}

let t: TestApp;
const ids = { northTrade: '', southTrade: '', eastTrade: '', northDe: '', southDe: '', eastDe: '' };

beforeAll(async () => {
  t = await createTestApp({ config: { apiKeys: API_KEYS } });
  const north = await ingest(t.app, REPORTS.north);
  const south = await ingest(t.app, REPORTS.south);
  const east = await ingest(t.app, REPORTS.east);
  ids.northTrade = claimOf(north.claims, 'trade.');
  ids.southTrade = claimOf(south.claims, 'trade.');
  ids.eastTrade = claimOf(east.claims, 'trade.');
  ids.northDe = claimOf(north.claims, 'exports.');
  ids.southDe = claimOf(south.claims, 'exports.');
  ids.eastDe = claimOf(east.claims, 'exports.');
});

afterAll(async () => {
  await t.close();
});

const conflicts = async (query = 'status=all') => ((await t.app.inject(`/v1/conflicts?${query}`)).json() as { data: Conflict[] }).data;
const conflictHolding = async (claimId: string) => (await conflicts()).find((c) => c.claims.some((m) => m.claimId === claimId));
const history = async (id: string) => ((await t.app.inject(`/v1/conflicts/${id}/reviews`)).json() as { data: Review[] }).data;
const audit = async (query = '') => {
  const res = await t.app.inject({ url: `/v1/audit?limit=500${query}`, headers: bearer(KEYS.admin) });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { data: AuditEntry[] }).data;
};
const memberIds = (c: Conflict | undefined) => (c?.claims.map((m) => m.claimId) ?? []).sort();

describe('the review loop over HTTP', () => {
  let tradeId = '';
  let germanyId = '';

  it('starts with two open discrepancies, recorded as three ingests by the writer key', async () => {
    const trade = await conflictHolding(ids.northTrade);
    const germany = await conflictHolding(ids.northDe);
    expect(memberIds(trade)).toEqual([ids.northTrade, ids.southTrade].sort());
    expect(memberIds(germany)).toEqual([ids.northDe, ids.southDe, ids.eastDe].sort());
    expect(trade!.review).toEqual({ state: 'open', reviewId: null, author: null, at: null });
    tradeId = trade!.id;
    germanyId = germany!.id;
    expect((await conflicts('review=open')).map((c) => c.id).sort()).toEqual([tradeId, germanyId].sort());
    const ingests = await audit('&action=ingest');
    expect(ingests.map((e) => [e.key, e.target.id])).toEqual([
      ['wendy', 'east-review'],
      ['wendy', 'south-ledger'],
      ['wendy', 'north-gazette'],
    ]);
    expect(ingests.every((e) => typeof e.requestId === 'string' && e.requestId.length > 0)).toBe(true);
  });

  it('refuses reviews without a key (401) and with a key lacking the review scope (403 naming it)', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/v1/conflicts/${tradeId}/reviews`,
      headers: { 'content-type': 'application/json' },
      payload: '{"state":"confirmed"}',
    });
    expectProblem(anonymous, 401);
    const writer = await post(t.app, `/v1/conflicts/${tradeId}/reviews`, KEYS.writer, { state: 'confirmed' });
    expect(expectProblem(writer, 403).detail).toContain("'review' scope");
    const correction = await post(t.app, `/v1/claims/${ids.eastTrade}/corrections`, KEYS.admin, { reason: 'x', value: 1 });
    expect(expectProblem(correction, 403).detail).toContain("'review' scope");
    expect(expectProblem(await t.app.inject({ url: '/v1/audit', headers: bearer(KEYS.reviewer) }), 403).detail).toContain("'admin' scope");
    expectProblem(await t.app.inject({ url: '/v1/audit' }), 401);
    expect(await history(tradeId)).toEqual([]);
  });

  it('confirms the trade discrepancy: history, the conflict’s state, the filter and the audit log follow', async () => {
    const res = await post(t.app, `/v1/conflicts/${tradeId}/reviews`, KEYS.reviewer, { state: 'confirmed', note: 'Customs and ministry figures differ.' });
    expect(res.statusCode, res.body).toBe(201);
    const [entry] = await history(tradeId);
    expect(entry).toMatchObject({ state: 'confirmed', author: 'alice', note: 'Customs and ministry figures differ.', changes: null });
    expect((await t.app.inject(`/v1/conflicts/${tradeId}`)).json()).toMatchObject({ review: { state: 'confirmed', author: 'alice', reviewId: entry!.id } });
    expect((await conflicts('review=confirmed')).map((c) => c.id)).toEqual([tradeId]);
    expect((await conflicts('review=open')).map((c) => c.id)).toEqual([germanyId]);
    const [last] = await audit('&action=review');
    expect(last).toMatchObject({ key: 'alice', target: { type: 'conflict', id: tradeId }, changes: { from: 'open', to: 'confirmed', reviewId: entry!.id } });
    expect(last!.requestId).toBe(entry!.requestId);
  });

  it('dismisses two German figures as different propositions: they are split apart at once', async () => {
    const res = await post(t.app, `/v1/conflicts/${germanyId}/reviews`, KEYS.reviewer, {
      state: 'dismissed',
      reason: 'different-proposition',
      claimIds: [ids.northDe, ids.southDe],
      note: 'Goods only against goods and services.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ state: 'dismissed', reason: 'different-proposition' });
    const holdingNorth = await conflictHolding(ids.northDe);
    expect(memberIds(holdingNorth)).not.toContain(ids.southDe);
    expect((await conflicts()).some((c) => memberIds(c).includes(ids.northDe) && memberIds(c).includes(ids.southDe))).toBe(false);
    // What the verdict left is what it is measured against: no stale mark for its own split.
    expect((await history(germanyId)).map((r) => r.state)).toEqual(['dismissed']);
  });

  it('corrects a claim’s period: the claim joins the 2024 group, the extraction is kept, and the confirmed review goes stale', async () => {
    const res = await post(t.app, `/v1/claims/${ids.eastTrade}/corrections`, KEYS.reviewer, {
      reason: 'The figure is for 2024; the article misprints the year.',
      period: { start: '2024-01-01', end: '2024-12-31', label: '2024' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const correction = res.json() as { extracted: { period: { start: string } }; effective: { period: { start: string } }; override: { author: string } };
    expect(correction.extracted.period.start).toBe('2023-01-01');
    expect(correction.effective.period.start).toBe('2024-01-01');
    expect(correction.override.author).toBe('alice');
    expect(((await t.app.inject(`/v1/claims/${ids.eastTrade}`)).json() as { period: { start: string } }).period.start).toBe('2023-01-01');

    const trade = (await t.app.inject(`/v1/conflicts/${tradeId}`)).json() as Conflict;
    expect(memberIds(trade)).toEqual([ids.northTrade, ids.southTrade, ids.eastTrade].sort());
    expect(trade.review.state).toBe('stale');
    const [, stale] = await history(tradeId);
    expect(stale).toMatchObject({ state: 'stale', author: 'system', changes: { was: 'confirmed', added: [ids.eastTrade] } });
    const [entry] = await audit('&action=correction');
    expect(entry).toMatchObject({
      key: 'alice',
      target: { type: 'claim', id: ids.eastTrade },
      changes: { before: null, after: { periodStart: '2024-01-01' } },
    });
  });

  it('resolves the trade conflict and publishes its ClaimReview, as a path, by Accept and in the list', async () => {
    const res = await post(t.app, `/v1/conflicts/${tradeId}/reviews`, KEYS.reviewer, {
      state: 'resolved',
      value: 245e9,
      claimId: ids.northTrade,
      note: 'Customs data is final.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ accepted: { value: 245e9, unit: 'USD', claimId: ids.northTrade, sourceId: 'north-gazette' } });

    const byPath = await t.app.inject(`/v1/conflicts/${tradeId}/claim-review`);
    expect(byPath.statusCode, byPath.body).toBe(200);
    expect(byPath.headers['content-type']).toMatch(/^application\/ld\+json/);
    const doc = byPath.json() as Record<string, any>;
    expect(doc).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      reviewRating: { ratingValue: 4, alternateName: 'Resolved' },
      author: { name: 'alice' },
    });
    expect(doc.itemReviewed.appearance.map((a: { url: string }) => a.url).sort()).toEqual([
      'https://example.org/east',
      'https://example.org/north',
      'https://example.org/south',
    ]);
    expect(doc.itemReviewed.appearance.map((a: { text: string }) => a.text)).toContain('$228 billion');

    const byAccept = await t.app.inject({ url: `/v1/conflicts/${tradeId}`, headers: { accept: 'application/ld+json' } });
    expect(byAccept.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(byAccept.json()).toEqual(doc);
    const list = (await t.app.inject('/v1/claim-reviews')).json() as { itemListElement: Array<{ url: string }> };
    expect(list.itemListElement.map((r) => r.url)).toEqual([doc.url]);

    const south = (await t.app.inject(`/v1/claims/${ids.southTrade}/claim-review`)).json() as { reviewRating: { alternateName: string } };
    const north = (await t.app.inject(`/v1/claims/${ids.northTrade}/claim-review`)).json() as { reviewRating: { alternateName: string } };
    expect([north.reviewRating.alternateName, south.reviewRating.alternateName]).toEqual(['Accurate', 'Inaccurate']);
  });

  it('keeps the correction and the separation when the sources are removed and ingested again', async () => {
    const remove = async (id: string) =>
      expect((await t.app.inject({ method: 'DELETE', url: `/v1/sources/${id}`, headers: bearer(KEYS.writer) })).statusCode).toBe(204);
    await remove(REPORTS.east.id);
    // The resolved trade group lost a member: its review is marked stale, neither kept nor dropped.
    expect((await history(tradeId)).at(-1)).toMatchObject({ state: 'stale', changes: { was: 'resolved', removed: [ids.eastTrade] } });
    const entries = (await history(tradeId)).length;
    await remove(REPORTS.south.id);
    // Stale already asks for a new verdict; the group dissolving adds no second mark.
    expect(await history(tradeId)).toHaveLength(entries);
    expect(await conflictHolding(ids.northTrade)).toBeUndefined();
    await ingest(t.app, REPORTS.east);
    await ingest(t.app, REPORTS.south);
    expect(memberIds(await conflictHolding(ids.eastTrade))).toEqual([ids.northTrade, ids.southTrade, ids.eastTrade].sort());
    expect((await t.app.inject(`/v1/claims/${ids.eastTrade}/correction`)).json()).toMatchObject({ effective: { period: { start: '2024-01-01' } } });
    expect((await conflicts()).some((c) => memberIds(c).includes(ids.northDe) && memberIds(c).includes(ids.southDe))).toBe(false);
    // Only the separated pair stays apart: the other German figure still meets both.
    expect(memberIds(await conflictHolding(ids.northDe))).toEqual([ids.northDe, ids.eastDe].sort());
  });

  it('keeps a removed source’s audit entries, each step with its key and request', async () => {
    const south = await audit('&target=south-ledger');
    expect(south.map((e) => e.action)).toEqual(['ingest', 'delete', 'ingest']);
    expect(south[1]).toMatchObject({ key: 'wendy', changes: { title: 'South Ledger', url: 'https://example.org/south' } });
    const actions = (await audit()).map((e) => `${e.action}:${e.key}`);
    expect(actions.filter((a) => a.startsWith('review:'))).toEqual(['review:alice', 'review:alice', 'review:alice']);
    expect(actions.filter((a) => a.startsWith('correction:'))).toEqual(['correction:alice']);
    expect(actions.filter((a) => a.startsWith('delete:'))).toEqual(['delete:wendy', 'delete:wendy']);
  });
});
