/**
 * "the numbers dropped by 5% among adults 18-49", "unemployment among 16-24 year-olds rose to 14.8%", "3.3 million viewers
 * aged 25 to 54": a figure whose clause names an age bracket is of that group of people, not of everyone. The bracket is
 * read as a constraint of the figure's proposition ("ages-18-49"), so it never meets a figure of the whole.
 */

import { AGE_GROUP_BEFORE } from './not-figures.js';

// Two ages joined by a dash or "to", named as ages by the words before them ("adults", "aged") or after them ("demographic").
const AGES = /\b(\d{2})\s?(?:[-–]|to)\s?(\d{2})(?!\d|[.,]\d|\s?(?:%|per\s?cent|percent))/g;
const AGE_WORD_AFTER = /^(?:["”’']\s?)?(?:\s(?:demo|demographic|demos|demographics|age\s+group|age\s+bracket)\b|[\s-]years?[\s-]olds?\b|\s(?:years\s+old)\b)/i;

// "7.9 million viewers overall": a figure said of everyone.
const WHOLE_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:overall|in\s+total|in\s+all|across\s+all\s+ages)\b/iu;

// Between a figure and a bracket after it: another item of a list ("total viewers (6.9 million) and in the 18-49 demo").
const ANOTHER_ITEM = /[()]|\b(?:and|or|but|while|whereas|versus|vs)\b/i;

/**
 * The age bracket named within `clause` of the sentence around the figure, as a constraint id, or null. A bracket after the
 * figure counts only where nothing between them starts another item.
 */
export function ageGroupOf(sentence: string, clause: { start: number; end: number }, figure: { start: number; end: number }): string | null {
  const text = sentence.slice(clause.start, clause.end);
  // (A clause with no two-digit number joined to another names no bracket: the usual case, settled without the pattern.)
  if (!/\d{2}\s?(?:[-–]|to)\s?\d{2}/.test(text)) return null;
  for (const m of text.matchAll(AGES)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index).replace(/["“‘']$/, '');
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const [low, high] = [Number(m[1]), Number(m[2])];
    if (low >= high) continue;
    if (!AGE_GROUP_BEFORE.test(before) && !AGE_WORD_AFTER.test(after)) continue;
    // ("children aged 24-36 months": months, not years of age.)
    if (/^\s*(?:months?|weeks?|days?)\b/i.test(after)) continue;
    const at = clause.start + m.index;
    if (at >= figure.end && ANOTHER_ITEM.test(sentence.slice(figure.end, at))) continue;
    // ("The show drew 3.1 million viewers aged 18-49 and 7.9 million viewers overall": another figure, or a word of the whole,
    // between the bracket and a figure after it.)
    const end = at + m[0].length;
    if (
      end <= figure.start &&
      (/\d|\b(?:overall|total|all|in\s+all)\b/i.test(sentence.slice(end, figure.start)) || WHOLE_AFTER.test(sentence.slice(figure.end, figure.end + 24)))
    )
      continue;
    return `ages-${low}-${high}`;
  }
  return null;
}
