/**
 * The terms a figure is stated in, beyond what is measured of whom: the currency or price basis
 * ("in yuan terms", "price-adjusted"), the adjustments made ("calendar-adjusted"), what a change
 * is measured against ("quarter-on-quarter", "0.7 % above 2019"), whether the figure is a
 * revision of an earlier estimate or the superseded estimate itself, and the time unit a rate is
 * given per ("186,000 a month"). Two figures that differ in any of these are different statements.
 *
 * Parts are read from the words first (`readBasis`), then settled once the figure's period is
 * known (`settleBasis`): "compared with 2022" is the default comparison of a 2023 figure, and
 * "a month" over a single month adds nothing. What the lexicon calls a measure's default basis
 * (GDP growth is price-adjusted) is dropped too, so stating the default and leaving it unsaid meet.
 */
import { ANNUAL_RATE_AFTER, AT_ANNUAL_RATE } from './change-at-rate.js';
import { CHANGE_NOUNS, LEVEL_LEAD } from './level-of-time.js';
import { z } from 'zod';
import facetData from '../lexicon/facets.json' with { type: 'json' };
import { entities } from '../lexicon/entities.js';
import { measures, type StatType } from '../lexicon/measures.js';
import type { Proposition } from './types.js';
import { quickEdges } from './word-edges.js';

const BasisDefaultSchema = z.strictObject({
  basis: z.string().regex(/^[a-z-]+$/),
  /** The measures the default holds for; all when absent. */
  measures: z.array(z.string()).optional(),
  statTypes: z.array(z.string()).optional(),
  /** Only for periods shorter than a year (months and quarters are reported adjusted). */
  subYear: z.boolean().optional(),
});
const BASIS_DEFAULTS = z.strictObject({ about: z.string(), defaults: z.array(BasisDefaultSchema) }).parse(facetData.bases).defaults;

export interface FigureAt {
  start: number;
  end: number;
  numberStart: number;
  unitKind: string;
}

const HEDGE = String.raw`(?:an estimated\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more than\s+|a seasonally adjusted\s+|a net\s+)?`;

// ("In US dollars, second-quarter revenue was $13.29 billion, which increased 28.0 percent": a sentence that opens by
// naming its currency states its changes in it, as "in dollar terms" does.)
const CURRENCY =
  /\b(?:in\s+(yuan|renminbi|rmb|dollar|us dollar|u\.s\. dollar|euro|rouble|ruble|rupee|sterling|pound|yen|local currency)\s+terms|(yuan|renminbi|dollar|euro|rouble|ruble|rupee|yen)-denominated)\b|^\s*in\s+(yuan|renminbi|dollars|us dollars|u\.s\. dollars|euros|roubles|rubles|rupees|sterling|pounds|yen|local currency)\s*,/i;
// Where the currency a sentence opens with stops holding: "…; in constant currency, revenue rose 2%", "but in euros it fell 1%".
const OPENER_ENDS = /;|\b(?:constant|local)\s+currenc|\bin\s+(?:yuan|renminbi|dollars|us dollars|euros|roubles|rubles|rupees|sterling|pounds|yen)\b/i;
const CURRENCY_CODES: Record<string, string> = {
  yuan: 'CNY',
  renminbi: 'CNY',
  rmb: 'CNY',
  dollar: 'USD',
  'us dollar': 'USD',
  'u.s. dollar': 'USD',
  euro: 'EUR',
  rouble: 'RUB',
  ruble: 'RUB',
  rupee: 'INR',
  sterling: 'GBP',
  pound: 'GBP',
  yen: 'JPY',
  'local currency': 'local-currency',
};
const REAL =
  /\b(?:in\s+real\s+terms|real\s+(?:gdp|gross|growth|output|economic|income|disposable|wages|earnings|spending|consumption|exports|imports|investment|terms)|price[- ]adjusted|inflation[- ]adjusted|adjusted\s+for\s+(?:inflation|prices?)|(?:at|in)\s+constant\s+prices|after\s+adjust\w*\s+for\s+(?:inflation|prices?))\b|\badjust\w*\s+for\s+price\b/i;
const NOMINAL = /\b(?:in\s+nominal\s+terms|nominal|(?:at|in)\s+current\s+prices|not\s+adjusted\s+for\s+inflation)\b/i;
const CALENDAR = quickEdges(/\bcalendar[- ]adjusted\b|\badjust\w*\s+(?:for\s+)?(?:[\p{L}]+,?\s+){0,3}(?:and\s+)?calendar\b|\bcalendar\s+effects\b/iu);
const SEASONAL = quickEdges(/\bseasonally[- ]adjusted\b|\badjust\w*\s+(?:for\s+)?(?:[\p{L}]+,?\s+){0,3}(?:and\s+)?seasonal\b/iu);
// ("up 21 percent at constant exchange rates and 16 percent at current exchange rates", "an 18% rise at CER", "in constant
// currency", "currency-neutral"): a change with the moves of exchange rates taken out, another figure than the one reported.
const CONSTANT_CURRENCY =
  /\b(?:(?:at|in|on\s+an?)\s+constant[- ](?:currenc(?:y|ies)|exchange[- ]rates?|FX)(?:\s+basis)?|constant[- ]currency|currency[- ](?:neutral|adjusted)|excluding\s+(?:the\s+)?(?:(?:impact|effects?)\s+of\s+)?(?:foreign[- ]exchange|foreign\s+currenc(?:y|ies)|currenc(?:y|ies)|exchange[- ]rates?|FX)(?:\s+(?:movements|fluctuations|changes|effects?|impacts?|translation))?)\b|\bat\s+CER\b|\(CER\)/i;
