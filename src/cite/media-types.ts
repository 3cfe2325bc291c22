/** The media types of the reference export formats (kept apart from export.ts, which loads citation-js). */
export const EXPORT_MEDIA_TYPES = {
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  csl: 'application/vnd.citationstyles.csl+json',
} as const;
