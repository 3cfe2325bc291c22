import { entities } from '../lexicon/entities.js';
import { facets, measures } from '../lexicon/measures.js';
import { knownQualifiers, qualifierWords } from '../lexicon/qualifiers.js';
import type { MetricDefinition, Proposition } from './types.js';

const STAT_SEGMENT = { level: 'total', change: 'change', share: 'share', rate: 'rate', count: 'count' } as const;

function entityLabel(id: string): string {
  return (
    entities.get(id)?.label ??
    id
      .split('-')
      .map((w) => (w.length <= 3 ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1)))
      .join(' ')
  );
}

/**
 * The one measure a proposition is stated under, whichever word the text used: "BYD delivered
 * 526,409 vehicles" and "BYD sold 526,409 vehicles" state the same sales (measures.json `statesAs`),
 * and so do their growth rates. Only a company's figures are restated: a country's or a pipeline's
 * deliveries are flows, and a flow to a named counterpart keeps its measure ("31 tanks delivered to Ukraine").
 */
export function canonicalProposition(p: Proposition, unitKind: string): Proposition {
  // "a -0.3% qoq GDP contraction", "monthly prices rose 0.3% m/m": a change on the quarter (month) before says "quarterly"
  // ("monthly") already; the word adds nothing to it.
  const saidByBasis = p.basis ? BASIS_WORDS[p.basis] : undefined;
  if (saidByBasis && p.facets.includes(saidByBasis)) p = { ...p, facets: p.facets.filter((f) => f !== saidByBasis) };
  // "Solar output in the EU grew 22 %" is solar electricity generation: the facet says what is produced.
  for (const [kind, id] of Object.entries(measures.get(p.measure)?.facetStatesAs ?? {})) {
    const target = measures.get(id);
    if (!target?.unitKinds.includes(unitKind) || !p.facets.some((f) => facets.get(f)?.kind === kind)) continue;
    const implied = new Set(target.impliedFacets ?? []);
    p = { ...p, measure: id, facets: p.facets.filter((f) => !implied.has(f)) };
    break;
  }
  // "Solar capacity rose by 346 GW in 2023" is 346 GW of solar capacity added in 2023: a stock's change is its flow.
  const flow = p.statType === 'change' ? measures.get(p.measure)?.changeStatesAs?.[unitKind] : undefined;
  if (flow) p = { ...p, measure: flow, statType: 'level' };
  // "Tesla delivered 1.8 million EVs" is "Tesla delivered 1.8 million vehicles": its vehicles are all electric.
  const implied = p.subject.length === 1 ? entities.get(p.subject[0]!)?.impliedFacets : undefined;
  if (implied?.length && p.facets.some((f) => implied.includes(f))) p = { ...p, facets: p.facets.filter((f) => !implied.includes(f)) };
  // "Shipments of copper from Chile to China totalled 141,666 tonnes": a flow of goods by weight or value is trade.
  const kindTarget = measures.get(p.measure)?.kindStatesAs?.[unitKind];
  if (kindTarget) p = { ...p, measure: kindTarget };
  const target = measures.get(p.measure)?.statesAs?.[unitKind === 'percent_point' ? 'percent' : unitKind];
  if (!target || p.counterpart || p.subject.length !== 1) return p;
  const kind = entities.get(p.subject[0]!)?.kind;
  // A name outside the gazetteer that owns a measure is an organisation the text measures.
  if (kind !== 'company' && kind !== undefined) return p;
  return { ...p, measure: target };
}

/** The qualifier each basis of a change already states. */
const BASIS_WORDS: Readonly<Record<string, string>> = { qoq: 'quarterly', mom: 'monthly' };

/**
 * The readable, canonical key of a proposition: the same proposition in any phrasing renders
 * the same key ("trade.china-russia.total", "deliveries.natural-gas.power-of-siberia.total",
 * "exports.china-to-russia.change.cny", "budget-deficit.united-states.total.forecast").
 */
export function metricKey(p: Proposition, unitKind: string): string {
  const parts = [p.measure];
  if (p.facets.length) parts.push(p.facets.join('-'));
  const who = p.subject.length ? p.subject.join('-') : 'unspecified';
  const link = p.statType === 'share' ? 'in' : measures.get(p.measure)?.inbound ? 'from' : 'to';
  parts.push(p.counterpart ? `${who}-${link}-${p.counterpart}` : who);
  parts.push(p.statType === 'change' && unitKind === 'percent' ? 'growth' : STAT_SEGMENT[p.statType]);
  if (p.basis) parts.push(p.basis.toLowerCase());
  if (p.modality !== 'actual') parts.push(p.modality);
  return parts.join('.');
}

