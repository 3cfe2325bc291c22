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
  summary?: string;
  tags?: string[];
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

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
