import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../../src/schemas/claims.js';
import { createTestApp, type TestApp } from '../../helpers.js';

// Counts how often a source's references are formatted, wherever that happens.
const calls = vi.hoisted(() => ({ sources: [] as string[] }));
vi.mock('../../../src/cite/references.js', async (original) => {
  const actual = await original<typeof import('../../../src/cite/references.js')>();
  return {
    ...actual,
    buildReferences: (source: Parameters<typeof actual.buildReferences>[0]) => {
      calls.sources.push(source.id);
      return actual.buildReferences(source);
    },
  };
});

const KEY = 'formatter-key-0123456789abcdef';
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seed: true, config: { apiKeys: [KEY] } });
}, 120_000);
afterAll(() => t.close());

const ARTICLE = {
  title: 'Copper shipments through the northern port',
  authors: ['Ines Okafor'],
  publisher: 'Harbour Ledger',
  publishedAt: '2025-03-14',
  text: 'Copper shipments through the northern port reached 412,000 tonnes in 2024, the harbour authority said. Exports of cobalt rose to 38,500 tonnes.',
};

describe('formatted references are built once per source, at ingest', () => {
  it('formats each seeded source exactly once while ingesting it', async () => {
    const sources = (await t.app.inject('/v1/sources?limit=100')).json().data as Array<{ id: string }>;
    expect([...calls.sources].sort()).toEqual(sources.map((s) => s.id).sort());
  });

  it('cites every claim in every representation without formatting anything again', async () => {
    const before = calls.sources.length;
    const claims = (await t.app.inject('/v1/claims?limit=100')).json().data as Claim[];
    expect(claims.length).toBeGreaterThan(20);
    for (const c of claims) {
      for (const format of ['json', 'annotation', 'csl', 'bibtex', 'ris']) {
        const res = await t.app.inject(`/v1/claims/${c.id}/citations?format=${format}`);
        expect(res.statusCode).toBe(200);
      }
    }
    expect(calls.sources.length).toBe(before);
  });

  it('formats a newly ingested source once, in its ingest, and serves its citations from what was stored', async () => {
    const before = calls.sources.length;
    const created = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: { authorization: `Bearer ${KEY}` }, payload: ARTICLE });
    expect(created.statusCode).toBe(201);
    const id = created.json().source.id as string;
    expect(calls.sources.slice(before)).toEqual([id]);
    const claims = (await t.app.inject(`/v1/claims?sourceId=${id}`)).json().data as Claim[];
    expect(claims.length).toBeGreaterThan(0);
    const cited = (await t.app.inject(`/v1/claims/${claims[0]!.id}/citations`)).json();
    expect(cited.citations[0].formatted.apa).toContain('Copper shipments through the northern port');
    expect(calls.sources.slice(before)).toEqual([id]);
  });

  it('formats a source whose title another source holds once, under the id it was expected to get, and cites it under its own', async () => {
    const before = calls.sources.length;
    const again = { ...ARTICLE, text: `${ARTICLE.text} Nickel shipments fell to 9,100 tonnes.` };
    const created = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: { authorization: `Bearer ${KEY}` }, payload: again });
    expect(created.statusCode).toBe(201);
    const id = created.json().source.id as string;
    const slug = calls.sources.at(-1)!;
    expect(id).not.toBe(slug);
    expect(id.startsWith(slug)).toBe(true);
    expect(calls.sources.slice(before)).toEqual([slug]);
    const claims = (await t.app.inject(`/v1/claims?sourceId=${id}`)).json().data as Claim[];
    const bibtex = await t.app.inject(`/v1/claims/${claims[0]!.id}/citations?format=bibtex`);
    const ris = await t.app.inject(`/v1/claims/${claims[0]!.id}/citations?format=ris`);
    expect(bibtex.body).toContain(`{${id},`);
    expect(ris.body).toMatch(new RegExp(`^ID  - ${id}\\r?$`, 'm'));
    expect(calls.sources.slice(before)).toEqual([slug]);
  });
});
