/**
 * A deterministic synthetic news corpus for benchmarks: short trade-digest articles of about
 * ten figures each, written in wording the real extractor turns into claims.
 *
 * Most figures are uncatalogued ("Exports of cocoa from Ghana to Spain rose to …"), so their
 * metric keys are derived from the commodity and the two countries. Article i draws them from
 * a window of topics that slides with i, as news coverage moves on: a proposition is reported
 * by a handful of articles and then no more, so its group stays about the same size however
 * large the corpus grows. About one article in four also gives a catalogued China–Russia
 * figure for a year in 1990–2025; those groups do grow with the corpus, as popular
 * propositions do.
 */

/** mulberry32: a small seeded PRNG, so every run builds the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Single words only: a derived key keeps the first four content words before the figure.
const COMMODITIES = (
  'soybeans wheat copper cotton coffee cocoa rubber timber nickel zinc bauxite lithium cobalt rice maize barley sugar tea ' +
  'salmon wool steel aluminium fertiliser cement glass paper leather tobacco bananas grapes apples olives cashews vanilla ' +
  'saffron sulphur graphite silver platinum urea'
).split(' ');
const COUNTRIES = (
  'Argentina Australia Austria Belgium Brazil Canada Chile Colombia Denmark Egypt Ethiopia Finland France Germany Ghana ' +
  'Greece Hungary India Indonesia Ireland Israel Italy Japan Kenya Malaysia Mexico Morocco Nigeria Norway Pakistan Peru ' +
  'Poland Portugal Romania Spain Sweden Thailand Turkey Vietnam Zambia'
).split(' ');
const FIRST_YEAR = 1990;
const YEARS = 36;

type Flow = 'exports' | 'imports' | 'shipments';
const FLOWS: Flow[] = ['exports', 'imports', 'shipments'];

interface Topic {
  flow: Flow;
  commodity: string;
  from: string;
  to: string;
  year: number;
  /** The figure every report of this topic scatters around. */
  base: number;
}

const UNIVERSE = FLOWS.length * COMMODITIES.length * COUNTRIES.length * (COUNTRIES.length - 1) * YEARS;
// Coprime with UNIVERSE, so consecutive topic numbers land far apart in the universe.
const STRIDE = 2_654_435_761 % UNIVERSE;

/** Topic n of the universe: a (flow, commodity, from, to, year) combination, each n its own. */
function topic(n: number): Topic {
  let k = Number((BigInt(n) * BigInt(STRIDE)) % BigInt(UNIVERSE));
  const pick = (radix: number) => {
    const digit = k % radix;
    k = Math.floor(k / radix);
    return digit;
  };
  const flow = FLOWS[pick(FLOWS.length)]!;
  const commodity = COMMODITIES[pick(COMMODITIES.length)]!;
  const from = pick(COUNTRIES.length);
  const to = (from + 1 + pick(COUNTRIES.length - 1)) % COUNTRIES.length;
  const year = FIRST_YEAR + pick(YEARS);
  const base = 1 + prng(n)() * 900;
  return { flow, commodity, from: COUNTRIES[from]!, to: COUNTRIES[to]!, year, base };
}

/** Most reports agree with each other; some are off by a few percent, some by more. */
function reported(base: number, rand: () => number): number {
  const r = rand();
  const drift = r < 0.6 ? 0 : r < 0.85 ? (rand() - 0.5) * 0.04 : (rand() - 0.5) * 0.4;
  return base * (1 + drift);
}

const fmt1 = (n: number) => n.toFixed(1);

function sentenceFor(t: Topic, rand: () => number): { text: string; metric: string } {
  const v = reported(t.base, rand);
  const slug = `${t.commodity}-${t.from}-${t.to}`.toLowerCase();
  switch (t.flow) {
    case 'exports':
      return { text: `Exports of ${t.commodity} from ${t.from} to ${t.to} rose to $${fmt1(v)} billion in ${t.year}.`, metric: `derived.exports-${slug}.money` };
    case 'imports':
      return {
        text: `Imports of ${t.commodity} into ${t.from} from ${t.to} fell to $${fmt1(v)} million in ${t.year}.`,
        metric: `derived.imports-${slug}.money`,
      };
    case 'shipments':
      return {
        text: `Shipments of ${t.commodity} from ${t.from} to ${t.to} totalled ${Math.round(v * 1000).toLocaleString('en-US')} tonnes in ${t.year}.`,
        metric: `derived.shipments-${slug}.mass`,
      };
  }
}

function chinaRussiaSentence(rand: () => number): { text: string; metric: string } {
  const year = FIRST_YEAR + Math.floor(rand() * YEARS);
  if (rand() < 0.5) {
    const v = reported(5 + (year - FIRST_YEAR) * 7, rand);
    return { text: `Bilateral trade between China and Russia reached $${fmt1(v)} billion in ${year}.`, metric: 'trade.china-russia.total' };
  }
  const v = reported(3 + ((year * 7) % 25), rand);
  return { text: `Trade between China and Russia grew ${fmt1(v)}% in ${year}.`, metric: 'trade.china-russia.growth' };
}

export interface SyntheticArticle {
  title: string;
  text: string;
  /** The metric key of every claim the extractor should find, in text order. */
  metrics: string[];
}

// How far the topic window slides per article, and how wide it is.
const TOPICS_PER_ARTICLE_STEP = 2;
const WINDOW = 60;

/** `count` distinct topics from the window article i draws from. */
function topicsFor(i: number, count: number, rand: () => number): Topic[] {
  const start = i * TOPICS_PER_ARTICLE_STEP;
  const picked = new Set<number>();
  while (picked.size < count) picked.add(start + Math.floor(rand() * WINDOW));
  return [...picked].map(topic);
}

function paragraphsOf(sentences: Array<{ text: string; metric: string }>, rand: () => number): { text: string; metrics: string[] } {
  const paragraphs: string[] = [];
  for (let at = 0; at < sentences.length; ) {
    const take = 3 + Math.floor(rand() * 2);
    paragraphs.push(
      sentences
        .slice(at, at + take)
        .map((s) => s.text)
        .join(' '),
    );
    at += take;
  }
  return { text: paragraphs.join('\n'), metrics: sentences.map((s) => s.metric) };
}

/** Filler article i: about ten figures, a headline without any. */
export function syntheticArticle(i: number, seed = 1): SyntheticArticle {
  const rand = prng(seed * 1_000_003 + i);
  const sentences = topicsFor(i, 8 + Math.floor(rand() * 4), rand).map((t) => sentenceFor(t, rand));
  if (rand() < 0.25) sentences.splice(Math.floor(rand() * sentences.length), 0, chinaRussiaSentence(rand));
  const first = sentences[0]!.text.split(' ');
  const headline = `Commodity flows: ${first[2]} from ${first[4]}`;
  const body = paragraphsOf(sentences, rand);
  return { title: `Trade digest ${seed}-${i}`, text: `${headline}\n${body.text}`, metrics: body.metrics };
}

/**
 * A paragraph to append to a real article: two figures on topics the filler around article i
 * already reports (so they join existing groups), which also makes the text unique.
 */
export function followUpParagraph(i: number, seed: number): SyntheticArticle {
  const rand = prng(seed * 7_777_777 + i);
  const sentences = topicsFor(i, 2, rand).map((t) => sentenceFor(t, rand));
  return { title: '', text: sentences.map((s) => s.text).join(' '), metrics: sentences.map((s) => s.metric) };
}
