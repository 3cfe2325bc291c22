/**
 * "Japan's economy contracted at an annualised 2.0 % in January–March … Private consumption fell by an
 * annualized 2.7 %. Corporate investment posted a decline of 3.2 %, exports dropped 18.7 %": a release
 * story states once what its quarterly changes are measured against and lists the rest in the same
 * terms. A change of a quarter (or month) whose words leave the comparison unsaid takes the one the
 * article has stated for changes of that span, when it has stated exactly one; an article that states
 * two ("0.5 % on the quarter, an annualised 2.0 %") leaves the others unsaid, and so not compared.
 *
 * Nearer words come first: a comparison that opens the sentence ("On an annual basis, …"), then one the changes
 * before it in its sentence state ("Energy prices fell 2.2 % month-on-month, while food prices gained 0.3 %"),
 * then one the earlier sentences of its paragraph state, each only when it is the one such comparison there.
 */
import { ANNUAL_BASIS, conventionalComparison, openingComparison, spanOf as basisSpanOf, UNSTATED_COMPARISON } from './basis.js';
import { measures } from '../lexicon/measures.js';
import type { Period, Proposition } from './types.js';

/** Comparisons a quarterly or monthly change may be stated in, which later ones of the article may take. */
const CARRIED = new Set(['qoq', 'mom', 'yoy', 'annualized']);

type Span = 'quarter' | 'month';

const OTHER_VINTAGE = /\b(?:estimat|forecast|expect|poll|revis|consensus|anticipat|predict|prelim|initial|flash)\w*/i;
// ("0.5 %, or an annualised 2.0 %", "0.5 % (2.0 % annualised)": the same change restated in other terms.)
const RESTATED_AS = /(?:,\s*or|\(|\bor\s+(?:an?\s+)?(?:annuali[sz]ed|yearly|annual))\s*(?:[\p{L}-]+\s+){0,2}$/iu;

function spanOf(period: Pick<Period, 'start' | 'end' | 'label'>): Span | null {
  const { span } = basisSpanOf(period);
  return span === 'quarter' || span === 'month' ? span : null;
}

const add = (to: Map<Span, Set<string>>, span: Span, comparisons: string[]) => {
  const seen = to.get(span) ?? new Set<string>();
  for (const c of comparisons) seen.add(c);
  to.set(span, seen);
};
const only = (seen: Set<string> | undefined): string | null => (seen?.size === 1 ? [...seen][0]! : null);

export class StatedComparisons {
  private readonly stated = new Map<Span, Set<string>>();
  private paragraph = new Map<Span, Set<string>>();
  private sentence = new Map<Span, Set<string>>();
  private opening: string | null = null;

  /** A new paragraph: what its earlier sentences stated starts afresh. */
  startParagraph(): void {
    this.paragraph = new Map();
    this.sentence = new Map();
  }

  /** A new sentence: the one before it joins the paragraph's record. */
  startSentence(sentence: string): void {
    for (const [span, seen] of this.sentence) add(this.paragraph, span, [...seen]);
    this.sentence = new Map();
    this.opening = openingComparison(sentence);
  }

  /** The proposition with an unsaid comparison replaced by the one its context states; records the comparison a change states. */
  settle(p: Proposition, period: Pick<Period, 'start' | 'end' | 'label'>, before = '', unit = 'percent'): Proposition {
    // "On a monthly basis, the index fell faster than the expected 0.6 %": in a sentence framed month on month (or
    // quarter on quarter), a figure of prices whose rate is their change over twelve months is the shorter span's change.
    if (p.statType === 'rate' && (this.opening === 'mom' || this.opening === 'qoq') && measures.get(p.measure)?.changeIsRate) {
      return { ...p, statType: 'change', basis: [...(p.basis ? p.basis.split('+') : []), this.opening].sort().join('+') };
    }
    if (p.statType !== 'change') return p;
    const span = spanOf(period);
    if (!span) return p;
    const parts = p.basis ? p.basis.split('+') : [];
    const own = parts.filter((x) => CARRIED.has(x));
    const actual = p.modality === 'actual';
    if (own.length) {
      if (actual) {
        add(this.stated, span, own);
        add(this.sentence, span, own);
      }
      return p;
    }
    if (!parts.includes(UNSTATED_COMPARISON)) return p;
    // ("revised down an earlier estimate of a drop of 0.1 %", "a poll's median of 0.4 %": another vintage's figure, stated in its own terms.)
    const otherVintage = OTHER_VINTAGE.test(before.slice(-100));
    const carried =
      (actual || p.modality === 'forecast' ? this.opening : null) ??
      (otherVintage || RESTATED_AS.test(before.slice(-40)) ? null : (only(this.sentence.get(span)) ?? (actual ? only(this.paragraph.get(span)) : null))) ??
      // (Not for prices whose change is read as their annual rate: "Month-on-month, the index fell 0.6 %" elsewhere in a
      // release does not say what "energy prices declined 11.5 %" is measured against.)
      (actual && !otherVintage && !measures.get(p.measure)?.changeIsRate ? only(this.stated.get(span)) : null);
    // (A move in percentage points — "a contribution of +1.69 pp" — is no rate of prices, whatever the office leads with.)
    const settled = carried ?? (unit === 'percentage_point' ? null : conventionalComparison(p, span));
    if (!settled) return p;
    // ("On an annual basis, …": for prices whose rate is their change on a year before, the change is that rate.)
    // (So is a change its owner's office states on the same month a year before: "energy prices declined 11.5 %" in the euro area.)
    if ((settled === ANNUAL_BASIS || settled === 'yoy') && measures.get(p.measure)?.changeIsRate) {
      const rest = parts.filter((x) => x !== UNSTATED_COMPARISON);
      return { ...p, statType: 'rate', basis: rest.length ? rest.sort().join('+') : null };
    }
    const basis = parts
      .map((x) => (x === UNSTATED_COMPARISON ? (settled === ANNUAL_BASIS ? 'annualized' : settled) : x))
      .sort()
      .join('+');
    return { ...p, basis };
  }
}
