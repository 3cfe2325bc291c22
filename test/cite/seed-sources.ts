import { readFileSync } from 'node:fs';
import type { CitableSource } from '../../src/cite/index.js';

type SeedSource = Omit<CitableSource, 'language'>;

const manifest = JSON.parse(readFileSync(new URL('../../seeds/sources.json', import.meta.url), 'utf8')) as {
  sources: SeedSource[];
};

/** A seed article's metadata as the API would hold it (the manifest has no language). */
export function seedSource(id: string): CitableSource {
  const seed = manifest.sources.find((source) => source.id === id);
  if (!seed) throw new Error(`no seed source ${id}`);
  const { title, authors, publisher, url, publishedAt } = seed;
  return { id, title, authors, publisher, url, publishedAt, language: 'en' };
}

export const seedIds = manifest.sources.map((source) => source.id);

export function minimalSource(overrides: Partial<CitableSource> = {}): CitableSource {
  return {
    id: 'minimal',
    title: 'An untitled dispatch',
    authors: [],
    publisher: null,
    url: null,
    publishedAt: null,
    language: 'en',
    ...overrides,
  };
}
