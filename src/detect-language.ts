import { eld } from 'eld/small';

/** BCP 47 for "undetermined": too little text, or no language stands out. */
export const UNDETERMINED = 'und';

/**
 * The language of a text as a BCP 47 tag (ISO 639-1 where there is one), detected with ELD's
 * n-gram model — 60 languages, Cyrillic, Greek and CJK included. A guess ELD itself calls
 * unreliable is reported as undetermined rather than as a wrong language, so a citation
 * style never title-cases a Russian title as English.
 */
export function detectLanguage(text: string): string {
  const result = eld.detect(text);
  return result.language && result.isReliable() ? result.language : UNDETERMINED;
}
