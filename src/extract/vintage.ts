/**
 * "Japan's economy shrank at almost the same pace as initially estimated …, revised government data
 * showed Monday. Real GDP contracted 1.8 % …, compared with a 2.0 % contraction recorded in the
 * preliminary estimates": a release that revises an earlier one states a new vintage of the same
 * quarter's figures. Its own readings are the revised estimate, a proposition apart from the first
 * estimate the other sources report (a revision is not a discrepancy); the readings it attributes to
 * the earlier release ("in the preliminary estimates", "unchanged from the first reading") are that
 * earlier release's, and meet the other sources' as they are.
 */
import { splitPassages } from './passages.js';
import { findTimeExpressions, type PublicationDate } from './periods.js';
import type { Proposition } from './types.js';
import { quickEdges } from './word-edges.js';

export const REVISED_ESTIMATE = 'revised-estimate';

// The headline or opening paragraph says the data are a revision.
const REVISION_STORY = quickEdges(
  /\brevised\s+(?:[\p{L}-]+\s+){0,2}(?:data|figures?|estimates?|readings?|numbers|statistics)\b|\b(?:second|third|final|revised)\s+estimate\b|\b(?:upward|downward)\s+revision\b|\brevised\s+(?:up|down)(?:wards?)?\s+to\b|\b(?:than|as)\s+(?:initially|first|previously|originally)\s+(?:thought|estimated|reported)\b/iu,
);
// The figure's clause attributes it to the earlier release: "a 2.0 % contraction recorded in the preliminary estimates",
// "the initial estimate of a 0.8 % drop", "first reported at 1.1 %", "the initial 0.5 % drop reading", "the preliminary 2.1 % contraction". ("Unchanged from the preliminary reading" is the new one.)
const EARLIER = String.raw`(?:preliminary|initial|first|earlier|previous|prior|flash|advance|original)\s+(?:[\p{L}-]+\s+)?(?:estimates?|readings?|figures?|data|release|print|calculations?)`;
const EARLIER_AFTER = quickEdges(new RegExp(String.raw`^[^.;]{0,50}?\b(?:in|by|under)\s+(?:the|its|an?)\s+${EARLIER}\b`, 'iu'));
const EARLIER_BEFORE = quickEdges(
  new RegExp(
    String.raw`\b${EARLIER}\s+(?:of|at|showed|had|was|were|put)\s+(?:[\p{L}-]+\s+){0,4}$|\b(?:the|its|an?)\s+(?:preliminary|initial|flash|advance|original)\s+$|\b(?:initially|originally|previously|first)\s+(?:estimated|reported|calculated|put|given)\s+(?:at\s+|as\s+)?(?:[\p{L}-]+\s+){0,3}$`,
    'iu',
  ),
);

/** How much of a text's opening says what the story is: the headline, byline and lead. */
const LEAD_LENGTH = 600;

/** A text that reports a revision of earlier figures, and the periods its sentence says the revision is of (none if it names none). */
export interface RevisionStory {
  /** Relative ones ("December", "Q3") are read against the publication date: a figure of the same months in a later year may be theirs. */
  periods: Array<{ start: string; end: string; relative: boolean }>;
}

/**
 * Whether a text (its headline and opening) reports a revision of earlier figures, and of which period. ("U.S. employers
 * added 353,000 jobs in January … Data for December was revised higher … than previously reported": a monthly release
 * revises the months before the one it reports, whose own figures are first estimates ("… for November was revised up by
 * 9,000, and the change for December was revised up by 117,000" revises both); "revised data showed GDP shrank 0.5 % in
 * the January-March quarter" revises the quarter it reports.)
 */
export function revisionStoryOf(headline: string, text: string, pub: PublicationDate | null): RevisionStory | null {
  const lead = `${headline}\n${text.slice(0, LEAD_LENGTH)}`;
  const m = REVISION_STORY.exec(lead);
  if (!m) return null;
  // The sentence that says so.
  const sentence = splitPassages(lead).find((p) => p.utf16Start <= m.index && m.index < p.utf16End)?.text ?? '';
  const named = new Map<string, RevisionStory['periods'][number]>();
  for (const e of findTimeExpressions(sentence, pub)) {
    // (When the earlier estimate came out says nothing of what it was of: "the 2.8 % pace it reported last month", "figures
    // released on June 10", "the preliminary data released in August".)
    if (RELEASED_BEFORE.test(sentence.slice(Math.max(0, e.start - 40), e.start))) continue;
    if (!e.base && !e.anaphor && e.period.start && e.period.end)
      named.set(`${e.period.start}..${e.period.end}`, { start: e.period.start, end: e.period.end, relative: e.period.resolution === 'relative' });
  }
  return { periods: [...named.values()] };
}

const RELEASED_BEFORE = /\b(?:released|published|reported|issued|announced|estimated|out)\s+(?:(?:on|in|at|during|earlier\s+in)\s+)?(?:the\s+)?$/i;

/** Whether a figure of a period is of what a revision story revises: a period its revision names, or any where it names none. */
export function revises(story: RevisionStory, period: { start: string | null; end: string | null }): boolean {
  return (
    story.periods.length === 0 ||
    story.periods.some(
      (p) =>
        period.start !== null &&
        period.end !== null &&
        ((period.start >= p.start && period.end <= p.end) ||
          // ("Freedonia Q3 GDP revised down" over a text on the third quarter of 2025: the headline's bare quarter is that one.)
          // (Not an earlier year's: "In March 2023, retail sales had fallen 1.0 %" is no revision of this March.)
          (p.relative && period.start.slice(4) === p.start.slice(4) && period.end.slice(4) === p.end.slice(4) && period.start >= p.start)),
    )
  );
}

/**
 * The proposition of a figure in a revision story: an outturn of a change or rate stated as the new
 * reading takes the revised-estimate vintage; one its clause (the words up to the next figure) gives
 * to the earlier release keeps its parts.
 */
export function withVintage(p: Proposition, clauseAfter: string, clauseBefore: string): Proposition {
  if (p.modality !== 'actual' || (p.statType !== 'change' && p.statType !== 'rate')) return p;
  if (EARLIER_BEFORE.test(clauseBefore.slice(-80)) || EARLIER_AFTER.test(clauseAfter)) return p;
  const parts = p.basis ? p.basis.split('+') : [];
  if (parts.includes(REVISED_ESTIMATE) || parts.includes('revision') || parts.includes('previous-estimate')) return p;
  return { ...p, basis: [...parts, REVISED_ESTIMATE].sort().join('+') };
}
