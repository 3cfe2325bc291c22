import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cslItem } from './csl.js';
import type { CitableSource } from './types.js';

export type ExportFormat = 'bibtex' | 'ris' | 'csl';

export interface CitationExport {
  body: string;
  contentType: string;
  fileExtension: string;
}

type RisRecord = Record<string, string | string[]>;

/**
 * citation-js maps the item to RIS tags, but its own text output wraps values at 70
 * characters and its parser rejoins them with a space, which breaks URLs; RIS allows long
 * lines, so the tags are written one per line here. TY must come first and ER last; lines end
 * in CRLF as the RIS specification asks.
 */
function risText(records: RisRecord[]): string {
  const lines: string[] = [];
  for (const { TY, ...tags } of records) {
    lines.push(`TY  - ${String(TY)}`);
    for (const [tag, value] of Object.entries(tags)) {
      for (const one of [value].flat()) lines.push(`${tag}  - ${one}`);
    }
    lines.push('ER  - ');
  }
  return lines.join('\r\n') + '\r\n';
}

/** A source's reference in a file format for reference managers, with its media type. */
export function exportCitation(source: CitableSource, format: ExportFormat): CitationExport {
  const items = [cslItem(source)];
  switch (format) {
    case 'bibtex':
      return {
        body: `${String(plugins.output.format('bibtex', items, { format: 'text' })).trim()}\n`,
        contentType: 'application/x-bibtex; charset=utf-8',
        fileExtension: 'bib',
      };
    case 'ris':
      return {
        body: risText(plugins.output.format('ris', items, { format: 'object' }) as RisRecord[]),
        contentType: 'application/x-research-info-systems; charset=utf-8',
        fileExtension: 'ris',
      };
    case 'csl':
      return {
        body: `${String(plugins.output.format('data', items, { format: 'text' }))}\n`,
        contentType: 'application/vnd.citationstyles.csl+json',
        fileExtension: 'json',
      };
    default:
      throw new TypeError(`unknown citation export format: ${String(format satisfies never)}`);
  }
}
