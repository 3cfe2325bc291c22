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
const FIRST_WORD = /[\p{L}\p{N}]+/u;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const hasPlural = (form: string) => /^[a-z].*[a-z]$/.test(form) && !form.endsWith('s');

function pattern(form: string): string {
  const body = escape(form).replace(/\\-|-/g, '[-\\s]?').replace(/\s+/g, '\\s+');
  const plural = hasPlural(form) ? '(?:e?s)?' : '';
  return body + plural;
}

/**
 * Whether every match of a form's pattern at a position ends at the same place: no plural ending, and no hyphen or
 * space last. (Its hyphens and spaces match only hyphens and spaces, and each is followed by a character that is
 * neither, so they must take the whole run before it.)
 */
const endsFixed = (form: string) => !hasPlural(form) && !/[-\s]$/.test(form);

// What the patterns of a first word may not be followed by (see FirstWordForms).
const WORD_AFTER = /[\p{L}\p{N}]/iuy;

/**
 * The forms that share a first word, matched at a position: the longest that matches there and is not followed by a
 * letter or digit. Compiled on first use, as one pattern; or, for a document's own names, as one small pattern per form
 * (a pattern with a Unicode class costs tenths of a millisecond to compile, which a document's names paid every time).
 * Both give the same match where every form's match ends at a fixed place (endsFixed): the one pattern then tries each
 * form in turn, longest first, and moves on when the character after it is a letter or digit, as the loop does.
 */
class FirstWordForms {
  private whole: RegExp | null = null;
  private readonly parts: Array<RegExp | undefined>;

  constructor(
    private readonly patterns: string[],
    private readonly oneByOne: boolean,
  ) {
    this.parts = oneByOne ? patterns.map(() => undefined) : [];
  }

