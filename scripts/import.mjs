// `npm run import -- FILE.ndjson …` (src/cli/import.ts): runs the compiled command from dist/ when
// `npm run build` made it from the current sources, and the TypeScript under tsx otherwise. Loading
// compiled JavaScript spares the importer (and its extraction workers, which choose the same way)
// the TypeScript compiler at start: most of a second of CPU each.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/cli/import.js', root);
let fresh = false;
if (existsSync(compiled)) {
  const { isFreshBuild } = await import(new URL('dist/compiled.js', root).href);
  fresh = isFreshBuild(fileURLToPath(new URL('src', root)), fileURLToPath(new URL('dist', root)));
}
if (fresh) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('src/cli/import.ts', root).href);
}
