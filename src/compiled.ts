import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Where `npm run build` writes the digest of the sources it compiled (see sourceDigest): dist/
 * is used in place of src/ only while the two still match, so a `git pull` or an edit after the
 * last build never runs stale JavaScript.
 */
export const SOURCE_DIGEST_FILE = 'source-digest.txt';

/**
 * A digest of every file under `dir` (names and bytes, in a fixed order): TypeScript and the data
 * files the code reads alike. Hashing src/ (about 2 MB) takes a few milliseconds.
 */
export function sourceDigest(dir: string): string {
  const hash = createHash('sha256');
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(relative(dir, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const fresh = new Map<string, boolean>();

/** Whether `distDir` holds a build of exactly the sources now in `srcDir` (checked once per process). */
export function isFreshBuild(srcDir: string, distDir: string): boolean {
  const key = `${srcDir}\0${distDir}`;
  let known = fresh.get(key);
  if (known === undefined) {
    const digestFile = join(distDir, SOURCE_DIGEST_FILE);
    known = existsSync(digestFile) && readFileSync(digestFile, 'utf8').trim() === sourceDigest(srcDir);
    fresh.set(key, known);
  }
  return known;
}

/**
 * The module to run for a module of this program: under tsx (a `.ts` URL in src/), its compiled
 * twin in dist/ when `npm run build` made one from the current sources, else the module itself;
 * compiled JavaScript (a `.js` URL) is itself. Loading compiled JavaScript spares a process the
 * TypeScript compiler and the compiling of every module it loads (most of a second of CPU for
 * the extractor), which a worker process or a command-line import pays at each start.
 */
export function compiledOrSource(moduleUrl: URL): URL {
  const path = fileURLToPath(moduleUrl);
  if (!path.endsWith('.ts')) return moduleUrl;
  const marker = `${sep}src${sep}`;
  const at = path.lastIndexOf(marker);
  if (at < 0) return moduleUrl;
  const root = path.slice(0, at);
  const twin = join(root, 'dist', `${path.slice(at + marker.length, -'.ts'.length)}.js`);
  return existsSync(twin) && isFreshBuild(join(root, 'src'), join(root, 'dist')) ? pathToFileURL(twin) : moduleUrl;
}
