import { readFileSync } from 'node:fs';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import './citeproc-keys.js';

/** Style names as registered with citation-js; APA ships with @citation-js/plugin-csl. */
export const STYLES = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-fullnote-bibliography',
} as const;

const VENDORED = [STYLES.mla, STYLES.chicago];

/**
 * Registers the vendored styles with citation-js once. citation-js keeps its styles in a
 * process-wide registry, so a style already there (registered by an earlier call) is kept.
 */
export function registerCslStyles(): void {
  const styles = plugins.config.get('@csl').styles;
  for (const name of VENDORED) {
    if (!styles.has(name)) styles.add(name, readFileSync(new URL(`./styles/${name}.csl`, import.meta.url), 'utf8'));
  }
}
