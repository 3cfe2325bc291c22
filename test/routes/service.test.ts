import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('GET /health', () => {
  it('answers 200 when the database answers', async () => {
    const res = await t.app.inject('/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 problem+json with retry-after once the database is gone', async () => {
    const broken = await createTestApp();
    try {
      await broken.store.close();
      const res = await broken.app.inject('/health');
      expectProblem(res, 503);
      expect(res.headers['retry-after']).toBe('5');
    } finally {
      await broken.close();
    }
  });
});

describe('GET /openapi.json', () => {
  it('serves the OpenAPI 3.1 document listing the v1 paths', async () => {
    const res = await t.app.inject('/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/sources', '/v1/sources/{id}', '/v1/sources/{id}/text', '/v1/passages/{id}', '/v1/claims', '/v1/metrics', '/v1/conflicts']),
    );
    expect(Object.keys(doc.paths)).not.toContain('/openapi.json');
  });
});

describe('GET /docs', () => {
  it('renders the interactive documentation as HTML that loads the app’s own document', async () => {
    let res = await t.app.inject('/docs');
    if (res.statusCode >= 300 && res.statusCode < 400) res = await t.app.inject(String(res.headers.location));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html');
    expect(res.body).toContain('swagger-ui');
  });

  it('serves the UI’s assets and the document it renders', async () => {
    const css = await t.app.inject('/docs/static/swagger-ui.css');
    expect(css.statusCode).toBe(200);
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    const init = await t.app.inject('/docs/static/swagger-initializer.js');
    expect(init.statusCode).toBe(200);
    const json = await t.app.inject('/docs/json');
    expect(json.statusCode).toBe(200);
    expect(json.json()).toEqual((await t.app.inject('/openapi.json')).json());
  });
});
