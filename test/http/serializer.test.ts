import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSerializerCompiler, fastSerializerFor } from '../../src/http/serializer.js';
import { ClaimSchema } from '../../src/schemas/claims.js';
import { pageOf } from '../../src/schemas/common.js';
import { ConflictSchema } from '../../src/schemas/conflicts.js';
import { securityHeaders } from '../../src/http/security-headers.js';

const claim = {
  id: 'c1',
  sourceId: 's1',
  passageId: 'p1',
  statement: 'Trade between China and Russia was $245 billion in 2024.',
  metric: null,
  quote: { exact: '“$245 billion”\u2028 and a \\ backslash', start: 3, end: 17 },
  value: 245e9,
  unit: 'USD',
  qualifier: 'approximately',
  interval: { low: 244.5e9, high: null },
  period: null,
  proposition: { measure: 'trade', subject: ['china', 'russia'], counterpart: null, facets: [], statType: 'level', basis: null, modality: 'actual' },
  comparable: true,
  change: null,
  restates: null,
};

const route = (schema: unknown) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' }) as never;

describe('compiled response serialisation', () => {
  it('writes the same JSON as zod + JSON.stringify, nullable objects and escapes included', () => {
    const fast = fastSerializerFor(pageOf(ClaimSchema))!;
    expect(fast).toBeTypeOf('function');
    const page = {
      data: [claim, { ...claim, id: 'c2', period: { start: '2024-01-01', end: null, label: '2024', resolution: 'explicit' }, proposition: null }],
      nextCursor: null,
    };
    expect(fast(page)).toBe(JSON.stringify(page));
  });

  it('drops keys the schema does not declare, in schema order, as zod does', () => {
    const fast = fastSerializerFor(z.object({ b: z.number(), a: z.string().nullable() }))!;
    expect(fast({ a: 'x', b: 1, secret: 'no' })).toBe('{"b":1,"a":"x"}');
    const optionalFirst = fastSerializerFor(z.object({ note: z.string().optional(), id: z.string() }))!;
    expect(optionalFirst({ id: 'i', note: 'n' })).toBe('{"note":"n","id":"i"}');
    expect(optionalFirst({ id: 'i' })).toBe('{"id":"i"}');
  });

  it('leaves schemas a JSON schema cannot render exactly to zod', () => {
    expect(fastSerializerFor(z.object({ a: z.union([z.string(), z.number()]) }))).toBeUndefined();
    expect(fastSerializerFor(z.record(z.string(), z.number()))).toBeUndefined();
    expect(fastSerializerFor(z.string().transform((s) => s.length))).toBeUndefined();
    expect(fastSerializerFor({ type: 'object' })).toBeUndefined();
  });

  it('in check mode refuses a response whose two renderings differ, or that breaks its schema', () => {
    const serialize = createSerializerCompiler({ check: true })(route(ConflictSchema));
    expect(() => serialize({ id: 'x' })).toThrow();
    const lenient = createSerializerCompiler({ check: true })(route(z.object({ n: z.number().int() })));
    // fast-json-stringify would round 1.5 to an integer; zod refuses it.
    expect(() => lenient({ n: 1.5 })).toThrow();
    expect(lenient({ n: 2 })).toBe('{"n":2}');
  });
});

describe('security headers', () => {
  it('are the headers helmet sets for the options, computed once', () => {
    const headers = securityHeaders({ contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'upgrade-insecure-requests': null } } });
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(headers['x-powered-by']).toBeUndefined();
  });
});
