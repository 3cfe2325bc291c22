import { isSubjectEntity, subjectOf, type SentenceMentions } from './mentions.js';
import type { Roles } from './roles.js';

const PART_KINDS = new Set(['energy-source', 'commodity', 'product', 'sector']);

/**
 * "Solar made up 60 % of all new US generating capacity", "Wind power generated 28 % of Germany's
 * electricity", "Renewables accounted for 86 % of capacity additions": when what holds the share is a
 * kind of thing (a facet) named before the figure, and no party is, the facet is the part and the party
 * its clause names with the whole owns the whole. The roles come back as no subject and the owner as
 * counterpart; null when the share is not of that shape or the clause names no owner.
 */
export function shareOfFacet(
  sentence: string,
  figure: { start: number },
  clause: { start: number; end: number },
  facets: readonly string[],
  mentions: SentenceMentions,
): Roles | null {
  const part = mentions.facets.find((f) => f.start >= clause.start && f.end <= figure.start && PART_KINDS.has(f.facet.kind) && facets.includes(f.facet.id));
  if (!part) return null;
  const party = (id: string) => {
    const s = subjectOf(id);
    return isSubjectEntity(s) ? s : null;
  };
  const inClause = mentions.entities.filter((e) => e.start >= clause.start && e.end <= clause.end && party(e.id));
  // A party named before the figure holds the share itself ("The US accounted for 38 %", "China, with its
  // 297 GW of additions, represented 63 %"); "global" only scopes.
  // ("The share of renewables in EU electricity generation": a party named with the whole after the part owns the whole.)
  const withTheWhole = (e: { start: number }) =>
    e.start >= part.end && /^\s+(?:[\p{L}-]+\s+){0,2}?(?:in|of|within|across)\s+(?:the\s+)?$/iu.test(sentence.slice(part.end, e.start));
  if (mentions.entities.some((e) => e.end <= figure.start && party(e.id) && party(e.id) !== 'world' && !withTheWhole(e))) return null;
  // (Only a party the clause names: one carried from around it is a guess about the whole, and a share
  // of the wrong whole is a different number.)
  const owner = inClause.map((e) => party(e.id)).find((id) => id !== null && id !== 'world') ?? (inClause.length ? 'world' : null);
  return owner ? { subject: [], counterpart: owner } : null;
}
