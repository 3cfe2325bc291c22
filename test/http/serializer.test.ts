import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSerializerCompiler, fastSerializerFor, plainJsonSerializer, splicedItemSerializer, splicedPageSerializer } from '../../src/http/serializer.js';
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

describe('bodies serialized as built', () => {
  it('writes what zod + JSON.stringify write for a body in the schema’s shape', () => {
    const expected = JSON.stringify(z.encode(ClaimSchema, claim as never));
    expect(plainJsonSerializer(ClaimSchema, { check: true })(claim)).toBe(expected);
    expect(plainJsonSerializer(ClaimSchema, { check: false })(claim)).toBe(expected);
  });

  it('in check mode refuses a body with a property the schema lacks or with its properties out of order', () => {
    const serialize = plainJsonSerializer(ClaimSchema, { check: true });
    expect(() => serialize({ ...claim, internalNote: 'not for clients' })).toThrow(/differs from zod/);
    const { id, ...rest } = claim;
    expect(() => serialize({ ...rest, id })).toThrow(/differs from zod/);
  });
});

describe('pages spliced from stored member text', () => {
  const conflict = {
    id: 'cfl_1',
    metric: 'trade.china-russia.total',
    proposition: null,
    // Text that looks like the property being spliced, inside strings before it, must stay where it is.
    period: { start: '2024-01-01', end: '2024-12-31', label: '"claims":[] in 2024', resolution: 'explicit' },
    status: 'discrepancy',
    severity: 'major',
    consensus: { value: 245e9, unit: 'USD', method: 'median-of-all' },
    spread: 0.1,
    explanation: 'One says "claims":[] and another disagrees.',
    review: { state: 'open', reviewId: null, author: null, at: null },
  } as const;
  const members = [
    { claimId: 'a', sourceId: 's1', value: 245e9, unit: 'USD', interval: { low: null, high: 0.1 + 0.2 }, deviation: -1 / 3 },
    { claimId: 'b', sourceId: 's2', value: 2.6e11, unit: 'USD', interval: { low: 2.55e11, high: 2.65e11 }, deviation: 1e-7 },
  ];

  it('writes what serializing the parsed members would, byte for byte', () => {
    const serialize = splicedPageSerializer(ConflictSchema, 'claims', { check: true });
    const page = {
      data: [
        { ...conflict, claimsJson: JSON.stringify(members) },
        { ...conflict, id: 'cfl_2', claimsJson: '[]' },
      ],
      nextCursor: 'WyJ4Il0',
    };
    const expected = JSON.stringify(
      z.encode(pageOf(ConflictSchema), {
        data: [
          { ...conflict, claims: members },
          { ...conflict, id: 'cfl_2', claims: [] },
        ],
        nextCursor: 'WyJ4Il0',
      }),
    );
    expect(serialize(page)).toBe(expected);
    expect(JSON.parse(serialize(page)).data[0].claims).toEqual(members);
  });

  it('in check mode refuses stored text that is not what the schema would write', () => {
    const serialize = splicedPageSerializer(ConflictSchema, 'claims', { check: true });
    // Keys out of schema order: valid JSON with the same values, but not the bytes the API serves.
    const reordered = JSON.stringify(members.map(({ deviation, ...m }) => ({ deviation, ...m })));
    expect(() => serialize({ data: [{ ...conflict, claimsJson: reordered }], nextCursor: null })).toThrow(/differs from zod/);
    expect(() => serialize({ data: [{ ...conflict, claimsJson: undefined }], nextCursor: null } as never)).toThrow();
  });

  it('splices one conflict as zod would encode it, and in check mode refuses text that is not', () => {
    const serialize = splicedItemSerializer(ConflictSchema, 'claims', { check: true });
    expect(serialize({ ...conflict, claimsJson: JSON.stringify(members) })).toBe(JSON.stringify(z.encode(ConflictSchema, { ...conflict, claims: members })));
    const reordered = JSON.stringify(members.map(({ deviation, ...m }) => ({ deviation, ...m })));
    expect(() => serialize({ ...conflict, claimsJson: reordered })).toThrow(/differs from zod/);
    expect(() => serialize({ ...conflict })).toThrow(/No stored/);
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
