/**
 * Money units: every current ISO 4217 currency (codes and names from `currency-codes`, the
 * symbols from `currency-symbol-map`), with the forms news text writes them in. Only what the
 * packages cannot know is listed here: which currency a shared sign means by default ($ is
 * USD, £ GBP), the prefixed dollars (US$, HK$, C$ …), common English names ("yuan",
 * "Australian dollars") and the forms that need context (¥, "pounds", "cents").
 */
import { data as iso4217 } from 'currency-codes';
import symbolMap from 'currency-symbol-map/map.js';

export interface CurrencySpec {
  code: string;
  name: string;
  /** Written before the number, exactly as here ("US$", "€", "RM", "USD"). */
  prefixes: string[];
  /** Written after the number, exactly as here ("€", "USD", "zł"). */
  symbols: string[];
  /** Written after the number, in any case, singular or plural ("euro", "Australian dollar"). */
  words: string[];
}

/** Ambiguous forms whose currency (or whether it is money at all) the sentence decides. */
export type ContextForm = 'yen-or-yuan' | 'pound' | 'cent' | 'penny' | 'pence' | 'dime';

// Precious metals, funds and testing codes are not money a news figure is stated in.
const NOT_MONEY = /^X(?!AF|OF|PF|CD)/;
const ISO = iso4217.filter((c) => !NOT_MONEY.test(c.code) && !/^(?:BOV|CHE|CHW|CLF|COU|MXV|USN|UYI|UYW)$/.test(c.code));
const ISO_CODES = new Set(ISO.map((c) => c.code));

/** Which currency a sign shared by several means when nothing else says (the package lists all). */
const PREFERRED: Record<string, string> = { $: 'USD', '£': 'GBP', '₩': 'KRW', '₱': 'PHP', C$: 'CAD', Br: 'BYN', '₨': 'INR' };
/** Dollars and other signs written with a country prefix. */
const PREFIXED: Record<string, string> = {
  US$: 'USD',
  'U.S.$': 'USD',
  'US $': 'USD',
  'U.S. $': 'USD',
  USD$: 'USD',
  HK$: 'HKD',
  C$: 'CAD',
  CA$: 'CAD',
  Can$: 'CAD',
  CDN$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  AUD$: 'AUD',
  Aus$: 'AUD',
  NZ$: 'NZD',
  NZD$: 'NZD',
  S$: 'SGD',
  SG$: 'SGD',
  NT$: 'TWD',
  R$: 'BRL',
  MX$: 'MXN',
  Mex$: 'MXN',
  MXN$: 'MXN',
  RMB: 'CNY',
  rmb: 'CNY',
  Rmb: 'CNY',
  Rs: 'INR',
  'Rs.': 'INR',
  'Rs ': 'INR',
  '₹': 'INR',
  Dh: 'AED',
  Dhs: 'AED',
  SR: 'SAR',
  QR: 'QAR',
  'E£': 'EGP',
  Tk: 'BDT',
};
/** Letter signs safe to read as money (others, like "K", "L", "Ft", "MT", are words or units too). */
const LETTER_SIGNS = new Set(['RM', 'Rp', 'zł', 'Kč', 'KSh', 'TSh', 'USh', 'GH₵', 'R$', 'NT$', 'RD$', 'J$', 'TT$', 'BZ$', 'MOP$', 'WS$', 'S/.', 'B/.', 'lei']);
/** Lower-case ISO codes read as money after a number ("20 usd"); the rest are words ("all", "top", "cup"). */
export const MAJOR_CODES = new Set(
  'usd eur gbp jpy cny rmb inr rub aud cad chf hkd sgd nzd krw brl mxn zar sek nok dkk pln twd thb idr myr php vnd sar aed ils egp ngn kes pkr bdt uah kzt czk huf ron try'.split(
    ' ',
  ),
);
/** Major codes that are not also English words or names ("try", "ron", "php"), read in lower case too. */
const LOWER_CODES = new Set([...MAJOR_CODES].filter((c) => !['try', 'ron', 'php', 'sar', 'ils', 'egp'].includes(c)));
/** Codes that are words or names in capitals ("ALL 5 ships", "TOP 10", "COP 28"): never read before a number. */
const WORD_CODES = new Set(['COP', 'ALL', 'TOP', 'CUP', 'SOS', 'MAD', 'PEN', 'BOB', 'GEL', 'AMD', 'BAM', 'MOP', 'LAK', 'KES', 'DOP']);
/** English names beyond the ISO list's own ("Yuan Renminbi", "Pound Sterling"). */
const EXTRA_NAMES: Record<string, string[]> = {
  USD: ['dollar', 'US dollar', 'U.S. dollar', 'American dollar', 'greenback', 'buck'],
  EUR: ['euro'],
  CNY: ['yuan', 'Chinese yuan', 'renminbi', 'Chinese renminbi', 'rmb'],
  JPY: ['Japanese yen', 'yen'],
  GBP: ['British pound', 'pound sterling', 'sterling', 'UK pound', 'pounds sterling'],
  INR: ['rupee', 'Indian rupee'],
  RUB: ['rouble', 'ruble', 'Russian rouble', 'Russian ruble'],
  CHF: ['franc', 'Swiss franc'],
  KRW: ['won', 'Korean won', 'South Korean won'],
  ZAR: ['rand', 'South African rand'],
  TWD: ['Taiwan dollar', 'Taiwanese dollar', 'NT dollar'],
  LKR: ['Sri Lankan rupee'],
  PKR: ['Pakistani rupee'],
  BRL: ['Brazilian real', 'reais', 'Brazilian reais'],
  TRY: ['lira', 'Turkish lira', 'lire'],
  SEK: ['krona', 'kronor', 'Swedish krona', 'Swedish kronor', 'Swedish crown', 'Swedish crowns'],
  NOK: ['Norwegian krone', 'Norwegian kroner', 'Norwegian crown', 'Norwegian crowns'],
  DKK: ['Danish krone', 'Danish kroner', 'Danish crown', 'Danish crowns'],
  CRC: ['colón', 'colones', 'Costa Rican colón', 'Costa Rican colones'],
  SAR: ['riyal', 'Saudi riyal'],
  MXN: ['Mexican peso'],
  AED: ['dirham', 'UAE dirham', 'Emirati dirham'],
  UAH: ['hryvnia', 'hryvnias', 'Ukrainian hryvnia'],
  PLN: ['zloty', 'zlotys', 'Polish zloty'],
  NGN: ['naira', 'Nigerian naira'],
  EGP: ['Egyptian pound'],
  KES: ['Kenyan shilling'],
  IDR: ['rupiah', 'Indonesian rupiah'],
  VND: ['dong', 'Vietnamese dong'],
  THB: ['baht', 'Thai baht'],
  MYR: ['ringgit', 'Malaysian ringgit'],
  PHP: ['Philippine peso'],
  HKD: ['Hong Kong dollar'],
  SGD: ['Singapore dollar'],
  AUD: ['Australian dollar', 'Aussie dollar'],
  CAD: ['Canadian dollar', 'loonie'],
  NZD: ['New Zealand dollar', 'kiwi dollar'],
  ILS: ['shekel', 'shekels', 'Israeli shekel', 'new shekel'],
  KZT: ['tenge', 'Kazakh tenge'],
  HUF: ['forint', 'Hungarian forint'],
  CZK: ['koruna', 'koruny', 'Czech koruna', 'Czech crown', 'Czech crowns'],
  GEL: ['lari', 'Georgian lari'],
  LAK: ['kip', 'Lao kip'],
  XAF: ['CFA franc'],
  XOF: ['CFA franc BCEAO'],
};
/** ISO names that are ordinary words after a number ("500 sols" on Mars, "Gold"). */
const NAME_IS_A_WORD = new Set([
  'sol',
  'som',
  'kina',
  'tala',
  'pula',
  'loti',
  'mvdol',
  'sucre',
  'leone',
  'dobra',
  'vatu',
  'lek',
  'denar',
  'balboa',
  'cordoba oro',
]);