  matchAt(text: string, index: number): string | null {
    if (!this.oneByOne) {
      this.whole ??= new RegExp(`(?:${this.patterns.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
      this.whole.lastIndex = index;
      return this.whole.exec(text)?.[0] ?? null;
    }
    for (let k = 0; k < this.patterns.length; k++) {
      const re = (this.parts[k] ??= new RegExp(this.patterns[k]!, 'iuy'));
      re.lastIndex = index;
      const m = re.exec(text);
      if (m === null) continue;
      WORD_AFTER.lastIndex = index + m[0].length;
      if (!WORD_AFTER.test(text)) return m[0];
    }
    return null;
  }
}

const SPACE_OR_HYPHEN = /[-\s]/;

const SKETCHES = 1 << 14;

/** A word's first two characters (0 for none) and length, folded into a small number. */
function sketchOf(c0: number, c1: number, length: number): number {
  return ((c0 * 31 + c1) * 31 + length) & (SKETCHES - 1);
}

const WORD_RUNS = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/**
 * The second run of letters and digits of a form, in lower case, where the prefilter may rely on it: the first two
 * runs in ASCII, separated by characters without case. Null otherwise.
 */
function secondWordOf(form: string): string | null {
  const runs = [...form.matchAll(WORD_RUNS)].slice(0, 2);
  if (runs.length < 2) return null;
  const [a, b] = runs as [RegExpExecArray, RegExpExecArray];
  if (!ASCII_WORD.test(a[0]) || !ASCII_WORD.test(b[0])) return null;
  const between = form.slice(a.index + a[0].length, b.index);
  if (between.toLowerCase() !== between.toUpperCase()) return null;
  return b[0].toLowerCase();
}

export class SurfaceForms<T> {
  private readonly sensitive = new Map<string, T>();
  private readonly insensitive = new Map<string, T>();
  /** One sticky pattern per lower-case first word, its forms longest first: a text is scanned word by word, not by one giant alternation. */
  private readonly byFirstWord = new Map<string, FirstWordForms>();
  /** First words that are a whole form by themselves: matched without a pattern when no longer form applies. */
  private readonly singleWords = new Set<string>();
  /**
   * For a first word whose forms all go on, after punctuation or space, with a second word in ASCII: those second
   * words in lower case, by their first character. A pattern cannot match where the next word of the text starts
   * with none of them, so it is not run there (see canFollow).
   */
  private readonly secondWords = new Map<string, Map<number, string[]>>();
  /** byFirstWord and singleWords in one map: a word of the text is looked up once. */
  private readonly starts = new Map<string, { pattern: FirstWordForms | undefined; single: boolean }>();
  /** Set at the sketch of every key of starts: a word whose sketch is unset is no key, without a lookup. */
  private readonly sketches = new Uint8Array(SKETCHES);

  /**
   * `perDocument`: the forms are a document's own (its names), matched in that document only, so compiling them must be
   * cheap (see FirstWordForms).
   */
  constructor(entries: Array<[form: string, value: T]>, options: { prefilter?: boolean; perDocument?: boolean } = {}) {
    const forms = [...new Set(entries.map(([f]) => f))].sort((a, b) => b.length - a.length);
    for (const [form, value] of entries) {
      if (form === form.toLowerCase()) this.insensitive.set(norm(form), value);
      else this.sensitive.set(form.replace(/\s+/g, ' '), value);
    }
    const grouped = new Map<string, string[]>();
    const fixed = new Map<string, boolean>();
    for (const form of forms) {
      const first = FIRST_WORD.exec(form)?.[0].toLowerCase();
      if (!first) continue;
      if (first === form.toLowerCase()) {
        this.singleWords.add(first);
        continue;
      }
      grouped.set(first, [...(grouped.get(first) ?? []), pattern(form)]);
      fixed.set(first, (fixed.get(first) ?? true) && endsFixed(form));
    }
    // Case is checked after matching (see lookup), so each pattern ignores case.
    for (const [first, patterns] of grouped) this.byFirstWord.set(first, new FirstWordForms(patterns, options.perDocument === true && fixed.get(first)!));
    if (options.prefilter !== false) {
      const seconds = new Map<string, Map<number, string[]> | null>();
      for (const form of forms) {
        const first = FIRST_WORD.exec(form)?.[0].toLowerCase();
        if (!first || first === form.toLowerCase()) continue;
        const byChar = seconds.get(first);
        if (byChar === null) continue;
        const second = secondWordOf(form);
        if (second === null) {
          seconds.set(first, null);
          continue;
        }
        const map = byChar ?? new Map<number, string[]>();
        const list = map.get(second.charCodeAt(0)) ?? [];
        if (!list.includes(second)) list.push(second);
        map.set(second.charCodeAt(0), list);
        seconds.set(first, map);
      }
      for (const [first, byChar] of seconds) if (byChar) this.secondWords.set(first, byChar);
    }
    for (const [first, re] of this.byFirstWord) this.starts.set(first, { pattern: re, single: this.singleWords.has(first) });
    for (const first of this.singleWords) if (!this.starts.has(first)) this.starts.set(first, { pattern: undefined, single: true });
    if (options.prefilter === false) this.sketches.fill(1);
    else for (const first of this.starts.keys()) this.sketches[sketchOf(first.charCodeAt(0), first.length > 1 ? first.charCodeAt(1) : 0, first.length)] = 1;
  }

  /**
   * Whether a form of the pattern for words.lower[i] could match there: its second word must open the text's next
   * word. (The text word and the form's first word are ASCII, so the pattern's first word consumes exactly the text
   * word; what separates the form's first and second words is caseless punctuation or space, which consumes only the
   * characters between the text's words; the second word then matches the start of the next text word, and ASCII
   * letters match regardless of case exactly where their lower cases are equal.)
   */
  private canFollow(words: Words, i: number): boolean {
    const byChar = this.secondWords.get(words.lower[i]!);
    if (byChar === undefined || !words.ascii[i]) return true;
    if (i + 1 >= words.lower.length) return false;
    if (!words.ascii[i + 1]) return true;
    const next = words.lower[i + 1]!;
    const list = byChar.get(next.charCodeAt(0));
    if (list === undefined) return false;
    for (const second of list) if (next.startsWith(second)) return true;
    return false;
  }

  /**
   * Every non-overlapping occurrence, longest form first at each position. `atStart`: only the one that starts the text,
   * if any (the words after the first are not matched).
   */
  find(text: string, atStart = false): Array<FormMatch<T>> {
    const out: Array<FormMatch<T>> = [];
    let after = 0;
    const words = wordsOf(text);
    for (let i = 0; i < words.lower.length; i++) {
      const index = words.index[i]!;
      if (atStart && (i > 0 || index > 0)) break;
      if (index < after) continue;
      const word = words.lower[i]!;
      // A plural's singular: "prices" → "price"; "taxes" → "taxe" and "tax".
      const length = word.length;
      const plural = word.charCodeAt(length - 1) === 115;
      const c0 = word.charCodeAt(0);
      const c1 = length > 1 ? word.charCodeAt(1) : 0;
      // Nothing starts with the word or, for a word ending in s, with its singulars: the usual case, settled by the sketch.
      const own = this.sketches[sketchOf(c0, c1, length)] ? this.starts.get(word) : undefined;
      if (own === undefined && !plural) continue;
      const s1 = plural ? word.slice(0, -1) : null;
      const s2 = s1 !== null && s1.charCodeAt(s1.length - 1) === 101 ? s1.slice(0, -1) : null;
      const e1 = s1 !== null && this.sketches[sketchOf(c0, length > 2 ? c1 : 0, length - 1)] ? this.starts.get(s1) : undefined;
      const e2 = s2 !== null && this.sketches[sketchOf(c0, length > 3 ? c1 : 0, length - 2)] ? this.starts.get(s2) : undefined;
      // Longer forms first ("Power of Siberia 2" before "Power"), then the word on its own.
      let re = own?.pattern;
      // (Only a pattern found by the word itself is prefiltered: one found by its singular may match otherwise.)
      const byWord = re !== undefined;
      if (re === undefined && s1 !== null) re = e1?.pattern ?? e2?.pattern;
      let matched: string | null = null;
      let value: T | undefined;
      if (re && (!byWord || this.canFollow(words, i))) {
        const m = re.matchAt(text, index);
        if (m !== null) {
          value = this.lookup(m);
          if (value !== undefined) matched = m;
        }
      }
      if (matched === null && (own?.single || e1?.single || e2?.single)) {
        const raw = words.raw[i]!;
        value = this.lookup(raw);
        if (value !== undefined) matched = raw;
      }
      if (matched === null || value === undefined) continue;
      out.push({ start: index, end: index + matched.length, text: matched, value });
      after = index + matched.length;
    }
    return out;
  }

  private lookup(text: string): T | undefined {
    // A single word (no space or hyphen): every spelling below is the word itself, and its key its lower case.
    if (!SPACE_OR_HYPHEN.test(text)) {
      const exact = this.sensitive.get(text);
      if (exact !== undefined) return exact;
      const key = text.toLowerCase();
      return this.insensitive.get(key) ?? this.insensitive.get(key.replace(/e?s$/, '')) ?? this.insensitive.get(key.replace(/s$/, ''));
    }
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

/** The words of a text: where each starts, as written, and in lower case. */
interface Words {
  index: number[];
  raw: string[];
  lower: string[];
  /** Whether each word is all ASCII. */
  ascii: boolean[];
}

/**
 * The words of the last text asked about: the entity, name, measure and facet matchers scan the
 * same sentence one after another, so it is split once. (Keeping more, even for one document,
 * saved no time: the words a cache keeps alive outlive the young generation and cost more in
 * collection and memory than splitting a sentence again.)
 */
let lastText: string | null = null;
let lastWords: Words = { index: [], raw: [], lower: [], ascii: [] };

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const CONTEXT_CASED = /[\u0130\u03a3]/;

/** Whether the code point at i is a letter or digit (ASCII decided without a regular expression). */
function isWordChar(code: number, text: string, i: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}

export function wordsOf(text: string): Words {
  if (text === lastText) return lastWords;
  const words: Words = { index: [], raw: [], lower: [], ascii: [] };
  // One lower-casing of the whole text, sliced per word, where that is the same as lower-casing each word: no mapping
  // there changes length (İ) or depends on the letters around it (Σ).
  const lowered = text.toLowerCase();
  const sliceLowered = lowered.length === text.length && !CONTEXT_CASED.test(text);
  let start = -1;
  let ascii = true;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    // A low surrogate belongs to the code point its high surrogate started.
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (i < text.length && isWordChar(code, text, i)) {
      if (start < 0) {
        start = i;
        ascii = true;
      }
      if (code >= 128) ascii = false;
    } else if (start >= 0) {
      const raw = text.slice(start, i);
      words.index.push(start);
      words.raw.push(raw);
      words.lower.push(sliceLowered && ascii ? lowered.slice(start, i) : raw.toLowerCase());
      words.ascii.push(ascii);
      start = -1;
    }
  }
  lastText = text;
  lastWords = words;
  return words;
}

function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}
