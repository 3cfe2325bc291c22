import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';

const SECRET = 'SQLITE_CORRUPT at /srv/secret/provenance.db';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Routes added to the production app before it is ready, so they share its error handler.
  const app = t.app.withTypeProvider<ZodTypeProvider>() as FastifyInstance;
  app.get('/test/throws', async () => {
    throw new Error(SECRET);
  });
  app.get('/test/throws-with-status', async () => {
    throw Object.assign(new Error(SECRET), { statusCode: 500 });
  });
  app.withTypeProvider<ZodTypeProvider>().get('/test/bad-response', {
    schema: { response: { 200: z.object({ count: z.number() }) } },
    handler: async () => ({ count: SECRET }) as unknown as { count: number },
  });
  app.withTypeProvider<ZodTypeProvider>().post('/test/echo', {
    schema: {
      body: z.object({ title: z.string().min(1), count: z.number().int(), tags: z.array(z.string()).optional() }),
    },
    handler: async (request) => request.body,
  });
});
afterAll(async () => {
  await t.close();
});

function expectNoInternals(raw: string) {
  expect(raw).not.toContain('SQLITE_CORRUPT');
  expect(raw).not.toContain('/srv/secret');
  expect(raw).not.toMatch(/\bat .+:\d+:\d+/);
  expect(raw).not.toContain('stack');
}

describe('the error handler', () => {
  it('answers 500 problem+json with a generic detail and no stack trace for a thrown error', async () => {
    const res = await t.app.inject('/test/throws');
    const problem = expectProblem(res, 500);
    expect(problem).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'An internal error occurred; it has been logged.',
      instance: '/test/throws',
    });
    expectNoInternals(res.body);
  });

  it('hides the message of an error that carries status 500 itself', async () => {
    const res = await t.app.inject('/test/throws-with-status');
    expectProblem(res, 500);
    expectNoInternals(res.body);
  });

  it('answers 500 without the payload when a handler returns data that breaks its response schema', async () => {
    const res = await t.app.inject('/test/bad-response');
    expect(expectProblem(res, 500).detail).toBe('The server could not produce a valid response.');
    expectNoInternals(res.body);
  });

  it('lists each offending body field of a validation failure', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/test/echo', payload: { title: '', count: 1.5, tags: [3] } });
    const problem = expectProblem(res, 400);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['body.count', 'body.tags.0', 'body.title']);
    for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(0);
  });

  it('lists each offending query parameter of a validation failure', async () => {
    const res = await t.app.inject('/v1/claims?limit=0&year=abc&unit=' + 'x'.repeat(40));
    const problem = expectProblem(res, 400);
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['querystring.limit', 'querystring.unit', 'querystring.year']);
    expect(problem.detail).toContain('querystring.year');
  });

  it('answers 400 problem+json for a body that is not JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/json' }, payload: '{"title": ' });
    expectProblem(res, 400);
  });

  it('answers 415 problem+json for a body that is not sent as JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    expect(expectProblem(res, 415).detail).toBe('Unsupported media type: send application/json.');
  });

  it('answers 413 problem+json for a body over the limit', async () => {
    const payload = JSON.stringify({ title: 'x'.repeat(3 * 1024 * 1024), count: 1 });
    const res = await t.app.inject({ method: 'POST', url: '/test/echo', headers: { 'content-type': 'application/json' }, payload });
    expectProblem(res, 413);
  });
});

describe('unknown routes', () => {
  it('answers 404 problem+json naming the method and path', async () => {
    const res = await t.app.inject('/v1/nothing-here?x=1');
    expect(expectProblem(res, 404)).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'No route GET /v1/nothing-here.',
      instance: '/v1/nothing-here',
    });
  });

  it('answers 404 problem+json for a method the path does not serve', async () => {
    expectProblem(await t.app.inject({ method: 'PATCH', url: '/v1/sources' }), 404);
  });
});
