/**
 * "Private consumption, which makes up more than half of the economy, fell 0.7 %", "Exports, a crucial
 * driver of the economy, dropped 18.7 %": a measure word inside an aside set off by commas describes the
 * noun before the aside; it does not name what a figure after the aside measures.
 */
const ASIDE_OPENS = /^,\s+(?:which|who|whose|a|an|the|one|part|itself|its|their)\b/i;

export function inClosedAside(sentence: string, mention: { start: number; end: number }, figureStart: number): boolean {
  let open = -1;
  for (const m of sentence.slice(0, mention.start).matchAll(/,\s/g)) open = m.index;
  if (open <= 0 || !/\p{L}/u.test(sentence.slice(0, open)) || !ASIDE_OPENS.test(sentence.slice(open))) return false;
  const rest = /,\s/.exec(sentence.slice(mention.end));
  if (!rest) return false;
  const close = mention.end + rest.index;
  return close < figureStart;
}
