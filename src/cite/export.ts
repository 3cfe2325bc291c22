import { plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cslItem } from './csl.js';
import { EXPORT_MEDIA_TYPES } from './media-types.js';
import { readableText } from './safe-text.js';
import type { CitableSource, CslItem, CslName } from './types.js';
import type { ExportFormat } from '../domain/enums.js';

export type { ExportFormat } from '../domain/enums.js';

export interface CitationExport {
  body: string;
  contentType: string;
  fileExtension: string;
}

// citation-js's default transliterates to ASCII, which empties Cyrillic, Greek and CJK names
// and titles; biber and bibtex8 read UTF-8, so keep the text as it is.
plugins.config.get('@bibtex').format.asciiOnly = false;

type RisRecord = Record<string, string | string[]>;
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// With asciiOnly off citation-js writes values verbatim, so LaTeX's special characters are
// escaped here, before it adds its own braces around literal names.
const LATEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const latex = (value: string) => value.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIAL[c]!);

function latexName(name: CslName): CslName {
  return Object.fromEntries(Object.entries(name).map(([key, value]) => [key, latex(value)])) as CslName;
}

function latexItem(item: CslItem): CslItem {
  return {
    ...item,
    title: latex(item.title),
    ...(item.author && { author: item.author.map(latexName) }),
    ...(item['container-title'] && { 'container-title': latex(item['container-title']) }),
    // A URL is read verbatim by \url, but its braces must still balance in the .bib file.
    ...(item.URL && { URL: item.URL.replace(/\{/g, '%7B').replace(/\}/g, '%7D') }),
  };
}

/**
 * One BibTeX entry, keyed by the source's id (a slug, stable across exports). The date goes
 * in the standard fields: `year`, `month` as the three-letter macro (`month = may`) that
 * every BibTeX style knows, and `day` where the day is known (read by biblatex and the
 * reference managers); citation-js would write the non-standard `month = {may 7}`.
 */
function bibtexText(item: CslItem): string {
  const [entry] = plugins.output.format('bibtex', [latexItem(item)], { format: 'object' }) as BibtexEntry[];
  const { month: _month, ...properties } = entry!.properties;
  const [, month, day] = item.issued?.['date-parts'][0] ?? [];
  const fields: string[] = [];
  for (const [field, value] of Object.entries(properties)) {
    fields.push(`  ${field} = {${value}},`);
    if (field === 'year' && month) {
      fields.push(`  month = ${MONTHS[month - 1]},`);
      if (day) fields.push(`  day = {${day}},`);
    }
  }
  return `@${entry!.type}{${item.id},\n${fields.join('\n')}\n}\n`;
}

const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));

/** RIS `DA`: `YYYY/MM/DD/`, zero-padded, an unknown part left empty (`2024/05//`). */
function risDate(item: CslItem): string | undefined {
  const parts = item.issued?.['date-parts'][0];
  if (!parts) return undefined;
  const [year, month, day] = parts;
  return `${String(year).padStart(4, '0')}/${pad(month)}/${pad(day)}/`;
}

/**
 * citation-js maps the item to RIS tags, but its own text output wraps values at 70
 * characters and its parser rejoins them with a space, which breaks URLs; RIS allows long
 * lines, so the tags are written one per line here. TY must come first and ER last; lines end
 * in CRLF as the RIS specification asks.
 */
function risText(item: CslItem): string {
  const [record] = plugins.output.format('ris', [item], { format: 'object' }) as RisRecord[];
  const { TY, ...tags } = record!;
  const date = risDate(item);
  if (date) tags.DA = date;
  tags.ID = item.id;
  const lines = [`TY  - ${String(TY)}`];
  for (const [tag, value] of Object.entries(tags)) {
    for (const one of [value].flat()) lines.push(`${tag}  - ${one}`);
  }
  lines.push('ER  - ');
  return lines.join('\r\n') + '\r\n';
}

/** A source's reference in a file format for reference managers, with its media type. */
export function exportCitation(source: CitableSource, format: ExportFormat): CitationExport {
  const item = cslItem(source);
  switch (format) {
    case 'bibtex':
      return { body: readableText(bibtexText(item)), contentType: EXPORT_MEDIA_TYPES.bibtex, fileExtension: 'bib' };
    case 'ris':
      return { body: readableText(risText(item)), contentType: EXPORT_MEDIA_TYPES.ris, fileExtension: 'ris' };
    case 'csl':
      return {
        body: `${JSON.stringify([item], null, 2)}\n`,
        contentType: EXPORT_MEDIA_TYPES.csl,
        fileExtension: 'json',
      };
    default:
      throw new TypeError(`unknown citation export format: ${String(format satisfies never)}`);
  }
}
