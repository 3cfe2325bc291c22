import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestSource } from '../../../src/services/ingest.js';
import type { Claim } from '../../../src/schemas/claims.js';
import type { Conflict } from '../../../src/schemas/conflicts.js';
import { SqliteStore } from '../../../src/store/sqlite/store.js';
import type { Store } from '../../../src/store/types.js';
import { createTestApp, type TestApp } from '../../helpers.js';

// Short wire items written for this test, all stating one proposition (trade between Brazil
// and Argentina in 2023): nine agree on $28.4 billion, four say $35 billion.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function story(n: number, figure: string) {
  return {
    id: `wire-${LETTERS[n]}`,
    title: `Southern trade note ${LETTERS[n]}`,
    publisher: `Wire ${LETTERS[n]!.toUpperCase()}`,
    publishedAt: '2024-02-10',
    text: `Trade between Brazil and Argentina reached ${figure} in 2023, customs data showed. Filed by desk ${LETTERS[n]}${LETTERS[n]}.`,
  };
}
const majority = Array.from({ length: 9 }, (_, i) => story(i, '$28.4 billion'));
const minority = Array.from({ length: 4 }, (_, i) => story(9 + i, '$35 billion'));

interface CitationBody {
  claimId: string;
  citations: Array<{ claimId: string; stance: string; source: { id: string } }>;
  counts: { corroborating: number; contradicting: number };
  nextCursor: string | null;
}

let t: TestApp;
let conflict: Conflict;
let claimOf: Map<string, Claim>;

beforeAll(async () => {
  t = await createTestApp();
  for (const s of [...majority, ...minority]) await ingestSource(t.store, s);
  const conflicts = (await t.app.inject('/v1/conflicts?status=all&measure=trade')).json().data as Conflict[];
  expect(conflicts).toHaveLength(1);
  conflict = conflicts[0]!;
  const claims = (await t.app.inject('/v1/claims?measure=trade&limit=100')).json().data as Claim[];
  claimOf = new Map(claims.map((c) => [c.sourceId, c]));
}, 120_000);
afterAll(() => t.close());

const get = async (url: string) => {
  const res = await t.app.inject(url);
  expect(res.statusCode).toBe(200);
  return res.json() as CitationBody;
};

