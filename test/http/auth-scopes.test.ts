import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKeyEntries, splitKeyEntries } from '../../src/api-keys.js';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createTestApp, expectProblem, type TestApp } from '../helpers.js';
import { REPORTS } from '../support/review-fixtures.js';

const BARE = 'bare-key-0123456789abcdef';
const BOTH = 'both-key-0123456789abcdef';

describe('API_KEYS entries', () => {
  it('reads named keys with scopes beside the older bare keys, which are write keys', () => {
    const entries = splitKeyEntries(`alice:alice-key-0123456789:read,write,review; bob:bob-key-0123456789ab:admin ${BARE},${BOTH}`);
    const keys = parseKeyEntries(entries);
    expect(keys.map((k) => [k.name, k.scopes])).toEqual([
      ['alice', ['read', 'write', 'review']],
      ['bob', ['admin']],
      [expect.stringMatching(/^key-[0-9a-f]{8}$/), ['read', 'write']],
      [expect.stringMatching(/^key-[0-9a-f]{8}$/), ['read', 'write']],
    ]);
    expect(keys[2]!.name).not.toContain(BARE.slice(0, 8));
  });

  it.each([
    ['alice:short:write', 'at least 16'],
    ['alice:alice-key-0123456789:write,delete', "unknown scope 'delete'"],
    ['alice:alice-key-0123456789:', 'names no scope'],
    ['al/ice:alice-key-0123456789:write', "key name 'al/ice'"],
    ['alice:alice-key-0123456789:write;alice:other-key-0123456789:admin', "two keys are named 'alice'"],
    ['a:alice-key-0123456789:write;b:alice-key-0123456789:admin', 'listed twice'],
    ['alice:x:y:write', 'name:key:scopes'],
  ])('refuses API_KEYS=%s with a message naming the problem, never the key', (raw, message) => {
    let error: unknown;
    try {
      loadConfig({ API_KEYS: raw });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/^Invalid API_KEYS: /);
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('alice-key-0123456789');
  });
});

describe('scopes over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { apiKeys: [BARE, `carol:${BOTH}:write,review`, 'dave:dave-key-0123456789abcdef:read'] } });
  });
  afterAll(async () => {
    await t.close();
  });
  const send = (key: string, url: string, body: unknown) =>
    t.app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, payload: JSON.stringify(body) });

  it('lets a bare key ingest but not review, naming the missing scope and the key', async () => {
    expect((await send(BARE, '/v1/sources', REPORTS.north)).statusCode).toBe(201);
    const conflictId = 'cfl_0000000000000000';
    const problem = expectProblem(await send(BARE, `/v1/conflicts/${conflictId}/reviews`, { state: 'confirmed' }), 403);
    expect(problem.detail).toMatch(/needs the 'review' scope; the key 'key-[0-9a-f]{8}' has 'read', 'write'/);
    expect(problem.detail).not.toContain(BARE);
  });

  it('answers 403 naming `write` to a read-only key, and 401 to an unknown one', async () => {
    expect(expectProblem(await send('dave-key-0123456789abcdef', '/v1/sources', REPORTS.south), 403).detail).toContain("'write' scope");
    const unknown = await send('nobody-key-0123456789abcdef', '/v1/sources', REPORTS.south);
    expectProblem(unknown, 401);
    expect(unknown.headers['www-authenticate']).toBe('Bearer');
  });

  it('lets a key with write and review do both, and records it by name', async () => {
    expect((await send(BOTH, '/v1/sources', REPORTS.south)).statusCode).toBe(201);
    const conflicts = (await t.app.inject('/v1/conflicts')).json() as { data: Array<{ id: string }> };
    const res = await send(BOTH, `/v1/conflicts/${conflicts.data[0]!.id}/reviews`, { state: 'confirmed' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ author: 'carol' });
    // Read through the store, so both engines are held to the same log.
    const audit = (await t.store.listAuditEntries({}, { limit: 100 })).data.map((e) => ({ key: e.key, action: e.action })).reverse();
    expect(audit).toEqual([
      { key: expect.stringMatching(/^key-/), action: 'ingest' },
      { key: 'carol', action: 'ingest' },
      { key: 'carol', action: 'review' },
    ]);
  });
});