function symbolsOf(code: string, name: string): { prefixes: string[]; symbols: string[] } {
  const prefixes = new Set<string>();
  const symbols = new Set<string>();
  for (const [sign, c] of Object.entries(PREFIXED)) if (c === code) prefixes.add(sign.trim());
  const sign = (symbolMap as Record<string, string>)[code];
  if (sign && sign !== code) {
    const sharedBy = Object.entries(symbolMap as Record<string, string>).filter(([k, s]) => s === sign && ISO_CODES.has(k)).length;
    const preferred = PREFERRED[sign];
    const usable = /[^A-Za-z]/.test(sign) || LETTER_SIGNS.has(sign);
    if (usable && ((sharedBy === 1 && !(sign in PREFERRED) && !(sign in PREFIXED)) || preferred === code) && !/^[¥￥]$/.test(sign)) {
      prefixes.add(sign);
      symbols.add(sign);
    }
  }
  if (!WORD_CODES.has(code)) prefixes.add(code);
  symbols.add(code);
  const lower = code.toLowerCase();
  // "AUD$", "mxn$": a dollar or peso code with the sign written after it.
  const dollar = /Dollar|Peso/.test(name);
  if (MAJOR_CODES.has(lower) && dollar) prefixes.add(`${code}$`);
  if (LOWER_CODES.has(lower)) {
    symbols.add(lower);
    prefixes.add(lower);
    if (dollar) prefixes.add(`${lower}$`);
  }
  return { prefixes: [...prefixes], symbols: [...symbols] };
}

export const CURRENCIES: CurrencySpec[] = ISO.map((c) => {
  const name = c.currency.trim();
  const words = new Set<string>(EXTRA_NAMES[c.code] ?? []);
  if (!NAME_IS_A_WORD.has(name.toLowerCase())) words.add(name);
  return { code: c.code, name, ...symbolsOf(c.code, name), words: [...words] };
});

/** RMB is not an ISO code but is how the renminbi is often written. */
CURRENCIES.find((c) => c.code === 'CNY')!.symbols.push('RMB', 'rmb', 'Rmb', '元');
CURRENCIES.find((c) => c.code === 'JPY')!.symbols.push('円');

