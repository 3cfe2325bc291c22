import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../store/types.js';
import { ingestSource } from './ingest.js';

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

/** Ingests every seed article; already stored texts are left as they are. */
export async function seedDatabase(store: Store, dir = SEEDS_DIR): Promise<{ created: number; existing: number }> {
  let created = 0;
  for (const entry of readManifest(dir)) {
    const text = readFileSync(join(dir, entry.file), 'utf8');
    const result = await ingestSource(store, {
      id: entry.id,
      title: entry.title,
      authors: entry.authors,
      publisher: entry.publisher,
      url: entry.url,
      publishedAt: entry.publishedAt,
      text,
    });
    if (result.created) created++;
  }
  return { created, existing: readManifest(dir).length - created };
}
