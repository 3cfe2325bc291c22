import type { CslName } from './types.js';

// Lower-case surname particles that belong with the family name ("Ludwig van Beethoven").
const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'la', 'le', 'ten', 'ter',
  'bin', 'binti', 'ibn', 'al',
]);
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * Splits a byline name into CSL parts. "Family, Given" is taken as written; otherwise the
 * last word is the family name, the Western default. That is wrong for names written family
 * name first ("Lye Liang Fook" gives family "Fook") and for multi-word surnames ("Gabriel
 * García Márquez" gives "Márquez"): store such names as "Lye, Liang Fook" to render them right.
 * A single word (a mononym or an organisation) stays whole as a literal name.
 */
export function personName(fullName: string): CslName {
  const name = fullName.trim().replace(/\s+/g, ' ');
  const comma = name.indexOf(',');
  if (comma > 0) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    return given ? { family, given } : { family };
  }

  const words = name.split(' ');
  if (words.length === 1) return { literal: name };

  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1]!) ? words.pop() : undefined;
  const family = words.pop()!;
  const particles: string[] = [];
  while (words.length > 1 && PARTICLES.has(words[words.length - 1]!)) particles.unshift(words.pop()!);

  return {
    family,
    given: words.join(' '),
    ...(particles.length > 0 && { 'non-dropping-particle': particles.join(' ') }),
    ...(suffix && { suffix }),
  };
}