// Right after the figure, at most three words between and no conjunction ("an 18% rise at CER"), or closing the figure's
// clause after a comma ("2.9% in 2023, excluding foreign exchange effects."), and not a phrase of its own ("excluding the impact of exchange rates on inflation expectations").
const WORD_NOT_A_CONJUNCTION = String.raw`(?!(?:and|or|but|while|whereas|although|though|which|that|adding|said)\b)[\p{L}\d]+`;
const CONSTANT_CURRENCY_AFTER = new RegExp(
  String.raw`^[\s(]*,?\s*(?:${WORD_NOT_A_CONJUNCTION}\s+){0,3}?(?:${CONSTANT_CURRENCY.source})(?!\s+(?:on|for)\b)` +
    String.raw`|^[\s(]*(?:${WORD_NOT_A_CONJUNCTION}\s+){0,2}[\p{L}\d]+,\s*(?:${CONSTANT_CURRENCY.source})[\s)]*(?:[.;,)]|$)`,
  'iu',
);
// Where the sentence opens with them and a comma ("At constant exchange rates, sales grew 6%"), up to a clause that turns
// elsewhere (", while in euro terms …", ", sending the shares up 4%").
const CONSTANT_CURRENCY_OPENER = new RegExp(`^[^\\p{L}\\d]*(?:${CONSTANT_CURRENCY.source})\\s*,`, 'iu');
const CONSTANT_CURRENCY_ANYWHERE = new RegExp(
  `(?:${CONSTANT_CURRENCY.source})(?!\\s+(?:on|for)\\b)(?![\\s-]+(?:sales|growth|revenues?|guidance|targets?|pricing|policy|basis|terms)\\b)`,
  'iu',
);
const CLAUSE_TURNS = /;|,\s+(?:while|whereas|but|although|though|and)\b|,\s+\p{L}+ing\b/u;
const UNADJUSTED = /\b(?:not\s+(?:seasonally|calendar)[- ]adjusted|unadjusted|before\s+adjustment)\b/i;

