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
