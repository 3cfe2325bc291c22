/**
 * "Core inflation eased to 3.6 % in November from 4.2 %", "sales rose to $5 billion in 2023 from $4.1
 * billion", "with core inflation declining to 3.6 % from 4.2 %": the figure moved from, written after the figure moved to and its time, is of the period
 * before that time. Left to the nearest time it would stand for November beside the 3.6 %.
 */
const FROM_BEFORE = /\bfrom\s+(?:an?\s+|the\s+)?(?:(?:upwardly|downwardly)\s+)?(?:revised\s+)?$/i;
// ("were up 5.7 % year-over-year to $173 billion, from $164 billion": a change and its base between the verb and the level reached.)
const TO_BEFORE =
  /\b(?:(?:was|were|is|are|been)\s+(?:up|down)|rose|rise[sn]?|increased?|grew|climbed|jumped|surged|soared|fell|dropped|declined|decreased|slipped|eased|slowed|accelerated|decelerated|moderated|cooled|softened|retreated|rebounded|recovered|dipped|sank|slid|plunged|tumbled|edged\s+(?:up|down)|ticked\s+(?:up|down)|picked\s+up|shrank|widened|narrowed|improved|worsened|rising|increasing|growing|climbing|jumping|surging|soaring|falling|dropping|declining|decreasing|slipping|easing|slowing|accelerating|decelerating|moderating|cooling|softening|retreating|rebounding|recovering|dipping|sinking|sliding|plunging|tumbling|edging\s+(?:up|down)|ticking\s+(?:up|down)|picking\s+up|shrinking|widening|narrowing|improving|worsening)\s+(?:\S+\s+){0,2}?(?:(?:year[-\s]on[-\s]year|year[-\s]over[-\s]year|y\/y|from\s+a\s+year\s+(?:earlier|ago))\s+)?(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/i;

/** Whether a change between a level and the words before it is said to be year on year ("rose 10 % year on year to"). */
export const YEAR_ON_YEAR_WORDS = /\b(?:year[-\s]on[-\s]year|year[-\s]over[-\s]year|y\/y|from\s+a\s+year\s+(?:earlier|ago))\b/i;

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

// " in October to ", " in December 2021 to a 16-year high of ": the moved-from figure's own time, then the figure moved to.
const TO_AFTER_TIMED_FROM =
  /^\s+[^;,]{0,30}?\s+to\s+(?:an?\s+|the\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/iu;

/**
 * "Inflation eased from 3.6 % in October to 3.1 %", "from a record low of 0.1 percent in December 2021 to 5.25 percent": the
 * figure moved from, with its time right after it, before the figure moved to. That time is the earlier figure's; the
 * figure moved to is of the time the text is about.
 */
export function movedFromTimed<F extends { start: number; end: number }>(sentence: string, figure: { start: number }, otherFigures: readonly F[]): F | null {
  // (The nearest figure after "from": "to a 16-year high of" may hold a number of its own.)
  const earlier = otherFigures
    .filter((f) => f.end <= figure.start && FROM_BEFORE.test(sentence.slice(Math.max(0, f.start - 40), f.start)))
    .sort((a, b) => b.end - a.end)[0];
  return earlier && TO_AFTER_TIMED_FROM.test(sentence.slice(earlier.end, figure.start)) ? earlier : null;
}

// "net income of $7.1 billion for 2024, down from $15 billion": a level set against the one it moved from by "down from" or
// "up from" right after it (and its time).
const SET_BELOW_OR_ABOVE = /^[^;:,]{0,40},\s+(?:down|up)\s+from\s+(?:an?\s+|the\s+)?$/i;

/**
 * The figure a "down from" or "up from" figure is set against: the level right before it in the sentence ("$7.1 billion for
 * 2024, down from $15 billion"). The figure moved from is of an earlier time than that level's; which one the words leave to
 * the reader (a quarter's "up from" may be the quarter before or the same quarter a year earlier). Null when there is none.
 */
export function setAgainstBefore<F extends { start: number; end: number; unit?: string }>(
  sentence: string,
  figure: { start: number; end: number },
  otherFigures: readonly F[],
): F | null {
  const earlier = otherFigures.filter((f) => f.end <= figure.start).sort((a, b) => b.end - a.end)[0];
  return earlier && SET_BELOW_OR_ABOVE.test(sentence.slice(earlier.end, figure.start)) ? earlier : null;
}
