import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('./fixtures/loaded-citation-modules.ts', import.meta.url));

/** Starts the app in a fresh process, makes the requests, and says how many citation engine modules it loaded. */
function run(...urls: string[]): { statuses: number[]; citationEngine: number } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', fixture, ...urls], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('citation styles load lazily', () => {
  it('starts, seeds and serves reads without loading citation-js or citeproc', () => {
    const result = run('/health', '/v1/claims?limit=5', '/v1/conflicts', '/v1/claims/{tradeClaim}');
    expect(result.statuses).toEqual([200, 200, 200, 200]);
    expect(result.citationEngine).toBe(0);
  }, 60_000);

  it('loads them for the first citation that needs a reference formatted', () => {
    const result = run('/v1/claims/{tradeClaim}/citations');
    expect(result.statuses).toEqual([200]);
    expect(result.citationEngine).toBeGreaterThan(0);
  }, 60_000);
});