describe('citations of a claim in a large group', () => {
  it('pages through the peers: each once, in claim id order, the claim itself only on the first page', async () => {
    const own = claimOf.get('wire-a')!;
    const seen: CitationBody['citations'] = [];
    let url = `/v1/claims/${own.id}/citations?limit=5`;
    const pageSizes: number[] = [];
    for (let pages = 0; pages < 10; pages++) {
      const body = await get(url);
      pageSizes.push(body.citations.length);
      seen.push(...body.citations);
      if (!body.nextCursor) break;
      url = `/v1/claims/${own.id}/citations?limit=5&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    // 12 peers in pages of 5, plus the claim itself at the top of the first page.
    expect(pageSizes).toEqual([6, 5, 2]);
    expect(seen[0]).toMatchObject({ claimId: own.id, stance: 'primary' });
    const peers = seen.slice(1);
    expect(peers.every((c) => c.stance !== 'primary')).toBe(true);
    const ids = peers.map((c) => c.claimId);
    expect(ids).toEqual([...ids].sort());
    // The peers are the group's members from other sources, as the conflict itself lists them.
    const expected = conflict.claims
      .filter((m) => m.sourceId !== 'wire-a')
      .map((m) => m.claimId)
      .sort();
    expect(ids).toEqual(expected);
  });

  it('gives stances relative to the cited claim and counts them over the whole group on every page', async () => {
    const fromMajority = await get(`/v1/claims/${claimOf.get('wire-b')!.id}/citations?limit=3`);
    expect(fromMajority.counts).toEqual({ corroborating: 8, contradicting: 4 });
    const fromMinority = await get(`/v1/claims/${claimOf.get('wire-j')!.id}/citations?limit=3`);
    expect(fromMinority.counts).toEqual({ corroborating: 3, contradicting: 9 });
    const second = await get(`/v1/claims/${claimOf.get('wire-j')!.id}/citations?limit=3&cursor=${encodeURIComponent(fromMinority.nextCursor!)}`);
    expect(second.counts).toEqual({ corroborating: 3, contradicting: 9 });
    const all = await get(`/v1/claims/${claimOf.get('wire-j')!.id}/citations?limit=100`);
    for (const c of all.citations.slice(1)) {
      const agrees = minority.some((s) => s.id === c.source.id);
      expect([c.source.id, c.stance]).toEqual([c.source.id, agrees ? 'corroborating' : 'contradicting']);
    }
    expect(all.nextCursor).toBeNull();
  });

  it('answers a default page of at most 20 peers', async () => {
    const body = await get(`/v1/claims/${claimOf.get('wire-a')!.id}/citations`);
    expect(body.citations).toHaveLength(13);
    expect(body.nextCursor).toBeNull();
  });

  it('exports only the sources of the page asked for', async () => {
    const own = claimOf.get('wire-a')!;
    const first = await t.app.inject(`/v1/claims/${own.id}/citations?format=bibtex&limit=2`);
    expect(first.body.match(/^@\w+\{/gm)).toHaveLength(3);
    expect(first.body).toContain('{wire-a,');
    const csl = (await t.app.inject(`/v1/claims/${own.id}/citations?format=csl&limit=4`)).json() as Array<{ id: string }>;
    expect(csl).toHaveLength(5);
  });

  it('refuses a limit out of bounds and a cursor it did not issue with 400 problem+json', async () => {
    const own = claimOf.get('wire-a')!;
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=not-a-cursor%21', `cursor=${Buffer.from('[1]').toString('base64url')}`]) {
      const res = await t.app.inject(`/v1/claims/${own.id}/citations?${query}`);
      expect([query, res.statusCode]).toEqual([query, 400]);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json().detail).toMatch(/limit|cursor/i);
    }
  });

  it('reads a page of any size with the same store calls and statements', async () => {
    const own = claimOf.get('wire-c')!;
    // Stored references and selectors first, so both requests only read.
    await get(`/v1/claims/${own.id}/citations?limit=100`);
    const measure = async (url: string) => {
      const calls = new Map<string, number>();
      let statements = 0;
      const store = t.store as unknown as Record<string, unknown>;
      const names = ['citationPage', 'sourceTexts', 'getClaim', 'getSource', 'getSourceText', 'getPassage', 'claimsByIds', 'conflictPeersOf', 'write'];
      const originals = names.map((name) => [name, store[name]] as const);
      for (const [name, fn] of originals) {
        store[name] = (...args: unknown[]) => {
          calls.set(name, (calls.get(name) ?? 0) + 1);
          return (fn as (...a: unknown[]) => unknown).apply(t.store, args);
        };
      }
      const sqlite = t.store instanceof SqliteStore ? t.store.handle.sqlite : undefined;
      const prepare = sqlite?.prepare;
      if (sqlite && prepare) {
        sqlite.prepare = ((source: string) => {
          statements++;
          return prepare.call(sqlite, source);
        }) as typeof sqlite.prepare;
      }
      try {
        const body = await get(url);
        return { calls: Object.fromEntries(calls), statements, citations: body.citations.length };
      } finally {
        for (const [name, fn] of originals) store[name] = fn as Store[keyof Store];
        if (sqlite && prepare) sqlite.prepare = prepare;
      }
    };
    const small = await measure(`/v1/claims/${own.id}/citations?limit=2`);
    const large = await measure(`/v1/claims/${own.id}/citations?limit=20`);
    expect([small.citations, large.citations]).toEqual([3, 13]);
    expect(large.calls).toEqual({ citationPage: 1 });
    expect(small.calls).toEqual({ citationPage: 1 });
    if (t.store instanceof SqliteStore) {
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBeLessThanOrEqual(5);
    }
  });

  it('cites a claim outside any group alone, with zero counts', async () => {
    await ingestSource(t.store, {
      id: 'lone-note',
      title: 'Lone note',
      publishedAt: '2024-03',
      text: 'Trade between Chile and Peru reached $4.1 billion in 2023, officials said.',
    });
    const lone = ((await t.app.inject('/v1/claims?sourceId=lone-note')).json().data as Claim[]).find((c) => c.unit === 'USD')!;
    const body = await get(`/v1/claims/${lone.id}/citations`);
    expect(body.citations.map((c) => c.stance)).toEqual(['primary']);
    expect(body.counts).toEqual({ corroborating: 0, contradicting: 0 });
    expect(body.nextCursor).toBeNull();
  });
});
