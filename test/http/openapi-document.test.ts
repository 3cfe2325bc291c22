import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPENAPI_PATH, readCommitted, renderOpenApi } from '../../scripts/openapi.js';
import { createTestApp, type TestApp } from '../helpers.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'provenance-openapi-'));

interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  summary?: string;
  tags?: string[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}
type Document = {
  openapi: string;
  info: { license?: { name: string; identifier?: string }; contact?: { name?: string } };
  servers?: Array<{ url: string }>;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};

let t: TestApp;
let rendered: string;
beforeAll(async () => {
  t = await createTestApp();
  rendered = await renderOpenApi();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openapi.yaml', () => {
  it('is exactly what the app generates (run `npm run openapi` after changing a route or schema)', () => {
    const committed = readCommitted();
    expect(committed, `${OPENAPI_PATH} is missing: run \`npm run openapi\``).not.toBeNull();
    expect(committed === rendered, 'openapi.yaml has drifted from the app: run `npm run openapi` and commit it').toBe(true);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    const api = (await SwaggerParser.validate(OPENAPI_PATH)) as { openapi: string };
    expect(api.openapi).toBe('3.1.0');
  });

  it('is the document the running app serves at /openapi.json', async () => {
    expect(parse(rendered)).toEqual((await t.app.inject('/openapi.json')).json());
  });

  it('gives every operation a summary and a tag, and documents every error as problem+json', () => {
    const doc = parse(rendered) as Document;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThanOrEqual(9);
    for (const { path, method, op } of operations) {
      expect(op.summary, `${method} ${path}`).toBeTruthy();
      expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) >= 400) expect(Object.keys(response.content ?? {}), `${method} ${path} ${status}`).toEqual(['application/problem+json']);
      }
    }
    expect(doc.paths['/v1/sources/{id}/text']?.get?.responses['200']?.content).toHaveProperty(['text/plain']);
  });

  it('names every operation for client generators, once each', () => {
    const doc = parse(rendered) as Document;
    const ids = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => `${method.toUpperCase()} ${path} ${op.operationId}`),
    );
    expect(ids.sort()).toEqual(
      [
        'GET /health getHealth',
        'GET /health/ready getReadiness',
        'GET /v1/sources listSources',
        'POST /v1/sources createSource',
        'POST /v1/sources:batch createSources',
        'GET /v1/sources/{id} getSource',
        'DELETE /v1/sources/{id} deleteSource',
        'GET /v1/sources/{id}/text getSourceText',
        'GET /v1/units listUnits',
        'GET /v1/passages/{id} getPassage',
        'GET /v1/claims listClaims',
        'GET /v1/claims/{id} getClaim',
        'GET /v1/claims/{id}/citations getClaimCitations',
        'GET /v1/metrics listMetrics',
        'GET /v1/conflicts listConflicts',
        'GET /v1/conflicts/{id} getConflict',
        'GET /v1/conflicts/{id}/reviews listConflictReviews',
        'POST /v1/conflicts/{id}/reviews createConflictReview',
        'GET /v1/conflicts/{id}/claim-review getConflictClaimReview',
        'GET /v1/claims/{id}/claim-review getClaimClaimReview',
        'GET /v1/claim-reviews listClaimReviews',
        'POST /v1/claims/{id}/corrections createClaimCorrection',
        'GET /v1/claims/{id}/correction getClaimCorrection',
        'GET /v1/audit listAuditEntries',
      ].sort(),
    );
  });

  it('marks reads public and writes as needing the bearer key, and documents a 4xx on every operation', () => {
    const doc = parse(rendered) as Document;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        // Reads are public except the audit log, which needs a key with the admin scope.
        const keyed = method !== 'get' || path === '/v1/audit';
        expect(op.security, `${method} ${path}`).toEqual(keyed ? [{ bearerAuth: [] }] : []);
        expect(
          Object.keys(op.responses).some((status) => status.startsWith('4')),
          `${method} ${path}`,
        ).toBe(true);
      }
    }
  });

  it('has servers, a license and a contact', () => {
    const doc = parse(rendered) as Document;
    expect(doc.servers?.length).toBeGreaterThan(0);
    expect(doc.info.license).toMatchObject({ name: expect.any(String), identifier: expect.any(String) });
    expect(doc.info.contact?.name).toBeTruthy();
  });

  it('declares each citation media type with its own schema', () => {
    const doc = parse(rendered) as Document;
    const content = doc.paths['/v1/claims/{id}/citations']!.get!.responses['200']!.content as Record<string, { schema: Record<string, unknown> }>;
    expect(content['application/json']!.schema).toEqual({ $ref: '#/components/schemas/CitationList' });
    expect(content['application/ld+json']!.schema).toEqual({ $ref: '#/components/schemas/WebAnnotation' });
    expect(content['application/vnd.citationstyles.csl+json']!.schema).toEqual({ $ref: '#/components/schemas/CslItemList' });
    expect(doc.components.schemas.CslItemList).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/CslItem' } });
    expect(content['application/x-bibtex']!.schema).toMatchObject({ type: 'string' });
    expect(content['application/x-research-info-systems']!.schema).toMatchObject({ type: 'string' });
  });

  it('holds only the components the paths refer to', () => {
    const doc = parse(rendered) as Document;
    const names = Object.keys(doc.components.schemas);
    expect(names).toEqual(expect.arrayContaining(['Source', 'Passage', 'Claim', 'Metric', 'Conflict', 'Problem']));
    const referenced = new Set([...rendered.matchAll(/\$ref: "#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]));
    for (const name of names) expect(referenced.has(name), `${name} is never referenced`).toBe(true);
    // Input variants exist only for request bodies: a new source, a review and a correction.
    expect(names.filter((n) => n.endsWith('Input')).sort()).toEqual(['CorrectionRequestInput', 'NewSourceInput', 'ReviewRequestInput']);
    const body = (doc as unknown as { paths: Record<string, Record<string, { requestBody?: unknown }>> }).paths['/v1/sources']!.post!.requestBody;
    expect(JSON.stringify(body)).toContain('#/components/schemas/NewSourceInput');
  });
});

describe('npm run openapi:check', () => {
  const check = (file: string) =>
    run(process.execPath, ['--import', 'tsx', 'scripts/openapi.ts', 'check', file], { cwd: ROOT, timeout: 15_000 }).then(
      (r) => ({ code: 0, ...r }),
      (err: { code: number; stdout: string; stderr: string }) => err,
    );

  it('passes on a current file and fails with a clear message on a drifted one', async () => {
    const current = join(dir, 'current.yaml');
    writeFileSync(current, rendered);
    const drifted = join(dir, 'drifted.yaml');
    copyFileSync(current, drifted);
    writeFileSync(drifted, rendered.replace('title: Provenance API', 'title: Provenance API (edited by hand)'));
    const [ok, bad] = await Promise.all([check(current), check(drifted)]);
    expect(ok.code).toBe(0);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('differs from the document the app generates: run `npm run openapi`');
  });
});
