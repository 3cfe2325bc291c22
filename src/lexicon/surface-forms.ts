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

// Runs of letters and digits: each one starts a word, since the run before it ended on something that is neither.
const WORD = /[\p{L}\p{N}]+/gu;
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
  /** One sticky pattern per lower-case first word, its forms longest first: a text is scanned word by word, not by one giant alternation. */
  private readonly byFirstWord = new Map<string, RegExp>();
  /** First words that are a whole form by themselves: matched without a pattern when no longer form applies. */
  private readonly singleWords = new Set<string>();

  constructor(entries: Array<[form: string, value: T]>) {
    const forms = [...new Set(entries.map(([f]) => f))].sort((a, b) => b.length - a.length);
    for (const [form, value] of entries) {
      if (form === form.toLowerCase()) this.insensitive.set(norm(form), value);
      else this.sensitive.set(form.replace(/\s+/g, ' '), value);
    }
    const grouped = new Map<string, string[]>();
    for (const form of forms) {
      const first = FIRST_WORD.exec(form)?.[0].toLowerCase();
      if (!first) continue;
      if (first === form.toLowerCase()) {
        this.singleWords.add(first);
        continue;
      }
      grouped.set(first, [...(grouped.get(first) ?? []), pattern(form)]);
    }
    // Case is checked after matching (see lookup), so each pattern ignores case.
    for (const [first, patterns] of grouped) this.byFirstWord.set(first, new RegExp(`(?:${patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iuy'));
  }

  /** Every non-overlapping occurrence, longest form first at each position. */
  find(text: string): Array<FormMatch<T>> {
    const out: Array<FormMatch<T>> = [];
    let after = 0;
    WORD.lastIndex = 0;
    for (let w = WORD.exec(text); w; w = WORD.exec(text)) {
      if (w.index < after) continue;
      const word = w[0].toLowerCase();
      const singular = word.endsWith('es') ? [word.slice(0, -1), word.slice(0, -2)] : word.endsWith('s') ? [word.slice(0, -1)] : [];
      // Longer forms first ("Power of Siberia 2" before "Power"), then the word on its own.
      const re = this.byFirstWord.get(word) ?? singular.map((s) => this.byFirstWord.get(s)).find(Boolean);
      let matched: string | null = null;
      let value: T | undefined;
      if (re) {
        re.lastIndex = w.index;
        const m = re.exec(text);
        if (m) {
          value = this.lookup(m[0]);
          if (value !== undefined) matched = m[0];
        }
      }
      if (matched === null && (this.singleWords.has(word) || singular.some((s) => this.singleWords.has(s)))) {
        value = this.lookup(w[0]);
        if (value !== undefined) matched = w[0];
      }
      if (matched === null || value === undefined) continue;
      out.push({ start: w.index, end: w.index + matched.length, text: matched, value });
      after = w.index + matched.length;
    }
    return out;
  }

  private lookup(text: string): T | undefined {
    const spaced = text.replace(/\s+/g, ' ');
    // "The Kremlin" opening a sentence is the form "the Kremlin".
    const exact =
      this.sensitive.get(spaced) ??
      this.sensitive.get(spaced.replace(/^The /, 'the ')) ??
      this.sensitive.get(spaced.replace(/[-\s]/g, '-')) ??
      this.sensitive.get(spaced.replace(/-/g, ' '));
    if (exact !== undefined) return exact;
    const key = norm(text);
    return this.insensitive.get(key) ?? this.insensitive.get(key.replace(/e?s$/, '')) ?? this.insensitive.get(key.replace(/s$/, ''));
  }
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}
