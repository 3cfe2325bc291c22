/**
 * "Japan's economy contracted at an annualised 2.0 % in January–March … Private consumption fell by an
 * annualized 2.7 %. Corporate investment posted a decline of 3.2 %, exports dropped 18.7 %": a release
 * story states once what its quarterly changes are measured against and lists the rest in the same
 * terms. A change of a quarter (or month) whose words leave the comparison unsaid takes the one the
 * article has stated for changes of that span, when it has stated exactly one; an article that states
 * two ("0.5 % on the quarter, an annualised 2.0 %") leaves the others unsaid, and so not compared.
 */
import { UNSTATED_COMPARISON } from './basis.js';
import type { Period, Proposition } from './types.js';

/** Comparisons a quarterly or monthly change may be stated in, which later ones of the article may take. */
const CARRIED = new Set(['qoq', 'mom', 'yoy', 'annualized']);

type Span = 'quarter' | 'month';

const OTHER_VINTAGE = /\b(?:estimat|forecast|expect|poll|revis|consensus|anticipat|predict|prelim|initial|flash)\w*/i;

function spanOf(period: Pick<Period, 'start' | 'end'>): Span | null {
  if (!period.start || !period.end || !period.start.endsWith('-01')) return null;
  const months =
    (Number(period.end.slice(0, 4)) - Number(period.start.slice(0, 4))) * 12 + Number(period.end.slice(5, 7)) - Number(period.start.slice(5, 7)) + 1;
  if (months === 3 && (Number(period.start.slice(5, 7)) - 1) % 3 === 0) return 'quarter';
  return months === 1 ? 'month' : null;
}

export class StatedComparisons {
  private readonly stated = new Map<Span, Set<string>>();

  /** The proposition with an unsaid comparison replaced by the article's one; records the comparison a change states. */
  settle(p: Proposition, period: Pick<Period, 'start' | 'end'>, before = ''): Proposition {
    if (p.statType !== 'change' || p.modality !== 'actual') return p;
    const span = spanOf(period);
    if (!span) return p;
    const parts = p.basis ? p.basis.split('+') : [];
    const own = parts.filter((x) => CARRIED.has(x));
    if (own.length) {
      const seen = this.stated.get(span) ?? new Set<string>();
      for (const c of own) seen.add(c);
      this.stated.set(span, seen);
      return p;
    }
    const seen = this.stated.get(span);
    // ("revised down an earlier estimate of a drop of 0.1 %", "a poll's median of 0.4 %": another vintage's figure, stated in its own terms.)
    if (!parts.includes(UNSTATED_COMPARISON) || seen?.size !== 1 || OTHER_VINTAGE.test(before.slice(-100))) return p;
    const [carried] = seen;
    const basis = parts
      .map((x) => (x === UNSTATED_COMPARISON ? carried! : x))
      .sort()
      .join('+');
    return { ...p, basis };
  }
}
