/**
 * "Core inflation eased to 3.6 % in November from 4.2 %", "sales rose to $5 billion in 2023 from $4.1
 * billion": the figure moved from, written after the figure moved to and its time, is of the period
 * before that time. Left to the nearest time it would stand for November beside the 3.6 %.
 */
const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+)?(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?$/i;
const TO_BEFORE =
  /\b(?:rose|rise[sn]?|increased?|grew|climbed|jumped|surged|fell|dropped|declined|decreased|slipped|eased|slowed|accelerated|edged\s+(?:up|down)|ticked\s+(?:up|down)|picked\s+up|shrank|widened|narrowed|improved|worsened)\s+(?:\S+\s+){0,2}?(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

export function movedToBefore<F extends { start: number; end: number; unit?: string }>(
  sentence: string,
  figure: { start: number; end: number },
  otherFigures: readonly F[],
): F | null {
  if (!FROM_BEFORE.test(sentence.slice(Math.max(0, figure.start - 40), figure.start))) return null;
  const earlier = otherFigures.filter((f) => f.end <= figure.start).sort((a, b) => b.end - a.end)[0];
  if (!earlier) return null;
  const gap = sentence.slice(earlier.end, figure.start);
  if (/[;:]|,\s+(?:but|while|whereas|although)\b/i.test(gap) || gap.length > 60) return null;
  return TO_BEFORE.test(sentence.slice(Math.max(0, earlier.start - 50), earlier.start)) ? earlier : null;
}
