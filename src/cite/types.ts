import type { CslItemType } from '../domain/enums.js';

/** What the citation layer needs to know about a source; the API's Source satisfies it. */
export interface CitableSource {
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  url: string | null;
  /** ISO 8601, possibly partial: "2025", "2024-05", "2025-12-04". */
  publishedAt: string | null;
  /** BCP 47 language tag. */
  language: string;
}

export type CslName = { family: string; given?: string; 'non-dropping-particle'?: string; suffix?: string } | { literal: string };

export interface CslDate {
  'date-parts': [[number] | [number, number] | [number, number, number]];
}

/** The subset of a CSL-JSON item this layer produces. */
export interface CslItem {
  id: string;
  type: CslItemType;
  title: string;
  author?: CslName[];
  'container-title'?: string;
  URL?: string;
  issued?: CslDate;
  language?: string;
}

export interface FormattedCitation {
  apa: string;
  mla: string;
  chicago: string;
}

/** A source's formatted references, and the key (see referenceKey) they were built from. */
export interface References extends FormattedCitation {
  key: string;
  bibtex: string;
  ris: string;
}
