/** BCP 47 for "undetermined": too little text, or no language stands out. */
export const UNDETERMINED = 'und';

type Detector = typeof import('eld/small').eld;
let detector: Promise<Detector> | undefined;

/**
 * The language of a text as a BCP 47 tag (ISO 639-1 where there is one), detected with ELD's
 * n-gram model — 60 languages, Cyrillic, Greek and CJK included. A guess ELD itself calls
 * unreliable is reported as undetermined rather than as a wrong language, so a citation
 * style never title-cases a Russian title as English. The model (the largest part of the
 * server's memory) is loaded on the first text that arrives without a language, not at start.
 */
export async function detectLanguage(text: string): Promise<string> {
  detector ??= import('eld/small').then((m) => m.eld);
  const result = (await detector).detect(text);
  return result.language && result.isReliable() ? result.language : UNDETERMINED;
}
