// `npm run build`: compiles src/ to dist/ (tsconfig.build.json) and copies the files code reads at
// run time that tsc does not emit (CSL styles, data files not imported as JSON modules). The
// compiled server resolves migrations/, seeds/ and public/ from the repository root, as src/ does.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname } from 'node:path';

rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const compiled = new Set(['.ts', '.tsx']);
cpSync('src', 'dist', { recursive: true, filter: (path) => !compiled.has(extname(path)) });
