import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { readableText } from '../cite/safe-text.js';

/**
 * A whole HTML document; preact-render-to-string escapes every text node and attribute value.
 * Control, bidi override/isolate and noncharacter code points (from article text, or from
 * metadata stored before it was validated) are shown as visible escapes such as `⟨U+202E⟩`:
 * the markup itself never contains them, so the whole document is neutralised at once and no
 * page can forget to. Highlights are placed before, so they still cover the right words.
 */
export function renderDocument(page: VNode<any>): string {
  return readableText(`<!doctype html>${renderToString(page)}`);
}