/** The sign a statement writes an amount with ("US$244.8 billion"); other currencies by code. */
export const DISPLAY_SIGNS: Record<string, string> = { USD: 'US$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** Forms whose currency depends on the sentence. */
export const CONTEXT_PREFIXES: Record<string, ContextForm> = { '¥': 'yen-or-yuan', '￥': 'yen-or-yuan' };
export const CONTEXT_SYMBOLS: Record<string, ContextForm> = { '¥': 'yen-or-yuan', '￥': 'yen-or-yuan', p: 'pence' };
export const CONTEXT_WORDS: Record<string, ContextForm> = {
  pound: 'pound',
  pounds: 'pound',
  cent: 'cent',
  cents: 'cent',
  penny: 'penny',
  pennies: 'penny',
  pence: 'pence',
  dime: 'dime',
  dimes: 'dime',
};

const CHINA = /\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Beijing|Shanghai|Shenzhen|PBOC|PBoC)\b/i;
const STERLING = /£|\b(?:sterling|GBP|Bank of England|Britain|British|UK|U\.K\.|England|English|London|Scotland|Scottish|Wales|Welsh|Premier League)\b/;
const MONEY_CUES =
  /\b(?:paid|pay|pays|paying|cost|costs|costing|price[sd]?|worth|fined?|salary|salaries|budget|fund(?:s|ing|ed)?|spen[dt]|spending|bought|buy|sold|sell|revenue|profits?|loss(?:es)?|wages?|tax(?:es)?|bills?|fees?|invest(?:ed|ment)?|deal|sum|raised?|loans?|debts?|bonus|award(?:ed)?|compensation|donat\w*|prize|earn\w*|income|contract|valued|value|bid|offer|afford|grant|bailout|subsid\w*|receiv\w*|won|wins?|winning|winners?|pocket\w*|cheques?|purse)\b/i;
const WEIGHT_CUES =
  /\b(?:weigh\w*|heav\w*|light(?:er)?|kg|kilos?|kilograms?|lbs?|ounces?|body|baby|babies|obese|pregnan\w*|gain(?:ed)?|lost|lose|fish|catch|beef|meat|bags?|sacks?|load|cargo|payload|lift(?:ed)?|bench)\b/i;

// The countries whose money English calls "crowns" ("kroner", "krone"): named, described or by their capital.
const CROWN_COUNTRIES: ReadonlyArray<[string, RegExp]> = [
  ['NOK', /\b(?:Norway|Norwegian|Oslo|Norges\s+Bank)\b/g],
  ['SEK', /\b(?:Sweden|Swedish|Stockholm|Riksbank)\b/g],
  ['DKK', /\b(?:Denmark|Danish|Copenhagen)\b/g],
  ['CZK', /\b(?:Czechia|Czech|Prague)\b/g],
  ['ISK', /\b(?:Iceland|Icelandic|Reykjavik)\b/g],
];

/**
 * Which crown a text's "crowns" or "kroner" are: the currency of the country it names most often among those that
 * count in crowns (the first named on a tie), or null when it names none of them — then the word is not read as money.
 */
export function crownOf(text: string): string | null {
  let best: { code: string; n: number; at: number } | null = null;
  for (const [code, names] of CROWN_COUNTRIES) {
    const found = [...text.matchAll(names)];
    if (found.length === 0) continue;
    const at = found[0]!.index;
    if (!best || found.length > best.n || (found.length === best.n && at < best.at)) best = { code, n: found.length, at };
  }
  return best?.code ?? null;
}

/** A text that writes £ or names sterling or Britain: its "pounds" are money unless a sentence speaks of weight. */
export function writesSterling(text: string): boolean {
  return STERLING.test(text);
}

/** Whether "pounds" read as weight in `sentence` could only be so for want of a money cue (no word of weight in it). */
export function poundsUncued(sentence: string): boolean {
  return !WEIGHT_CUES.test(sentence);
}

/** What an ambiguous form means in this sentence: a currency code, or a mass unit. */
export function resolveContext(form: ContextForm, sentence: string, after: string): string {
  switch (form) {
    case 'yen-or-yuan':
      return CHINA.test(sentence) ? 'CNY' : 'JPY';
    case 'pound':
      if (/^\s?(?:of|in weight)\b/i.test(after)) return 'lb';
      if (STERLING.test(sentence)) return 'GBP';
      if (WEIGHT_CUES.test(sentence)) return 'lb';
      return MONEY_CUES.test(sentence) ? 'GBP' : 'lb';
    case 'cent':
      return /€|\beuros?\b|\bEUR\b/.test(sentence) ? 'EUR' : 'USD';
    case 'penny':
      return STERLING.test(sentence) ? 'GBP' : 'USD';
    case 'pence':
      return 'GBP';
    case 'dime':
      return 'USD';
  }
}

/** How many of the currency a context form is worth: a cent or a penny is a hundredth. */
export function contextMultiplier(form: ContextForm): number {
  return form === 'dime' ? 0.1 : form === 'cent' || form === 'penny' || form === 'pence' ? 0.01 : 1;
}
