import Negotiator from 'negotiator';
import { HttpProblem } from './http/errors.js';

/**
 * The representation a request asks for: an explicit `?format=` wins; otherwise the `Accept`
 * header (q-values and wildcards as RFC 9110 reads them) chooses among `offered`, the first
 * being the default when any type will do. Nothing acceptable is a 406.
 */
export function negotiateFormat<F extends string>(explicit: F | undefined, accept: string | undefined, offered: Readonly<Record<F, string>>): F {
  if (explicit) return explicit;
  const formats = Object.keys(offered) as F[];
  // No preference (no Accept, or any type): the default, without parsing anything.
  if (accept === undefined || accept === '*/*') return formats[0]!;
  const mediaTypes = formats.map((format) => offered[format]);
  const chosen = new Negotiator({ headers: { accept: accept ?? '*/*' } }).mediaType(mediaTypes);
  const format = formats[mediaTypes.indexOf(chosen ?? '')];
  if (format === undefined) {
    throw new HttpProblem(406, `None of the media types in Accept is offered here; ask for one of ${mediaTypes.join(', ')}, or use ?format=.`);
  }
  return format;
}
