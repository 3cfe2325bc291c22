import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/loaded-citation-modules.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lazy-styles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Opens (seeding if empty) the store in a fresh process, makes the requests, and says how many citation engine modules it loaded. */
function run(db: string, urls: string[], env: Record<string, string> = {}): { statuses: number[]; atStart: number; citationEngine: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fixture, db, ...urls], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const EVERY_CITATION = ['json', 'annotation', 'csl', 'bibtex', 'ris'].map((f) => `/v1/claims/{tradeClaim}/citations?format=${f}`);

describe('citation styles load only to format a reference', () => {
  const db = join(dir, 'store.db');

  it('loads them to store the references of the sources it ingests', () => {
    const result = run(db, ['/health']);
    expect(result.atStart).toBeGreaterThan(0);
  }, 60_000);

  it('starts on a stored corpus and serves reads and every citation without loading them', () => {
    const result = run(db, ['/health', '/v1/claims?limit=5', '/v1/conflicts', '/v1/claims/{tradeClaim}', ...EVERY_CITATION]);
    expect(result.statuses).toEqual(Array(4 + EVERY_CITATION.length).fill(200));
    expect(result.atStart).toBe(0);
    expect(result.citationEngine).toBe(0);
  }, 60_000);

  it('loads them for the first citation whose references are not stored', () => {
    const result = run(db, ['/v1/claims?limit=5', '/v1/claims/{tradeClaim}/citations'], { FORGET_REFERENCES: '1' });
    expect(result.statuses).toEqual([200, 200]);
    expect(result.atStart).toBe(0);
    expect(result.citationEngine).toBeGreaterThan(0);
  }, 60_000);
});
