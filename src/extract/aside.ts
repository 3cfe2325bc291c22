/**
 * "Private consumption, which makes up more than half of the economy, fell 0.7 %", "Exports, a crucial
 * driver of the economy, dropped 18.7 %": a measure word inside an aside set off by commas describes the
 * noun before the aside; it does not name what a figure after the aside measures.
 */
const SENTENCE_ADVERB =
  /^[\s"“‘'([*•–-]*(?:\p{L}+ly|however|meanwhile|moreover|additionally|furthermore|overall|still|instead|separately|likewise|similarly|in addition|in contrast|by contrast|as a result|in total|in all|in short|for example|for instance)$/iu;
const ASIDE_OPENS = /^,\s+(?:which|who|whose|a|an|the|one|part|itself|its|their)\b/i;

// An item of a list inside an aside: a few words, "and" or "or" allowed first.
const LIST_ITEM = /^(?:(?:and|or)\s+)?(?:[\p{L}&-]+\s*){1,3}$/u;

// The offsets of ", " in the last sentence asked about: it is asked about for each measure word before each of its figures.
let commasOf: { sentence: string; at: number[] } = { sentence: '', at: [] };

export function inClosedAside(sentence: string, mention: { start: number; end: number }, figureStart: number): boolean {
  if (commasOf.sentence !== sentence) commasOf = { sentence, at: [...sentence.matchAll(/,\s/g)].map((m) => m.index) };
  // (Those that end before the mention: the ones the words up to it hold.)
  const commas = commasOf.at.filter((at) => at + 1 < mention.start);
  // ("Core inflation, which strips out volatile energy, food, and tobacco prices, slowed to 3.6 %": the aside opens at
  // "which", and the commas after it only list items of a few words each.)
  let at = commas.length - 1;
  while (
    at > 0 &&
    !ASIDE_OPENS.test(sentence.slice(commas[at]!)) &&
    LIST_ITEM.test(sentence.slice(commas[at]! + 2, at + 1 < commas.length ? commas[at + 1]! : mention.start))
  )
    at--;
  const open = commas[at] ?? -1;
  if (open <= 0 || !/\p{L}/u.test(sentence.slice(0, open)) || !ASIDE_OPENS.test(sentence.slice(open))) return false;
  // ("…, a 126 % increase; net profit surged to $29.7 billion, up 581 %": a semicolon ends whatever a comma opened.)
  if (sentence.lastIndexOf(';', mention.start) > open) return false;
  // ("Specifically, the gaming segment generated $2.9 billion in revenue, a 56 % increase": a sentence adverb's comma opens no aside.)
  if (SENTENCE_ADVERB.test(sentence.slice(0, open))) return false;
  const rest = /,\s/.exec(sentence.slice(mention.end));
  if (!rest) return false;
  const close = mention.end + rest.index;
  return close < figureStart && !sentence.slice(mention.end, close).includes(';');
}
