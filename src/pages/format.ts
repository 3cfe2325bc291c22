import type { Source } from '../schemas/sources.js';

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 5 });
const currencyFormats = new Map<string, Intl.NumberFormat>();

function currencyFormat(code: string): Intl.NumberFormat | null {
  let format = currencyFormats.get(code);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en', { style: 'currency', currency: code, notation: 'compact', maximumSignificantDigits: 5 });
    } catch {
      return null;
    }
    currencyFormats.set(code, format);
  }
  return format;
}

/** A value in base units as a reader would write it: "$244.8B", "36 %", "1,200 km". */
export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  if (/^[A-Z]{3}$/.test(unit)) {
    const format = currencyFormat(unit);
    if (format) return `${unit === 'USD' ? 'US' : ''}${format.format(value)}`;
  }
  switch (unit) {
    case 'percent':
      return `${plain.format(value)} %`;
    case 'count':
      return Math.abs(value) >= 1e5 ? compact.format(value) : plain.format(value);
    case 'rank':
      return `#${plain.format(value)}`;
    default:
      return `${Math.abs(value) >= 1e5 ? compact.format(value) : plain.format(value)} ${unit}`;
  }
}

/** The range a claim's wording allows; an open end reads "or more" / "or less". */
export function formatInterval(low: number | null, high: number | null, unit: string): string {
  if (low === null && high === null) return 'any value';
  if (low === null) return `up to ${formatValue(high!, unit)}`;
  if (high === null) return `${formatValue(low, unit)} or more`;
  if (low === high) return `exactly ${formatValue(low, unit)}`;
  return `${formatValue(low, unit)} – ${formatValue(high, unit)}`;
}

export function formatPercent(fraction: number): string {
  return `${plain.format(fraction * 100)} %`;
}

/** How a page names a source in a chart or a list: the publisher, else the authors, else the title. */
export function sourceLabel(source: Pick<Source, 'publisher' | 'authors' | 'title'>): string {
  if (source.publisher) return source.publisher;
  if (source.authors.length > 0) return source.authors.join(', ');
  return source.title;
}

const QUALIFIER_WORDS: Record<string, string> = {
  exact: 'stated exactly',
  approximately: 'approximately',
  nearly: 'nearly',
  more_than: 'more than',
  at_least: 'at least',
  less_than: 'less than',
  at_most: 'at most',
};

export function qualifierWords(qualifier: string): string {
  return QUALIFIER_WORDS[qualifier] ?? qualifier;
}
