import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A whole HTML document; preact-render-to-string escapes every text node and attribute value. */
export function renderDocument(page: VNode<any>): string {
  return `<!doctype html>${renderToString(page)}`;
}