// What a change is measured against.
// ("a quarterly decrease of 0.5 %": the change over one quarter, against the one before.)
// ("compared with the previous three months", "on a quarterly basis", "over the quarter": the quarter before, in other words;
// "rose 0.5 % over the month" is on the month before.)
const QOQ =
  /\b(?:quarter[- ](?:on|over)[- ]quarter|q\/q|qoq|on the quarter|sequentially|on\s+a\s+quarterly\s+basis|quarterly\s+(?:decreas|declin|drop|fall|contraction|increas|rise|gain|expansion)\w*)\b|\b(?:from|than|compared\s+(?:with|to)|against|over|versus|vs\.?|relative\s+to|on)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+quarter\b(?!\s+of\b)(?!['’]s?\s)|\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to)\s+(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:three|3)[- ]months?(?:\s+period)?\b|\bover\s+the\s+quarter\b(?!\s+(?:of|to|through|ended|ending)\b)/i;
// ("-0.1% mom", "0.2% MoM": the statistics desks' short form, only right after the figure and as written, where it cannot be a
// mother — not "Mom said", "mom-and-pop", "mom-owned".)
const MOM_SHORT = /^\s*(?:mom|MoM|MOM|m-o-m)(?![-\w])/;
const MOM =
  /\b(?:month[- ](?:on|over)[- ]month|m\/m|on the month|on\s+a\s+monthly\s+basis|(?:over|in)\s+the\s+month(?!\s+(?:of|before|earlier|to|through|ended|ending)\b))\b|\b(?:from|than|compared\s+(?:with|to)|against|over|versus|vs\.?|relative\s+to|on)\s+(?:in\s+)?(?:the\s+)?(?:previous|prior|preceding|last)\s+month\b(?!['’]s?\s)/i;
const YOY =
  /\b(?:on\s+a\s+(?:yearly|year-on-year|year-over-year)\s+basis|(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:year|12\s+months|twelve\s+months)|over\s+the\s+year\b(?!\s+(?:of|before|earlier)\b)|(?<=^\s*|(?:%|per\s*cent|percent)\s+)through\s+the\s+year\b(?!['’]s|\s+(?:of|before|earlier)\b)|(?:in\s+)?the\s+(?:12|twelve)\s+months\s+(?:to|through|ending|ended)|year[- ](?:on|over)[- ]year|y\/y|yoy|y-o-y|on[- ]year|on the year|(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:from|than|over|on|versus|vs\.?)\s+year[- ]ago(?!\s+(?:quarter|period|month|level))|the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before|(?:from|than|over|versus|vs\.?|compared\s+(?:with|to))\s+last\s+year(?:(?!['’])|['’]s(?!\s+(?:peak|high|low|record|levels?|average|total|full[- ]year|annual)\b))|(?:the\s+)?(?:same|corresponding)\s+(?:period|quarter|month)\s+(?:of\s+|in\s+|a\s+)?(?:the\s+)?(?:previous|prior|last|a)?\s*year(?:\s+(?:earlier|ago|before))?)\b/i;
// "an annual increase of 3.1 %", "a 3.1 % yearly rise": a change named annual right at the figure is on the same period a year
// before (not an average over years: "average annual growth").
const ANNUAL_CHANGE_BEFORE =
  /(?<!\b(?:average|compound(?:ed)?|mean)\s+)\b(?:annual|yearly)\s+(?:growth|increase|rise|gain|decline|decrease|drop|fall|change|contraction|expansion)\s+(?:rate\s+)?(?:of\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+)?$/i;
const ANNUAL_CHANGE_AFTER = /^\s*(?:annual|yearly)\s+(?:growth|increase|rise|gain|decline|decrease|drop|fall|change|contraction|expansion)\b/i;
const ANNUALIZED = /\bannuali[sz]ed\b/i;
// "On an annual basis, GDP fell by 2.0 percent … after 0.4 percent in the previous three months": a quarter's change
// stated at a yearly rate, whatever comparison the words after it name.
const ON_AN_ANNUAL_BASIS = /\bon\s+an\s+annuali?[sz]?e?d?\s+basis\b/i;
/**
 * "on an annual basis" unsaid whether annualised: a quarter's change at a yearly rate for most measures ("On an annual
 * basis, GDP fell by 2.0 percent"), the change on a year before for prices whose rate is that change ("On an annual
 * basis, consumer prices rose 2.4 %"). Settled by the measure (settleBasis).
 */
export const ANNUAL_BASIS = 'annual-basis';
const ANNUAL_BASIS_AFTER = new RegExp(String.raw`^\s*,?\s*${ON_AN_ANNUAL_BASIS.source.replace(/^\\b/, '')}`, 'i');
const annualBasisPart = (words: string) => (/annuali[sz]ed\s+basis/i.test(words) ? 'annualized' : ANNUAL_BASIS);
const REFERENCE_WORDS = String.raw`(?:${LEVEL_LEAD}|(?:than(?:\s+in)?|compared\s+(?:with|to)(?:\s+(?:that\s+of|the\s+level\s+(?:of|in)))?|from(?:\s+(?:the\s+level\s+of|that\s+of))?|against|versus|vs\.?|relative\s+to|above|below|on)\s+)`;
const YEAR_REFERENCE = new RegExp(
  String.raw`\b${REFERENCE_WORDS}(?:(?:the|its|their)\s+)?(?:(?:pre-pandemic|pre-covid)\s+)?(?:levels?\s+(?:of|in)\s+|(?:same|corresponding)\s+(?:period|quarter|month)\s+(?:of|in)\s+)?((?:19|20)\d{2})\b(?![-–/]\d)(?!\s*(?:to|through|until|and)\s+(?:19|20)?\d{2})`,
  'i',
);
// "an increase of 8 percent over 2019", "a 126 percent increase over 2022": a year a change is set over (read as its base only
// where the figure is of another year; see settleBasis).
const YEAR_OVER = new RegExp(
  String.raw`(?:^\s*|\b(?:${CHANGE_NOUNS})s?\s+)over\s+((?:19|20)\d{2})\b(?![-–/]\d)(?!\s+(?:so\s+far|thus\s+far|to\s+date)\b)`,
  'i',
);
// "a 265 % rise over the same period in 2022": the same stretch of an earlier year, whatever calendar numbers the period.
const SAME_SPAN_OF_YEAR = /\bover\s+the\s+(?:same|corresponding)\s+(?:period|quarter|month|months|weeks?)\s+(?:of|in)\s+((?:19|20)\d{2})\b(?![-–/]\d)/i;
const QUARTER_REFERENCE = new RegExp(
  String.raw`\b${REFERENCE_WORDS}(?:in\s+)?(?:the\s+)?(?:(first|second|third|fourth|(?:last|final)(?=\s+quarter\s+of\s+(?:19|20)\d{2}))\s+quarter|Q([1-4]))(?:\s+(?:of\s+)?((?:19|20)\d{2}))?\b`,
  'i',
);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_REFERENCE = new RegExp(
  String.raw`\b(?:${LEVEL_LEAD}|(?:from|than(?:\s+in)?|compared\s+(?:with|to)|over|versus|vs\.?|relative\s+to)\s+(?:in\s+)?(?:last\s+)?|(?:above|below)\s+(?:(?:the|its|their)\s+)?(?=[a-z]+\s+(?:19|20)\d{2}\s+levels?\b))(${MONTHS.join('|')})(?:['’]s)?(?:\s+((?:19|20)\d{2}))?\b`,
  'i',
);
const MONTH_NAME = new RegExp(MONTHS.join('|'), 'i');
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: 4, final: 4 };

// A revision states how far an estimate moved, not the estimate.
const REVISION_BEFORE = quickEdges(
  new RegExp(
    String.raw`(?:\b(?:revis(?:ed|es|ing|ions?)|(?:under|over)-?estimat(?:ed|es|ing))\b(?:\s+(?:up|down)(?:wards?)?)?(?:\s+[\p{L}\p{N}-]+){0,6}?\s+by\s+${HEDGE}$|\b(?:(?:up|down)ward(?:ly)?)\s+revis\w*\s+(?:of\s+|by\s+)${HEDGE}$|\brevisions?\s+(?:of\s+|totall?ing\s+|amounting\s+to\s+)${HEDGE}$|\brevisions?\b[^.;\d]{0,80}\b(?:reduced|cut|lowered|raised|increased|added|subtracted|trimmed|shaved|lifted|pared|knocked)\b[^.;\d]{0,40}\bby\s+${HEDGE}$)`,
    'iu',
  ),
);
const REVISION_AFTER = quickEdges(
  /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:fewer|more|less|lower|higher|below|above)\b[^.;]{0,60}?\bthan\s+(?:(?:previously|initially|originally|first|earlier)\s+(?:reported|estimated|thought|indicated|stated|published|announced|believed|counted)|(?:the\s+)?(?:previous|prior|initial|original|earlier|first|preliminary)\s+(?:estimate|figure|reading|count|report|tally)s?)\b/iu,
);
// The estimate a revision replaced: "revised down from 2.9 million", "the prior figure of 2.90 million", "the initial average of 242,000",
// "originally estimated the figure for the year at 740,000".
// The forecast a new one replaced: "after it lowered forecasts from 185 million", "raised its guidance for the year from $4 billion".
const RECAST = String.raw`(?:lower(?:ed|s|ing)?|cut(?:s|ting)?|rais(?:ed|es|ing)|trimm(?:ed|ing)|trims?|reduc(?:ed|es|ing)|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing)|lift(?:ed|s|ing)?|slash(?:ed|es|ing)?|revis\w*)`;
const RECAST_FORECAST = String.raw`(?:forecasts?|guidance|targets?|outlook|estimates?|projections?|expectations?)`;
const RECAST_FROM = quickEdges(
  new RegExp(
    String.raw`\b${RECAST}\s+(?:(?:its|their|the|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?${RECAST_FORECAST}\s+(?:(?:up|down)(?:wards?)?\s+)?(?:for\s+[^,;.]{0,40}?\s+)?from\s+${HEDGE}$`,
    'iu',
  ),
);
const RECAST_WORDS = quickEdges(new RegExp(String.raw`\b${RECAST}\s+(?:[\p{L}-]+\s+){0,3}?${RECAST_FORECAST}\b`, 'iu'));
// ("revised its GDP forecast for Canada to 1.5 %": a forecast revised to a figure is the forecast now held, which other
// sources' "now expects 1.5 %" states too; a revised estimate of a past figure is a vintage of its own.)
const FORECAST_REVISED = quickEdges(
  /\b(?:revis\w*|rais(?:ed|es|ing)|lower(?:ed|s|ing)?|cut(?:s|ting)?|upgrad(?:ed|es|ing)|downgrad(?:ed|es|ing))\s+(?:[\p{L}-]+\s+){0,3}?(?:forecasts?|outlook|projections?|guidance|expectations?)\b/iu,
);
// "almost double their January forecast of 0.8 %", "up from the 0.8 % increase it had forecast in January": a forecast made
// earlier, which the one now held replaces.
const EARLIER_FORECAST_BEFORE = quickEdges(
  new RegExp(
    String.raw`\b(?:its|their|the|an?)\s+(?:(?:${MONTHS.join('|')})|earlier|previous|prior|last|old|original)\s+(?:forecasts?|projections?|outlook|estimates?|predictions?)\s+(?:for\s+[^,;.]{0,30}?\s+)?(?:of|at|was|had\s+been)\s+${HEDGE}$`,
    'iu',
  ),
);
// (Whether a sentence names a forecast made earlier at all: the two patterns above run only where it does.)
const EARLIER_FORECAST_WORDS = new RegExp(
  String.raw`\bhad\s+(?:forecast|projected|predicted|expected|estimated)\b|(?:${MONTHS.join('|')}|earlier|old)\s+(?:forecast|projection|outlook|estimate|prediction)`,
  'i',
);
const EARLIER_FORECAST_AFTER = quickEdges(
  new RegExp(
    String.raw`^\S*\s+(?:[\p{L}-]+\s+){0,3}?(?:it|they|the\s+bank|the\s+central\s+bank)\s+had\s+(?:forecast|projected|predicted|expected|estimated)(?:\s+(?:in|back\s+in|for)\s+(?:${MONTHS.join('|')}))?\b`,
    'iu',
  ),
);
// "revised first-quarter GDP growth to 1.6 %", "was revised up to 256,000": the estimate a revision moved to ("this revised
// figure averages out to" is no verb of revision).
const REVISED_TO =
  /(?<!\b(?:this|the|a|an|its|their|these|those)\s+)\brevis(?:ed|es|ing)\s+(?:(?:up|down)(?:wards?|wardly)?\s+)?(?:(?!(?:after|as|when|while|because|since|and|but|fell|rose|jumped|climbed|dropped|grew|increased|decreased|declined|slipped|surged|came|was|were)\b)[\p{L}\p{N}'’-]+\s+){0,6}?to\s+(?:an?\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$/iu;
const SUPERSEDED_BEFORE = quickEdges(
  new RegExp(
    String.raw`(?:\brevis\w*\s+(?:(?:up|down)(?:wards?|wardly)?\s+)?from\s+${HEDGE}$|\b(?:from|of|than)\s+(?:the\s+|an?\s+|its\s+)?(?:prior|previous|initial|original|earlier|first|second|third|preliminary|advance|flash|provisional|unrevised|previously\s+reported|initially\s+reported|originally\s+reported)\s+(?!(?:month|quarter|year|week|day|period|session|meeting|reading)s?\b)(?:[\p{L}-]+\s+){0,2}?(?:of\s+)?${HEDGE}$|\b(?:originally|initially|previously|first|earlier)\s+(?:estimated|reported|put|calculated|published|forecast|projected|predicted)\b[^.;]{0,80}?\s(?:at|as)\s+${HEDGE}$|\b(?:the|its|their)\s+(?:(?:prior|previous|earlier|original)\s+estimates?\s+(?:for\s+[^,;.]{0,40}?\s+)?(?:had\s+been|was|were|stood\s+at|of)|(?:initial|first|preliminary|provisional)\s+estimates?\s+(?:for\s+[^,;.]{0,40}?\s+)?had\s+been)\s+${HEDGE}$)`,
    'iu',
  ),
);

// The time unit a rate is given per: "186,000 a month", "averaged 57,000 new jobs a month", "$2 billion per year".
const PER_AFTER = quickEdges(
  /^\s*(?:\([^)]*\)\s*)?(?:[\p{L}-]+\s+){0,3}?(?<!\b(?:in|within|over|for|than|from|since|last|next|this|that|the|of|by|to)\s)(?:a|an|per|each|every)\s+(month|year|week|day|quarter)\b(?![-‑])(?!\s+(?:earlier|ago|before|later|after|prior|previously|on|to|from|and\s+a\s+half))|^\s*(?:[\p{L}-]+\s+){0,2}?(monthly|annually|yearly|weekly|daily|per\s+annum)\b/iu,
);
const PER_BEFORE = quickEdges(
  /\b(?:(?:average|mean)\s+(monthly|annual|yearly|weekly|daily|quarterly)|(monthly|annual|yearly|weekly|daily|quarterly)\s+average|(monthly|weekly|daily)\s+(?:[\p{L}-]+\s+){0,2}?(?:gains?|increases?|decreases?|declines?|growth|pace|rate|rise|additions?|losses|loss|change))\b[^\d.;]{0,30}$/iu,
);
// Units that are themselves a rate per day, written right after the number: barrels (of oil equivalent) a day.
const BARRELS_A_DAY = /^[\d.,]+\s*(?:(?:thousand|million|billion|mn|m|k)\b\s*)?(?:bpd|b\/d|bbl\/d|bopd|boe\/d|boepd|mb\/d|kb\/d|mbpd)(?![\p{L}\d])/iu;
const PER_HINT_AFTER = /\b(?:a|an|per|each|every)\s+(?:month|year|week|day|quarter)|monthly|annually|yearly|weekly|daily|per\s+annum/i;
const PER_HINT_BEFORE = /monthly|annual|yearly|weekly|daily|quarterly/i;
const TIME_UNIT: Record<string, string> = {
  month: 'per-month',
  monthly: 'per-month',
  year: 'per-year',
  annual: 'per-year',
  annually: 'per-year',
  yearly: 'per-year',
  'per annum': 'per-year',
  week: 'per-week',
  weekly: 'per-week',
  day: 'per-day',
  daily: 'per-day',
  quarter: 'per-quarter',
  quarterly: 'per-quarter',
};

/** Basis parts read from the words; `ref:` parts wait for the period to be settled. */
export interface BasisReading {
  parts: string[];
  /** The time unit a rate is per ("per-month"), a facet of the measure. */
  per: string | null;
}

/** What a sentence holds, read once for all its figures. */
interface SentenceFacts {
  sentence: string;
  /** The sentence with its years masked: years are not figures. */
  masked: string;
  currency: RegExpExecArray | null;
  real: boolean;
  nominal: boolean;
  adjusted: boolean;
  constantCurrency: boolean;
  revised: boolean;
  perTime: boolean;
  annualized: boolean;
}

let lastFacts: SentenceFacts | null = null;

function factsOf(sentence: string): SentenceFacts {
  if (lastFacts?.sentence === sentence) return lastFacts;
  lastFacts = {
    sentence,
    // (So are the digits of a name, "Covid-19", "G-20".)
    masked: sentence.replace(/\b(?:19|20)\d{2}\b/g, 'yyyy').replace(/(?<=\p{L}-)\d+/gu, (d) => 'n'.repeat(d.length)),
    currency: CURRENCY.exec(sentence),
    real: REAL.test(sentence),
    nominal: NOMINAL.test(sentence),
    adjusted: /adjust|calendar|seasonal/i.test(sentence),
    constantCurrency: CONSTANT_CURRENCY.test(sentence),
    revised:
      RECAST_WORDS.test(sentence) ||
      EARLIER_FORECAST_WORDS.test(sentence) ||
      /revis|(?:under|over)-?estimat|\bearlier\s+(?:estimated|forecast|projected|predicted|put)\b|than\s+(?:previously|initially|originally|first|earlier|the\s+(?:previous|prior|initial|original|earlier|first|preliminary))|prior|previous|initial|original|preliminary/i.test(
        sentence,
      ),
    perTime: /month|year|week|day|quarter|annual|daily|per annum|bpd|b\/d|bbl\/d|bopd|boepd|mbpd/i.test(sentence),
    annualized: /annuali/i.test(sentence),
  };
  return lastFacts;
}

function clauseAround(facts: SentenceFacts, figure: FigureAt): { before: string; after: string; ownClause: boolean } {
  // The figure's own words: back to the previous figure or clause stop, on to the next figure.
  const { sentence, masked } = facts;
  let cut = 0;
  for (let i = figure.start - 1; i >= 0; i--) {
    const ch = masked.charCodeAt(i);
    if ((ch >= 48 && ch <= 57) || ch === 59) {
      cut = i + 1;
      break;
    }
  }
  // "shrank 0.3 percent sequentially, in contrast to the 1.8 percent …": words between an earlier figure and
  // the next comma qualify that figure, not this one.
  const afterEarlier = sentence.slice(cut, figure.start);
  const comma = cut > 0 ? afterEarlier.search(/,\s/) : -1;
  const before = comma >= 0 ? afterEarlier.slice(comma + 1) : afterEarlier;
  const rest = masked.slice(figure.end, figure.end + 200);
  // (The digit of a quarter or half written short, "from Q3", is no figure.)
  const stop = rest.search(/;|,\s+(?:while|whereas|but|although|though)\s|(?<!\b[QH])\d/);
  return { before, after: sentence.slice(figure.end, stop < 0 ? figure.end + rest.length : figure.end + stop), ownClause: cut === 0 || comma >= 0 };
}

/**
 * Whether the terms are said in `before` and hold up to the figure: "At constant exchange rates, sales grew 6 %" (where the
 * sentence opens), "…, and excluding the impact of currency movements they grew 12 %" (in the figure's own clause).
 */
function saidAndHeld(terms: RegExp, before: string): boolean {
  const said = terms.exec(before);
  return said !== null && !CLAUSE_TURNS.test(before.slice(said.index + said[0].length));
}

export function readBasis(sentence: string, figure: FigureAt, statType: StatType): BasisReading {
  const parts = new Set<string>();
  const facts = factsOf(sentence);
  const { before, after, ownClause } = clauseAround(facts, figure);
  const near = `${before} ${after}`;
  const isRelative =
    statType === 'change' || statType === 'share' || statType === 'rate' || figure.unitKind === 'percent' || figure.unitKind === 'percent_point';
  // Currency terms belong to relative figures: a sum in dollars is already in dollars.
  if (isRelative && facts.currency) {
    const opener = facts.currency[3] !== undefined && !OPENER_ENDS.test(sentence.slice(facts.currency[0].length, figure.start)) ? facts.currency : null;
    const m = CURRENCY.exec(near) ?? (facts.currency[3] === undefined ? facts.currency : opener);
    const word = m && (m[1] ?? m[2] ?? m[3])?.toLowerCase().replace(/(?<=dollar|euro|rouble|ruble|rupee|pound)s$/, '');
    if (word && CURRENCY_CODES[word]) parts.add(CURRENCY_CODES[word]!);
  }
  // "price-adjusted GDP in 2023 was 0.3 % lower": the adjective may sit before an earlier year in the sentence.
  // A level in money is in the money of its time unless its own words say otherwise; "in real terms" elsewhere in the sentence qualifies the change.
  // (Only a sum of money or a relative figure can be either: "sectors that saw nominal growth included construction (25,000
  // jobs)" says the growth was small.)
  const inMoney = figure.unitKind === 'money' || isRelative;
  if (inMoney && facts.nominal && NOMINAL.test(near)) parts.add('nominal');
  else if (inMoney && facts.real && (REAL.test(near) || (isRelative && !facts.nominal))) parts.add('real');
  // (Said after the figure, or once where the sentence opens: "at constant exchange rates" right after an earlier figure is that one's.)
  if (
    isRelative &&
    facts.constantCurrency &&
    (CONSTANT_CURRENCY_AFTER.test(after) ||
      saidAndHeld(CONSTANT_CURRENCY_OPENER, sentence.slice(0, figure.start)) ||
      (ownClause && saidAndHeld(CONSTANT_CURRENCY_ANYWHERE, before)))
  )
    parts.add('constant-currency');
  if (facts.adjusted) {
    if (UNADJUSTED.test(near)) parts.add('unadjusted');
    else {
      if (CALENDAR.test(near)) parts.add('calendar-adjusted');
      if (SEASONAL.test(near)) parts.add('seasonally-adjusted');
    }
  }
  if (facts.revised) {
    const revisedBefore = /revis|(?:under|over)-?estimat/i.test(before);
    if ((revisedBefore && REVISION_BEFORE.test(before)) || REVISION_AFTER.test(sentence.slice(figure.start, figure.start + 160).replace(/^\S+/, '')))
      parts.add('revision');
    else if (
      (/revis|prior|previous|initial|original|earlier|first|preliminary|advance|flash|provisional/i.test(before) && SUPERSEDED_BEFORE.test(before)) ||
      RECAST_FROM.test(before) ||
      EARLIER_FORECAST_BEFORE.test(before) ||
      EARLIER_FORECAST_AFTER.test(sentence.slice(figure.start, figure.start + 80))
    )
      parts.add('previous-estimate');
    // ("revised first-quarter GDP growth to 1.6 %, up from 1.4 % in the prior reading": the new estimate, which other
    // sources' earlier readings do not dispute; the 1.4 % named after it is that earlier reading, and meets theirs as it is.)
    else if (revisedBefore && REVISED_TO.test(before) && !FORECAST_REVISED.test(before)) parts.add('revised-estimate');
  }
  if (statType === 'change' && !parts.has('revision')) {
    const stated = comparisonOf(after) ?? comparisonOf(before) ?? (ANNUAL_CHANGE_BEFORE.test(before) || ANNUAL_CHANGE_AFTER.test(after) ? 'yoy' : null);
    if (stated) parts.add(stated);
  }
  if ((facts.annualized && ANNUALIZED.test(near)) || (statType === 'change' && (AT_ANNUAL_RATE.test(before) || ANNUAL_RATE_AFTER.test(after))))
    parts.add('annualized');
  else if (statType === 'change' && ON_AN_ANNUAL_BASIS.test(before)) parts.add(annualBasisPart(before));
  else if (statType === 'change' && ANNUAL_BASIS_AFTER.test(after)) parts.add(annualBasisPart(after));
  // An annualised rate of a quarter is measured against the quarter before by definition: "from the previous quarter" adds nothing.
  if (parts.has('annualized')) parts.delete('qoq');
  if (!facts.perTime) return { parts: [...parts], per: null };
  // From the number on: a quote may already hold the words after it ("251,000 a" of "251,000 a month").
  const following = sentence.slice(figure.numberStart, figure.numberStart + 80);
  const perWord = PER_HINT_AFTER.test(following)
    ? PER_AFTER.exec(following.replace(/^[\d.,]+(?:\s*(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?/i, ''))
    : null;
  // ("daily average exports increased 8.2 % year over year to $2.53 billion": the level a change per time reached is per that
  // time too, though the change's figure stands between it and the words.)
  // (Years are masked: "increased 8.2 % in 2023 year over year to".)
  const changeEnd = /^\s*(?:%|per\s*cent|percent)[^\d.;]{0,40}\bto\s+$/i.test(facts.masked.slice(figure.start - before.length, figure.start))
    ? figure.start - before.length
    : -1;
  const changeStart = changeEnd > 0 ? sentence.slice(0, changeEnd).search(/[\d.,]*\d$/) : -1;
  const reachedFrom = changeStart > 0 ? sentence.slice(Math.max(0, changeStart - 80), changeStart) : null;
  const perBefore = PER_HINT_BEFORE.test(reachedFrom ?? before) ? PER_BEFORE.exec(reachedFrom ?? before) : null;
  // ("2.2 million bpd", "700,000 b/d": a unit that is itself a rate per day says so as "barrels per day" does.)
  const perDayUnit = BARRELS_A_DAY.test(following) ? 'day' : undefined;
  const unit = (perWord?.[1] ?? perWord?.[2] ?? perBefore?.[1] ?? perBefore?.[2] ?? perBefore?.[3] ?? perDayUnit)?.toLowerCase().replace(/\s+/g, ' ');
  return { parts: [...parts], per: unit ? (TIME_UNIT[unit] ?? null) : null };
}

function comparisonOf(words: string): string | null {
  // The comparison named nearest the figure wins: "than in 2019, the year before the pandemic" is against 2019.
  const found: Array<[number, string]> = [];
  const at = (re: RegExp, make: (m: RegExpExecArray) => string) => {
    const m = re.exec(words);
    if (m) found.push([m.index, make(m)]);
  };
  // Each pattern only where its key word is: most figures name no comparison at all.
  const quarter = /quarter|q\/q|qoq|sequential|(?:three|3)[- ]month|\bQ[1-4]\b/i.test(words);
  const month = /month|m\/m|\bmom\b|m-o-m/i.test(words);
  const year = /year|y\/y|yoy|y-o-y/i.test(words);
  if (quarter) at(QOQ, () => 'qoq');
  if (month) at(MOM, () => 'mom');
  if (month) at(MOM_SHORT, () => 'mom');
  if (year) at(YOY, () => 'yoy');
  // ("up 27 % from Q3": a quarter written short.)
  if (quarter) at(QUARTER_REFERENCE, (q) => `ref:q${q[1] ? ORDINAL_QUARTER[q[1].toLowerCase()] : q[2]}${q[3] ? `-${q[3]}` : ''}`);
  if (/(?:19|20)\d\d/.test(words)) {
    at(YEAR_REFERENCE, (y) => `ref:${y[1]}`);
    at(SAME_SPAN_OF_YEAR, (y) => `ref:same-${y[1]}`);
    at(YEAR_OVER, (y) => `ref:${y[1]}`);
  }
  if (MONTH_NAME.test(words)) at(MONTH_REFERENCE, (m) => `ref:m${MONTHS.indexOf(m[1]!.toLowerCase()) + 1}${m[2] ? `-${m[2]}` : ''}`);
  // ("shrank by 0.3 % in the final quarter compared with the previous period": the period before the figure's own.)
  if (/period/i.test(words)) at(PREVIOUS_PERIOD, () => SEQUENTIAL);
  found.sort((a, b) => a[0] - b[0]);
  return found[0]?.[1] ?? null;
}

/**
 * "On an annual basis, GDP fell by 2.0 percent, exceeding the forecast decline of 1.5 percent": a comparison set
 * before the sentence's first comma, ahead of any figure, frames every change of the sentence. Null when there is none.
 */
export function openingComparison(sentence: string): string | null {
  const comma = sentence.search(/,\s/);
  if (comma < 0 || comma > 80) return null;
  const opening = sentence.slice(0, comma);
  if (/\d/.test(opening.replace(/\b(?:19|20)\d{2}\b/g, ''))) return null;
  if (/^\s*annuali[sz]ed\s*$/i.test(opening)) return 'annualized';
  if (ON_AN_ANNUAL_BASIS.test(opening)) return annualBasisPart(opening);
  const stated = comparisonOf(opening);
  return stated && /^(?:qoq|mom|yoy)$/.test(stated) ? stated : null;
}

/** The basis part of a quarterly or monthly change that does not say what it is measured against: such a claim is never compared. */
export const UNSTATED_COMPARISON = 'comparison-unstated';
const COMPARISON = /^(?:qoq|mom|yoy|annualized|revision|previous-estimate|against-forecast|vs-.+)$/;
/** "rose by 10 cents to $35.69": a change stated with the level it reached runs from the level reported before. */
export const SEQUENTIAL = 'sequential';
const PREVIOUS_PERIOD = /\b(?:from|than|compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to|on)\s+(?:the\s+)?(?:previous|prior|preceding)\s+period\b/i;

interface PeriodLike {
  start: string | null;
  end: string | null;
  label?: string;
}

type Span = 'year' | 'quarter' | 'month' | 'part-year' | 'other';

// The last day of month `m` (1–12) of year `y`: by table for the years and months texts name, else as the calendar counts
// (`Date.UTC` reads years 0–99 as 1900–1999).
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (y: number, m: number) =>
  Number.isInteger(y) && y >= 100 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12
    ? m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)
      ? 29
      : DAYS_IN_MONTH[m - 1]!
    : new Date(Date.UTC(y, m, 0)).getUTCDate();
const isoDay = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * A 52/53-week fiscal period ("2023-10-30..2024-01-28", closing on the last Sunday of a month) read as the months it stands
 * for: November to January. Each end lies within the last week of a month.
 */
function asFiscalMonths(period: PeriodLike): PeriodLike {
  if (!period.start || !period.end) return period;
  // (A part the date lacks is NaN, where reading the parts as a tuple gave undefined: every test below reads both alike.)
  const starts = period.start.split('-');
  const ends = period.end.split('-');
  const ys = Number(starts[0]);
  const ms = Number(starts[1]);
  const ds = Number(starts[2]);
  const ye = Number(ends[0]);
  const me = Number(ends[1]);
  const de = Number(ends[2]);
  const startLate = ds !== 1 && ds > daysIn(ys, ms) - 6;
  const endEarly = de !== daysIn(ye, me) && de > daysIn(ye, me) - 7;
  if (!startLate && !endEarly) return period;
  if ((!startLate && ds !== 1) || (!endEarly && de !== daysIn(ye, me))) return period;
  const [sy, sm] = startLate ? (ms === 12 ? [ys + 1, 1] : [ys, ms + 1]) : [ys, ms];
  return { ...period, start: isoDay(sy, sm, 1), end: isoDay(ye, me, daysIn(ye, me)) };
}

/** How long a period is, as the comparisons of its changes go: a year, a quarter (calendar or fiscal), a month. */
export function spanOf(given: PeriodLike): { span: Span; year: number; quarter: number; month: number } {
  const none = { span: 'other' as Span, year: 0, quarter: 0, month: 0 };
  const period = asFiscalMonths(given);
  if (!period.start || !period.end) return none;
  const ys = +period.start.slice(0, 4);
  const ms = +period.start.slice(5, 7);
  const ds = +period.start.slice(8, 10);
  const ye = +period.end.slice(0, 4);
  const me = +period.end.slice(5, 7);
  if (ds !== 1) return none;
  const months = (ye - ys) * 12 + (me - ms) + 1;
  const lastDay = me === 2 ? (ye % 4 === 0 && (ye % 100 !== 0 || ye % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(me) ? 30 : 31;
  if (period.end.slice(8) !== String(lastDay).padStart(2, '0')) return none;
  const at = { year: ye, quarter: Math.ceil(me / 3), month: me };
  if (months === 12) return { span: 'year', ...at };
  if (months === 3 && ms % 3 === 1) return { span: 'quarter', ...at };
  // A company's fiscal quarter ("Q4 FY2024", November to January) is numbered in its fiscal year.
  const fiscal = /^Q([1-4]) FY(\d{4})$/.exec(period.label ?? '');
  if (months === 3 && fiscal) return { span: 'quarter', year: Number(fiscal[2]), quarter: Number(fiscal[1]), month: me };
  if (months === 1) return { span: 'month', ...at };
  if (ys === ye && months > 1 && months < 12) return { span: 'part-year', ...at };
  return { ...none, ...at };
}

/**
 * The parts once the period is known: references become the comparison they stand for
 * ("compared with 2022" for a 2023 figure is year-on-year, the default of an annual figure),
 * a rate per the period's own length is the figure itself, and lexicon defaults are dropped.
 * Returns the basis string ('+'-joined, sorted; null when nothing is left) and the time facet.
 */
export function settleBasis(
  reading: BasisReading,
  period: PeriodLike,
  measure: string,
  statType: StatType,
  /** Whether the figure is a company's own flow, which it reports against the year before (see reportedOnTheYearBefore). */
  companyFlow = false,
): { basis: string | null; per: string | null } {
  const at = spanOf(period);
  const parts = new Set<string>();
  for (const part of reading.parts) {
    const same = /^ref:same-(\d{4})$/.exec(part);
    if (same) {
      // (A fiscal quarter from November to January is the same stretch of the year before whichever of its years is named.)
      const y = Number(same[1]);
      const years = [period.start, period.end].filter((d): d is string => !!d).map((d) => Number(d.slice(0, 4)));
      parts.add(years.includes(y + 1) ? 'yoy' : `vs-${y}`);
      continue;
    }
    if (part === ANNUAL_BASIS) {
      parts.add(measures.get(measure)?.changeIsRate ? 'yoy' : 'annualized');
      continue;
    }
    const ref = /^ref:(?:q(\d)(?:-(\d{4}))?|m(\d{1,2})(?:-(\d{4}))?|(\d{4}))$/.exec(part);
    if (!ref) {
      parts.add(part);
      continue;
    }
    if (ref[5]) {
      const y = Number(ref[5]);
      // "a 66 % increase from 2021" dated 2021–2024: the period already says what the change runs from.
      if (period.start && period.end && Number(period.start.slice(0, 4)) === y && Number(period.end.slice(0, 4)) > y) continue;
      // ("growth of 0.1 % over 2023" of 2023: the year it grew over, no base.)
      if (at.span === 'year' && y === at.year) continue;
      // (A fiscal year that starts in the calendar year before its name is set over the year before that as its previous one:
      // Nvidia's fiscal 2024, February 2023 to January 2024, "a 126 percent increase over 2022".)
      if (at.span === 'year' && (y === at.year - 1 || (period.start !== null && y === Number(period.start.slice(0, 4)) - 1))) parts.add('yoy');
      else if (at.span !== 'other' && at.span !== 'year' && y === at.year - 1) parts.add('yoy');
      else parts.add(`vs-${y}`);
    } else if (ref[1]) {
      const q = Number(ref[1]);
      // (In a span no calendar numbers — "Q2 2024 to 5 August" — a quarter named without its year is of the year the span starts in.)
      const y = ref[2]
        ? Number(ref[2])
        : at.span === 'quarter' && q >= at.quarter
          ? at.year - 1
          : at.year || (period.start ? Number(period.start.slice(0, 4)) : 0);
      if (at.span === 'quarter' && y * 4 + q === at.year * 4 + at.quarter - 1) parts.add('qoq');
      else if (at.span === 'quarter' && y === at.year - 1 && q === at.quarter) parts.add('yoy');
      else parts.add(`vs-${y}-q${q}`);
    } else if (ref[3]) {
      const m = Number(ref[3]);
      // ("below their level in February 2020": a month of a named year is that month, wherever the figure's period falls.)
      const y = ref[4] ? Number(ref[4]) : null;
      const step = y === null || at.span !== 'month' ? null : at.year * 12 + at.month - (y * 12 + m);
      if (at.span === 'month' && (y === null ? m === at.month - 1 || (at.month === 1 && m === 12) : step === 1)) parts.add('mom');
      else if (at.span === 'month' && (y === null ? m === at.month : step === 12)) parts.add('yoy');
      else parts.add(y === null ? `vs-m${m}` : `vs-${y}-m${m}`);
    }
  }
  // An annualised rate of a quarter is measured against the quarter before by definition.
  if (parts.has('annualized')) parts.delete('qoq');
  // A move to a new level runs from the previous period's level, unless the words say otherwise — or it is a company's
  // figure for its quarter or month, which it reports against the year before ("revenue grew 15 % to $64.7 billion").
  if (parts.has(SEQUENTIAL)) {
    parts.delete(SEQUENTIAL);
    if (!companyFlow && ![...parts].some((p) => COMPARISON.test(p))) {
      if (at.span === 'month') parts.add('mom');
      else if (at.span === 'quarter') parts.add('qoq');
    }
  }
  // An annual figure, or one for the first months of a year, is compared with the same span a year before unless it says otherwise.
  if (at.span === 'year' || at.span === 'part-year') parts.delete('yoy');
  // ("GDP shrank 0.3 percent sequentially" for 2023: a year's change on the period before it is on the year before.)
  if (at.span === 'year') parts.delete('qoq');
  // A change over one quarter or month may be on the previous one or on the same one a year before: unsaid, it is ambiguous.
  if (statType === 'change' && (at.span === 'quarter' || at.span === 'month') && ![...parts].some((p) => COMPARISON.test(p))) parts.add(UNSTATED_COMPARISON);
  for (const d of BASIS_DEFAULTS) {
    if (d.measures && !d.measures.includes(measure)) continue;
    if (d.statTypes && !d.statTypes.includes(statType)) continue;
    if (d.subYear && (at.span === 'year' || at.span === 'other')) continue;
    parts.delete(d.basis);
  }
  // Adjusted figures of a month or quarter are the reported ones; saying "unadjusted" still sets them apart.
  let per = reading.per;
  if ((per === 'per-month' && at.span === 'month') || (per === 'per-year' && at.span === 'year') || (per === 'per-quarter' && at.span === 'quarter'))
    per = null;
  // (A measure that is itself per a time says nothing by it: the "daily" of a hotel's "average daily rate".)
  if (per && measures.get(measure)?.impliedFacets?.includes(per)) per = null;
  return { basis: parts.size ? [...parts].sort().join('+') : null, per };
}

/** The one party a change is of, when it is its own actual or forecast figure (no counterpart). */
const ownerOf = (p: Pick<Proposition, 'subject' | 'counterpart' | 'modality'>) =>
  p.subject.length === 1 && !p.counterpart && (p.modality === 'actual' || p.modality === 'forecast') ? entities.get(p.subject[0]!) : undefined;

/**
 * "Microsoft's revenue grew 16 % in the quarter", "Ryanair's passenger numbers rose 11 % in July": a company reports how
 * its quarter or month compares with the same one a year before, and says so when it compares with the one just before
 * ("up 22 % sequentially"). Whether a change is such a figure: a flow (what it reports for the span; how its shares moved
 * in a day's trading is not one) of one company, actual or forecast.
 */
export function reportedOnTheYearBefore(p: Pick<Proposition, 'subject' | 'counterpart' | 'modality' | 'measure'>): boolean {
  const measure = measures.get(p.measure);
  if (measure?.shape !== 'flow') return false;
  if (ownerOf(p)?.kind === 'company') return true;
  // ("Netflix's operating income rose 22.2 % to $2.3 billion": a party the gazetteer does not hold, owning a measure of a
  // company's accounts — revenue, profit, earnings per share — is a company.)
  return (
    !!measure.fiscal &&
    !!measure.ownedByName &&
    p.subject.length === 1 &&
    !p.counterpart &&
    (p.modality === 'actual' || p.modality === 'forecast') &&
    !entities.has(p.subject[0]!)
  );
}

/**
 * What a change of a quarter or month whose words state no comparison is measured against, by how its owner reports
 * it: a company on the year before (see reportedOnTheYearBefore), a country as its statistics office's headline states
 * that measure for a quarter or a month (entities.json `quarterlyChangeAs`, `monthlyChangeAs`). Null where no convention holds.
 */
export function conventionalComparison(p: Pick<Proposition, 'subject' | 'counterpart' | 'modality' | 'measure'>, span: 'quarter' | 'month'): string | null {
  if (reportedOnTheYearBefore(p)) return 'yoy';
  const owner = ownerOf(p);
  return (span === 'quarter' ? owner?.quarterlyChangeAs.get(p.measure) : owner?.monthlyChangeAs.get(p.measure)) ?? null;
}
