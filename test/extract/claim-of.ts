import { expect } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedClaim } from '../../src/extract/types.js';

type Meta = Parameters<typeof extract>[1];

/**
 * The claim extracted from `text` whose quote begins with `figure` (is `figure`, with `exact`);
 * fails the test, listing the quotes found, when there is none.
 */
export function claimQuoted(text: string, figure: string, meta: Meta, { exact = false } = {}): ExtractedClaim {
  const { claims } = extract(text, meta);
  const claim = claims.find((c) => (exact ? c.quote.exact === figure : c.quote.exact.startsWith(figure)));
  expect(claim, `no claim quoted "${figure}"; got ${claims.map((c) => JSON.stringify(c.quote.exact)).join(', ')}`).toBeDefined();
  return claim!;
}
