/**
 * Turns the plain phrases of the lexicon files into one matcher. A form written in lower case
 * matches in any case; a form with a capital ("US", "China") matches only as written, so the
 * pronoun "us" is never the United States. Plurals of lower-case forms match too.
 */
export interface FormMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

// A word starts where a letter or digit follows something that is neither.
const WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+/gu;
const FIRST_WORD = /[\p{L}\p{N}]+/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(form: string): string {
  const body = escape(form).replace(/\\-|-/g, '[-\\s]?').replace(/\s+/g, '\\s+');
  const plural = /^[a-z].*[a-z]$/.test(form) && !form.endsWith('s') ? '(?:e?s)?' : '';
  return body + plural;
}

export class SurfaceForms<T> {
  private readonly sensitive = new Map<string, T>();
  private readonly insensitive = new Map<string, T>();
  /** Forms by the lower-case first word they start with, longest first: a text is scanned word by word, not by one giant alternation. */
  private readonly byFirstWord = new Map<string, RegExp[]>();

  constructor(entries: Array<[form: string, value: T]>) {
    const forms = [...new Set(entries.map(([f]) => f))].sort((a, b) => b.length - a.length);
    for (const [form, value] of entries) {
      if (form === form.toLowerCase()) this.insensitive.set(norm(form), value);
      else this.sensitive.set(form.replace(/\s+/g, ' '), value);
    }
    for (const form of forms) {
      const first = FIRST_WORD.exec(form)?.[0].toLowerCase();
      if (!first) continue;
      // Case is checked after matching (see lookup), so each form's pattern ignores case.
      const re = new RegExp(`(?:${pattern(form)})(?![\\p{L}\\p{N}])`, 'iuy');
      const list = this.byFirstWord.get(first);
      if (list) list.push(re);
      else this.byFirstWord.set(first, [re]);
    }
  }

  /** Every non-overlapping occurrence, longest form first at each position. */
  find(text: string): Array<FormMatch<T>> {
    const out: Array<FormMatch<T>> = [];
    let after = 0;
    for (const w of text.matchAll(WORD)) {
      if (w.index < after) continue;
      const word = w[0].toLowerCase();
      const candidates = this.byFirstWord.get(word) ?? this.byFirstWord.get(word.replace(/e?s$/, '')) ?? this.byFirstWord.get(word.replace(/s$/, ''));
      if (!candidates) continue;
      for (const re of candidates) {
        re.lastIndex = w.index;
        const m = re.exec(text);
        if (!m) continue;
        const value = this.lookup(m[0]);
        if (value === undefined) continue;
        out.push({ start: w.index, end: w.index + m[0].length, text: m[0], value });
        after = w.index + m[0].length;
        break;
      }
    }
    return out;
  }

  private lookup(text: string): T | undefined {
    const spaced = text.replace(/\s+/g, ' ');
    const exact = this.sensitive.get(spaced) ?? this.sensitive.get(spaced.replace(/[-\s]/g, '-')) ?? this.sensitive.get(spaced.replace(/-/g, ' '));
    if (exact !== undefined) return exact;
    const key = norm(text);
    return this.insensitive.get(key) ?? this.insensitive.get(key.replace(/e?s$/, '')) ?? this.insensitive.get(key.replace(/s$/, ''));
  }
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}
