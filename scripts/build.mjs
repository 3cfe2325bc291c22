// `npm run build`: compiles src/ to dist/ (tsconfig.build.json) and copies the files code reads at
// run time that tsc does not emit (CSL styles, data files not imported as JSON modules). The
// compiled server resolves migrations/, seeds/ and public/ from the repository root, as src/ does.
// Last it writes the digest of the sources it compiled: code running under tsx (the extraction
// workers, `npm run import`) loads dist/ instead of src/ only while that digest still matches.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';

const started = Date.now();
rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const compiled = new Set(['.ts', '.tsx']);
cpSync('src', 'dist', { recursive: true, filter: (path) => !compiled.has(extname(path)) });
const { SOURCE_DIGEST_FILE, sourceDigest } = await import('../dist/compiled.js');
const digest = sourceDigest('src');
// A source edited while tsc ran may not be what was compiled: then dist/ gets no digest and is not used in place of src/.
const editedSince = readdirSync('src', { recursive: true }).some((f) => statSync(join('src', f)).mtimeMs > started);
if (editedSince) console.warn('src/ changed during the build: dist/ will not be used in place of src/ until it is rebuilt');
else writeFileSync(join('dist', SOURCE_DIGEST_FILE), `${digest}\n`);
