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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function pattern(form: string): string {
  const body = escape(form).replace(/\\-|-/g, '[-\\s]?').replace(/\s+/g, '\\s+');
  const plural = /^[a-z].*[a-z]$/.test(form) && !form.endsWith('s') ? '(?:e?s)?' : '';
  return body + plural;
}

export class SurfaceForms<T> {
  private readonly sensitive = new Map<string, T>();
  private readonly insensitive = new Map<string, T>();
  private readonly re: RegExp | null;

  constructor(entries: Array<[form: string, value: T]>) {
    const forms = [...new Set(entries.map(([f]) => f))].sort((a, b) => b.length - a.length);
    for (const [form, value] of entries) {
      if (form === form.toLowerCase()) this.insensitive.set(norm(form), value);
      else this.sensitive.set(form.replace(/\s+/g, ' '), value);
    }
    // Case is checked after matching (see lookup), so one case-insensitive alternation serves all forms.
    this.re = forms.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(pattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  }

  /** Every non-overlapping occurrence, longest form first at each position. */
  find(text: string): Array<FormMatch<T>> {
    if (!this.re) return [];
    const out: Array<FormMatch<T>> = [];
    for (const m of text.matchAll(this.re)) {
      const value = this.lookup(m[0]);
      if (value !== undefined) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
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
