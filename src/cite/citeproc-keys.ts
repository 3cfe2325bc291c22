import { createRequire } from 'node:module';

/**
 * citeproc-js keeps its registries in plain objects keyed by text taken from the item: a
 * disambiguation key made of the title when a source has no author, names by family name. A
 * title such as "toString" or "constructor" then finds the method every object inherits
 * instead of a list, the engine throws in the middle of an update and is left broken for every
 * later item. Here each registry's lookup tables are made objects without a prototype as they
 * are built, so any text is only ever a key. (citeproc reads these tables by indexing and
 * `for … in` only: no method of theirs is called.)
 */
interface Constructor {
  (this: Record<string, unknown>, ...args: unknown[]): void;
  prototype: object;
}

const guarded = Symbol.for('provenance.citeproc-keys');

function withoutPrototypes(table: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(table)) {
    if (
      value !== null &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.getPrototypeOf(value) === Object.prototype &&
      Object.keys(value).length === 0
    ) {
      table[name] = Object.create(null);
    }
  }
}

/** Wraps a citeproc constructor so that the empty tables it creates have no prototype; its statics and prototype are kept. */
function guard(owner: Record<string, unknown>, name: string): void {
  const original = owner[name] as Constructor;
  const wrapped = function (this: Record<string, unknown>, ...args: unknown[]) {
    original.apply(this, args);
    withoutPrototypes(this);
  } as unknown as Constructor;
  wrapped.prototype = original.prototype;
  Object.assign(wrapped, original);
  owner[name] = wrapped;
}

/** Installs the guard on the citeproc module citation-js uses (once per process). */
export function guardCiteprocKeys(): void {
  const CSL = createRequire(import.meta.url)('citeproc') as Record<string | symbol, unknown> & { Registry: Record<string, unknown> };
  if (CSL[guarded]) return;
  CSL[guarded] = true;
  // Registry first reads its statics (NameReg, CitationReg, Comparifier) from CSL.Registry at construction time.
  guard(CSL.Registry, 'NameReg');
  guard(CSL.Registry, 'CitationReg');
  guard(CSL as Record<string, unknown>, 'Registry');
}

guardCiteprocKeys();
