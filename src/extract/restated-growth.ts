import { measures } from '../lexicon/measures.js';
import type { Proposition } from './types.js';

const BRACKETED_AFTER = /^\s*(?:\([^)]*\)\s*)?\(\s*[+−-]?\s*$/;

/**
 * "a record addition of 473 GW (+14 %)", "wind installations of 117 GW (+50 %)": a percentage in
 * brackets right after a figure of a flow that is the change of a stock (capacity added is the
 * change of installed capacity) restates that change against the stock it moved: the stock's growth,
 * not the growth of the flow. Null when the figure is not such a restatement.
 */
export function stockGrowthOf(
  sentence: string,
  figure: { start: number; unitKind: string },
  previous: { end: number; unitKind: string; proposition: Proposition | null } | null,
): Proposition | null {
  if (figure.unitKind !== 'percent' || !previous?.proposition || previous.proposition.statType !== 'level') return null;
  if (!BRACKETED_AFTER.test(sentence.slice(previous.end, figure.start))) return null;
  const flow = previous.proposition.measure;
  const stock = [...measures.values()].find((m) => m.changeStatesAs?.[previous.unitKind] === flow && m.unitKinds.includes('percent'));
  return stock ? { ...previous.proposition, measure: stock.id, statType: 'change' } : null;
}

/**
 * "Asia led with a 69 % share (326 GW)", "exports to the EU, 41 % (€12 billion)": a figure in brackets
 * right after a share, in a unit the share's measure takes, is the part's own level of that measure.
 * Null when the figure is not such a restatement.
 */
export function partLevelOf(
  sentence: string,
  figure: { start: number; unitKind: string },
  previous: { end: number; unitKind: string; proposition: Proposition | null } | null,
): Proposition | null {
  const share = previous?.proposition;
  if (!previous || share?.statType !== 'share' || share.subject.length !== 1 || figure.unitKind === 'percent' || figure.unitKind === 'percent_point')
    return null;
  if (!/^\s*(?:share|stake|portion)?\s*\(\s*$/i.test(sentence.slice(previous.end, figure.start))) return null;
  if (!measures.get(share.measure)?.unitKinds.includes(figure.unitKind)) return null;
  return { ...share, subject: share.subject, counterpart: null, statType: 'level' };
}
