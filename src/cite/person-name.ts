import type { CslName } from './types.js';

// Lower-case surname particles that belong with the family name ("van Beethoven, Ludwig").
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'das',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'binti',
  'ibn',
  'al',
]);
const SUFFIX = /^(jr\.?|sr\.?|ii|iii|iv)$/i;

// Words that mark a byline as a body rather than a person, in the languages sources come in.
// Only consulted for names with a comma, the one form that would otherwise be split.
const ORGANISATION = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(` +
    [
      'institute',
      'institut',
      'instituto',
      'istituto',
      'university',
      'universit\\p{L}+',
      'universidad',
      'college',
      'school',
      'academy',
      'ministry',
      'minist\\p{L}re',
      'department',
      'agency',
      'bank',
      'council',
      'committee',
      'commission',
      'association',
      'society',
      'foundation',
      'fund',
      'centre',
      'center',
      'office',
      'bureau',
      'organi[sz]ation',
      'corporation',
      'company',
      'inc\\.?',
      'ltd\\.?',
      'llc',
      'plc',
      'gmbh',
      'group',
      'news',
      'press',
      'service',
      'staff',
      'editors',
      'board',
      'government',
      'parliament',
      'federation',
      'union',
      'trust',
      'network',
      'media',
      'reuters',
      'институт',
      'университет',
      'министерство',
      'агентство',
      'центр',
      'фонд',
      'комитет',
      'совет',
      'банк',
      'служба',
    ].join('|') +
    String.raw`)(?![\p{L}\p{M}])`,
  'iu',
);

/** True when a byline names an organisation rather than a person. */
export function isOrganisation(name: string): boolean {
  return ORGANISATION.test(name);
}

/**
 * A byline name as a CSL name, without guessing which word is the family name: a byline
 * does not say, and guessing turns "Lye Liang Fook" into "Fook, L. L." and an institute into
 * "Peace, U. S. I. of". "Family, Given" is an explicit split and is taken as written;
 * anything else — a name in its stored order, an organisation, a name in any script — is a
 * literal name that every style prints exactly as stored.
 */
export function personName(fullName: string): CslName {
  const name = fullName.trim().replace(/\s+/g, ' ').replace(/\s*,$/, '');
  const comma = name.indexOf(',');
  if (comma <= 0 || isOrganisation(name)) return { literal: name };

  const familyWords = name.slice(0, comma).trim().split(' ');
  const givenParts = name
    .slice(comma + 1)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const suffix = givenParts.length > 1 && SUFFIX.test(givenParts[givenParts.length - 1]!) ? givenParts.pop() : undefined;
  const given = givenParts.join(', ');
  const particles: string[] = [];
  while (familyWords.length > 1 && PARTICLES.has(familyWords[0]!)) particles.push(familyWords.shift()!);

  return {
    family: familyWords.join(' '),
    ...(given && { given }),
    ...(particles.length > 0 && { 'non-dropping-particle': particles.join(' ') }),
    ...(suffix && { suffix }),
  };
}
