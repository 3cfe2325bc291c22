import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledOrSource, isFreshBuild, SOURCE_DIGEST_FILE, sourceDigest } from '../src/compiled.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A project of our own: src/ with a module and a data file, and dist/ with the module compiled. */
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'compiled-'));
  dirs.push(root);
  mkdirSync(join(root, 'src/services'), { recursive: true });
  mkdirSync(join(root, 'dist/services'), { recursive: true });
  writeFileSync(join(root, 'src/services/worker.ts'), 'export const x: number = 1;\n');
  writeFileSync(join(root, 'src/data.json'), '{"a":1}\n');
  writeFileSync(join(root, 'dist/services/worker.js'), 'export const x = 1;\n');
  return root;
}
const stamp = (root: string, digest = sourceDigest(join(root, 'src'))) => writeFileSync(join(root, 'dist', SOURCE_DIGEST_FILE), `${digest}\n`);
const worker = (root: string) => pathToFileURL(join(root, 'src/services/worker.ts'));

describe('source digest', () => {
  it('is the same for the same files and changes with any byte, file name or new file', () => {
    const a = project();
    const b = project();
    const digest = sourceDigest(join(a, 'src'));
    expect(sourceDigest(join(b, 'src'))).toBe(digest);
    writeFileSync(join(b, 'src/data.json'), '{"a":2}\n');
    expect(sourceDigest(join(b, 'src'))).not.toBe(digest);
    const c = project();
    writeFileSync(join(c, 'src/services/other.ts'), '');
    expect(sourceDigest(join(c, 'src'))).not.toBe(digest);
  });
});

describe('choosing compiled JavaScript over TypeScript', () => {
  it('runs the dist/ twin of a src/ module when dist/ was built from the sources as they are', () => {
    const root = project();
    stamp(root);
    expect(compiledOrSource(worker(root)).href).toBe(pathToFileURL(join(root, 'dist/services/worker.js')).href);
  });

  it('keeps the TypeScript when dist/ was built from other sources, has no digest or lacks the module', () => {
    const stale = project();
    stamp(stale, 'f'.repeat(64));
    expect(isFreshBuild(join(stale, 'src'), join(stale, 'dist'))).toBe(false);
    expect(compiledOrSource(worker(stale)).href).toBe(worker(stale).href);

    const unstamped = project();
    expect(compiledOrSource(worker(unstamped)).href).toBe(worker(unstamped).href);

    const missing = project();
    stamp(missing);
    rmSync(join(missing, 'dist/services/worker.js'));
    expect(compiledOrSource(worker(missing)).href).toBe(worker(missing).href);
  });

  it('leaves compiled JavaScript as it is', () => {
    const root = project();
    const js = pathToFileURL(join(root, 'dist/services/worker.js'));
    expect(compiledOrSource(js).href).toBe(js.href);
  });
});