export function metricLabel(p: Proposition, unitKind: string): string {
  const measure = measures.get(p.measure);
  const words = p.facets.map((f) => (facets.has(f) ? { text: facets.get(f)!.forms[0]!, after: false } : qualifierWords(f)));
  const facetWords = words
    .filter((w) => !w.after)
    .map((w) => w.text)
    .join(' ');
  const afterWords = words
    .filter((w) => w.after)
    .map((w) => w.text)
    .join(' ');
  const what = [facetWords, measure?.label ?? p.measure, afterWords].filter(Boolean).join(' ');
  const names = p.subject.map(entityLabel);
  let phrase: string;
  if (p.statType === 'share' && !p.subject.length && p.counterpart && facetWords) {
    // "solar share of the United States's capacity additions": the kind of thing is the part.
    const whole = `${entityLabel(p.counterpart)}'s ${measure?.label ?? p.measure}`;
    return `${facetWords} share of ${whole}${p.basis ? ` (${p.basis})` : ''}${p.modality === 'actual' ? '' : ` (${p.modality})`}`;
  }
  if (p.statType === 'share') {
    const whole = p.counterpart ? `${entityLabel(p.counterpart)}'s ${what}` : what;
    const part = names[0] ?? 'unspecified';
    return `${part}'s share of ${whole}${p.basis ? ` (${p.basis})` : ''}${p.modality === 'actual' ? '' : ` (${p.modality})`}`;
  }
  if (p.subject.length === 2) phrase = `${what} between ${names[0]} and ${names[1]}`;
  else if (p.counterpart) phrase = `${names[0] ?? 'unspecified'}'s ${what} ${measures.get(p.measure)?.inbound ? 'from' : 'to'} ${entityLabel(p.counterpart)}`;
  else if (names[0]) phrase = names[0] === 'the world' ? `world ${what}` : `${names[0]}'s ${what}`;
  else phrase = what;
  const stat = { level: '', change: unitKind === 'percent' ? 'growth of ' : 'change in ', share: 'share of ', rate: '', count: 'number of ' }[p.statType];
  const basis = p.basis ? ` (${/^[A-Z]{3}$/.test(p.basis) ? `in ${p.basis} terms` : p.basis})` : '';
  const modality = p.modality === 'actual' ? '' : ` (${p.modality})`;
  return `${stat}${phrase}${basis}${modality}`;
}

export function metricDefinition(p: Proposition, unitKind: string): MetricDefinition {
  const measure = measures.get(p.measure);
  return {
    key: metricKey(p, unitKind),
    label: metricLabel(p, unitKind),
    unitKind,
    description: `${measure?.label ?? p.measure}: ${p.statType}${p.subject.length ? ` of ${p.subject.map(entityLabel).join(' and ')}` : ''}${p.counterpart ? ` with ${entityLabel(p.counterpart)}` : ''}.`,
    derived: false,
    proposition: p,
  };
}

const STATS = new Map<string, Proposition['statType']>([
  ['total', 'level'],
  ['growth', 'change'],
  ['change', 'change'],
  ['share', 'share'],
  ['rate', 'rate'],
  ['count', 'count'],
]);

/** Splits "china-russia" into two known entity ids, whichever hyphen separates them. */
function splitPair(who: string): string[] {
  const parts = who.split('-');
  for (let i = 1; i < parts.length; i++) {
    const a = parts.slice(0, i).join('-');
    const b = parts.slice(i).join('-');
    if (entities.has(a) && entities.has(b)) return [a, b];
  }
  return [who];
}

/**
 * The constraint ids of a key's facet segment, which joins them with hyphens that ids contain too:
 * the longest known facet or qualifier id at each point; a run of other words is one free qualifier,
 * and "from"/"excluding" open one ("solar-from-deforestation" → solar, from-deforestation).
 */
function constraintIds(segment: string): string[] {
  const words = segment.split('-');
  const out: string[] = [];
  let free: string[] = [];
  const flush = () => {
    if (free.length) out.push(free.join('-'));
    free = [];
  };
  for (let i = 0; i < words.length; ) {
    let k = words.length - i;
    for (; k >= 1; k--) {
      const id = words.slice(i, i + k).join('-');
      if (facets.has(id) || knownQualifiers.has(id)) break;
    }
    if (k >= 1 && !(free.length && /^(?:from|excluding)$/.test(free[0]!))) {
      flush();
      out.push(words.slice(i, i + k).join('-'));
      i += k;
      continue;
    }
    if (/^(?:from|excluding)$/.test(words[i]!)) flush();
    free.push(words[i]!);
    i++;
  }
  flush();
  return out;
}

/** Reads a rendered key back into its proposition (null for keys derived from wording). */
export function parseMetricKey(key: string): { proposition: Proposition; unitKind: string } | null {
  const segments = key.split('.');
  const measure = segments[0];
  if (!measure || !measures.has(measure)) return null;
  const statAt = segments.findIndex((s, i) => i >= 2 && STATS.has(s));
  if (statAt < 0) return null;
  const who = segments[statAt - 1]!;
  const facetIds = segments.slice(1, statAt - 1).flatMap(constraintIds);
  const rest = segments.slice(statAt + 1);
  const modality = (['target', 'forecast'] as const).find((m) => rest.includes(m)) ?? 'actual';
  const basis = rest.find((r) => r !== modality) ?? null;
  const link = /^(.+?)-(to|from|in)-(.+)$/.exec(who);
  const subject = link ? (link[1] === 'unspecified' ? [] : [link[1]!]) : who === 'unspecified' ? [] : splitPair(who);
  const statSegment = segments[statAt]!;
  return {
    proposition: {
      measure,
      subject,
      counterpart: link ? link[3]! : null,
      facets: facetIds,
      statType: STATS.get(statSegment)!,
      basis: basis && /^[a-z]{3}$/.test(basis) ? basis.toUpperCase() : basis,
      modality,
    },
    unitKind: statSegment === 'growth' ? 'percent' : 'other',
  };
}
