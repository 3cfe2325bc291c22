import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/types.js';
import { ingestSource } from './ingest.js';
import { SYSTEM } from './audit.js';
import { prepareInThread, type Prepare } from './prepare-pool.js';

export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../seeds');

interface ManifestEntry {
  file: string;
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
}

export function readManifest(dir = SEEDS_DIR): ManifestEntry[] {
  return (JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as { sources: ManifestEntry[] }).sources;
}

/**
 * Ingests every seed article, in manifest order; already stored texts are left as they are.
 * With a pool's `prepare`, the articles are extracted side by side while the first are written.
 */
export async function seedDatabase(store: Store, dir = SEEDS_DIR, prepare: Prepare = prepareInThread): Promise<{ created: number; existing: number }> {
  const manifest = readManifest(dir);
  const inputs = manifest.map((entry) => ({
    id: entry.id,
    title: entry.title,
    authors: entry.authors,
    publisher: entry.publisher,
    url: entry.url,
    publishedAt: entry.publishedAt,
    text: readFileSync(join(dir, entry.file), 'utf8'),
  }));
  // In-thread, one at a time; a pool starts on all of them at once.
  const prepared = prepare === prepareInThread ? undefined : inputs.map((input) => prepare(input));
  prepared?.forEach((p) => p.catch(() => {}));
  let created = 0;
  for (const [i, input] of inputs.entries()) {
    const result = await ingestSource(store, input, new Date(), SYSTEM, prepared ? () => prepared[i]! : prepareInThread);
    if (result.created) created++;
  }
  return { created, existing: manifest.length - created };
}
