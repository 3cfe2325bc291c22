export { passageSelectors, selectorsFor } from './selectors.js';
export type { PassageSelectors, TextPositionSelector, TextQuoteSelector } from './selectors.js';
export { cslDate, cslItem } from './csl.js';
export { personName } from './person-name.js';
export { formatCitation, warmUpCitationStyles } from './format.js';
export { createCitationFormatter } from './cached-formatter.js';
export { exportCitation } from './export.js';
export type { CitationExport, ExportFormat } from './export.js';
export type { CitableSource, CslDate, CslItem, CslName, FormattedCitation } from './types.js';
