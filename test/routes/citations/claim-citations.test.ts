import { sqliteStore, testConfig } from '../../helpers.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../src/app.js';
import { warmUpCitationStyles } from '../../../src/cite/index.js';
import { openDb } from '../../../src/store/sqlite/client.js';
import { seedDatabase } from '../../../src/services/seeding.js';
import type { Claim } from '../../../src/schemas/claims.js';

describe('GET /v1/claims/:id/citations', () => {
  const handle = openDb(':memory:');
  let app: Awaited<ReturnType<typeof buildApp>>;
  let trade2024: Claim[];

  beforeAll(async () => {
    // As server.ts does: compile the citation styles before the app measures event-loop load.
    warmUpCitationStyles();
    await seedDatabase(sqliteStore(handle));
    app = await buildApp({ config: testConfig(), store: sqliteStore(handle) });
    trade2024 = (await app.inject('/v1/claims?metric=trade.china-russia.total&year=2024')).json().data;
  });

  const bySource = (id: string) => trade2024.find((c) => c.sourceId === id)!;

  it('cites the claim’s own passage first, then the other sources of its conflict with their stance', async () => {
    const gill = bySource('gill-conditional-embrace');
    const body = (await app.inject(`/v1/claims/${gill.id}/citations`)).json();
    expect(body.citations[0]).toMatchObject({ claimId: gill.id, stance: 'primary', source: { id: 'gill-conditional-embrace' } });
    const others = body.citations
      .slice(1)
      .map((c: { source: { id: string }; stance: string }) => [c.source.id, c.stance])
      .sort();
    expect(others).toEqual([
      ['indiafoundation-no-limits-with-cautions', 'contradicting'],
      ['thinkchina-limits-of-no-limits', 'contradicting'],
    ]);
    const think = bySource('thinkchina-limits-of-no-limits');
    const fromThinkChina = (await app.inject(`/v1/claims/${think.id}/citations`)).json().citations;
    expect(fromThinkChina.find((c: { source: { id: string } }) => c.source.id === 'indiafoundation-no-limits-with-cautions').stance).toBe('corroborating');
  });

  it('gives W3C selectors that point at the quoted words in the stored text', async () => {
    const claim = bySource('thinkchina-limits-of-no-limits');
    const [primary] = (await app.inject(`/v1/claims/${claim.id}/citations`)).json().citations;
    const text = (await app.inject(`/v1/sources/${claim.sourceId}/text`)).body;
    const quote = primary.selectors.find((s: { type: string }) => s.type === 'TextQuoteSelector');
    const position = primary.selectors.find((s: { type: string }) => s.type === 'TextPositionSelector');
    expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(quote.exact).toBe(claim.quote.exact);
    expect(text).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
  });

  it('formats APA, MLA and Chicago with the source’s metadata and nothing undefined', async () => {
    const claim = bySource('gill-conditional-embrace');
    const [primary] = (await app.inject(`/v1/claims/${claim.id}/citations`)).json().citations;
    for (const style of ['apa', 'mla', 'chicago'] as const) {
      expect(primary.formatted[style]).toContain('Gill');
      expect(primary.formatted[style]).toContain('2025');
      expect(primary.formatted[style]).not.toMatch(/undefined|NaN|n\.d\./);
    }
    expect(primary.formatted.apa).not.toBe(primary.formatted.mla);
    expect(primary.csl).toMatchObject({ id: 'gill-conditional-embrace', issued: { 'date-parts': [[2025, 12, 4]] } });
  });

  it('returns BibTeX, RIS and CSL-JSON with their own content types', async () => {
    const claim = bySource('gill-conditional-embrace');
    const bib = await app.inject(`/v1/claims/${claim.id}/citations?format=bibtex`);
    expect(bib.headers['content-type']).toMatch(/^application\/x-bibtex/);
    expect(bib.body).toMatch(/@\w+\{/);
    const ris = await app.inject(`/v1/claims/${claim.id}/citations?format=ris`);
    expect(ris.headers['content-type']).toMatch(/^application\/x-research-info-systems/);
    expect(ris.body).toMatch(/^TY {2}- /m);
    const csl = await app.inject(`/v1/claims/${claim.id}/citations?format=csl`);
    expect(csl.headers['content-type']).toMatch(/^application\/vnd\.citationstyles\.csl\+json/);
    expect(
      JSON.parse(csl.body)
        .map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual(['gill-conditional-embrace', 'indiafoundation-no-limits-with-cautions', 'thinkchina-limits-of-no-limits']);
  });

  it('answers 404 problem+json for an unknown claim and 400 for an unknown format', async () => {
    const missing = await app.inject('/v1/claims/clm_nope/citations');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    const bad = await app.inject(`/v1/claims/${trade2024[0]!.id}/citations?format=docx`);
    expect(bad.statusCode).toBe(400);
  });
});
