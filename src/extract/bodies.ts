/**
 * "The Monetary Policy Committee (MPC) voted 5-4 to cut Bank Rate": a committee or board decides for
 * its institution and is no party of its own. Its names in a text stand for the one institution of
 * the lexicon's owners the text names (the Bank of England, the ECB), so that "the MPC's 2 % target"
 * is the Bank of England's, of the United Kingdom. A text naming no owner, or several, leaves them out.
 */
import data from '../lexicon/bodies.json' with { type: 'json' };
import { entityForms, type MentionForm } from '../lexicon/entities.js';

const BODY_NAMES = new Set(data.bodies);
const OWNERS = new Set(data.owners);

/** True when a capitalised name is a decision body's, however the text attributes it. */
export function isBodyName(name: string): boolean {
  return BODY_NAMES.has(name);
}

const ANY_BODY = new RegExp(`(?<![\\p{L}\\p{N}])(?:${data.bodies.join('|')})(?![\\p{L}\\p{N}])`, 'gu');

/** The body names a text uses, each standing for the one owner the text names; none when it names no owner or several. */
export function bodyNamesOf(text: string): Array<[string, { id: string; form: MentionForm }]> {
  const used = new Set([...text.matchAll(ANY_BODY)].map((m) => m[0]));
  if (!used.size) return [];
  const owners = new Set(entityForms.find(text).flatMap((m) => (OWNERS.has(m.value.id) ? [m.value.id] : [])));
  if (owners.size !== 1) return [];
  const [owner] = owners;
  return [...used].map((name) => [name, { id: owner!, form: 'name' }]);
}
