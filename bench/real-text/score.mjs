#!/usr/bin/env node
// Real-text benchmark scorer for the Provenance API. Starts nothing: give it a running server.
//   node score.mjs --base http://127.0.0.1:PORT --key KEY [--gold DIR] [--clear] [--out results.json] [--examples N]
// --gold DIR scores the set in DIR (its gold.json and the article files it names); without it the
// set is the one next to this script. Results go to --out, else to real-text-<set>-results.json in
// the system temp directory (never into the set itself). The metrics are the shared scorer's.
// --clear deletes every source already in the database (e.g. the five seeds) before posting,
// so that seed claims cannot join or disturb the benchmark's groups. Use it on a throwaway DB only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const BASE = (opt('base') ?? process.env.BASE_URL ?? '').replace(/\/$/, '');
const KEY = opt('key') ?? process.env.API_KEY;
const CLEAR = args.includes('--clear');
const GOLD_DIR = resolve(opt('gold') ?? HERE);
const OUT = opt('out') ?? join(tmpdir(), `real-text-${basename(GOLD_DIR)}-results.json`);
const NEX = Number(opt('examples', '15'));
if (!BASE || !KEY) {
  console.error('usage: node score.mjs --base http://127.0.0.1:PORT --key KEY [--gold DIR] [--clear] [--out results.json]');
  process.exit(2);
}
if (!existsSync(join(GOLD_DIR, 'gold.json'))) {
  console.error(`no gold.json in ${GOLD_DIR}: pass the set with --gold DIR`);
  process.exit(2);
}
const gold = JSON.parse(readFileSync(join(GOLD_DIR, 'gold.json'), 'utf8'));

async function api(method, path, body) {
  const res = await fetch(BASE + path, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(method !== 'GET' ? { authorization: `Bearer ${KEY}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not json */
  }
  return { status: res.status, json, text };
}
async function list(path) {
  const out = [];
  let cursor = null;
  for (;;) {
    const sep = path.includes('?') ? '&' : '?';
    const r = await api('GET', `${path}${sep}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (r.status !== 200) throw new Error(`GET ${path} -> ${r.status} ${r.text.slice(0, 300)}`);
    out.push(...r.json.data);
    if (!r.json.nextCursor) return out;
    cursor = r.json.nextCursor;
  }
}

// ---------- 1. load ----------
if (CLEAR) {
  const existing = await list('/v1/sources');
  for (const s of existing) {
    const r = await api('DELETE', `/v1/sources/${encodeURIComponent(s.id)}`);
    if (r.status >= 300) throw new Error(`DELETE ${s.id} -> ${r.status} ${r.text.slice(0, 200)}`);
  }
  console.error(`cleared ${existing.length} pre-existing sources`);
}
const srcId = new Map(); // gold article id -> server source id
const textOf = new Map();
const postErrors = [];
for (const a of gold.articles) {
  const body = JSON.parse(readFileSync(join(GOLD_DIR, a.file), 'utf8'));
  textOf.set(a.id, body.text);
  const r = await api('POST', '/v1/sources', body);
  if (r.status === 201 || r.status === 200) {
    srcId.set(a.id, r.json.source.id);
  } else {
    // already there (e.g. rerun without --clear): find it by title
    const all = await list('/v1/sources');
    const hit = all.find((s) => s.title === body.title);
    if (hit) srcId.set(a.id, hit.id);
    else postErrors.push({ article: a.id, status: r.status, detail: r.text.slice(0, 300) });
  }
}
const serverToGold = new Map([...srcId].map(([g, s]) => [s, g]));

const claimsBySource = new Map();
const claimById = new Map();
for (const [gid, sid] of srcId) {
  const cl = await list(`/v1/claims?sourceId=${encodeURIComponent(sid)}`);
  claimsBySource.set(gid, cl);
  for (const c of cl) claimById.set(c.id, { ...c, goldArticle: gid });
}
const conflicts = await list('/v1/conflicts?status=all'); // default lists discrepancies only
const conflictsOfClaim = new Map();
for (const k of conflicts)
  for (const m of k.claims) {
    if (!conflictsOfClaim.has(m.claimId)) conflictsOfClaim.set(m.claimId, new Set());
    conflictsOfClaim.get(m.claimId).add(k.id);
  }
const conflictById = new Map(conflicts.map((k) => [k.id, k]));

// ---------- 2. match gold figures to claims ----------
const SCALE = { W: 1, kW: 1e3, MW: 1e6, GW: 1e9, TW: 1e12, t: 1, kt: 1e3, Mt: 1e6, Gt: 1e9, tonnes: 1, m3: 1, bcm: 1e9, mcm: 1e6, 'billion m3': 1e9 };
const sameUnitKind = (gu, cu) => {
  if (!cu) return false;
  const u = cu.toLowerCase();
  if (gu === '%') return u === '%' || u === 'percent';
  if (gu === 'W') return /^(k|m|g|t)?w$/i.test(cu);
  if (gu === 't') return /^(t|kt|mt|gt|tonnes?)$/i.test(cu) || u.includes('tonne') || u.includes('co2');
  if (gu === 'm3') return u.includes('m3') || u.includes('m³') || u === 'bcm' || u === 'mcm';
  if (gu === 'persons' || gu === 'vehicles') return !/^[A-Z]{3}$/.test(cu) && u !== '%' && u !== 'percent';
  return gu.toUpperCase() === cu.toUpperCase();
};
const valueOk = (g, c) => {
  if (c.value == null) return false;
  const f = SCALE[c.unit] ?? 1;
  for (const v of [c.value * f, c.value]) if (Math.abs(v - g.value) <= Math.abs(g.value) * 0.005 + 1e-9) return true;
  return false;
};
const overlap = (a0, a1, b0, b1) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const figs = gold.figures.map((g) => {
  const cands = (claimsBySource.get(g.article) ?? [])
    .map((c) => ({ c, ov: overlap(g.start, g.end, c.quote.start, c.quote.end) }))
    .filter((x) => x.ov > 0)
    .sort((x, y) => y.ov - x.ov || Number(valueOk(g, y.c)) - Number(valueOk(g, x.c)));
  return { ...g, claim: cands[0]?.c ?? null };
});
const usedClaims = new Set(figs.filter((f) => f.claim).map((f) => f.claim.id));
const figOfClaim = new Map(figs.filter((f) => f.claim).map((f) => [f.claim.id, f]));
// A figure repeated verbatim in one article (lead + quote) is one figure: a claim on another
// occurrence of the same quote counts for it (fills a miss, or joins it as an alias for grouping).
const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const aliasOf = new Map(); // claimId -> figure
for (const [gid, cl] of claimsBySource)
  for (const c of cl) {
    if (usedClaims.has(c.id)) continue;
    const f = figs.find((x) => x.article === gid && norm(x.quote) === norm(c.quote.exact));
    if (!f) continue;
    if (!f.claim) {
      f.claim = c;
      usedClaims.add(c.id);
      figOfClaim.set(c.id, f);
    } else {
      aliasOf.set(c.id, f);
      figOfClaim.set(c.id, f);
      usedClaims.add(c.id);
    }
  }
// conflicts reached through an alias count for the figure
for (const [cid, f] of aliasOf)
  for (const k of conflictsOfClaim.get(cid) ?? []) {
    if (!conflictsOfClaim.has(f.claim.id)) conflictsOfClaim.set(f.claim.id, new Set());
    conflictsOfClaim.get(f.claim.id).add(k);
  }

const matched = figs.filter((f) => f.claim);
const ctx = (aid, s, e, pad = 70) => {
  const t = Array.from(textOf.get(aid));
  return (
    (s > pad ? '…' : '') +
    t
      .slice(Math.max(0, s - pad), e + pad)
      .join('')
      .replace(/\s+/g, ' ') +
    (e + pad < t.length ? '…' : '')
  );
};
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a (0/0)');

// extraction
const valueRight = matched.filter((f) => valueOk(f, f.claim));
const unitRight = matched.filter((f) => sameUnitKind(f.unit, f.claim.unit));
const dated = matched.filter((f) => f.period.start);
const periodExact = dated.filter((f) => f.claim.period && f.claim.period.start === f.period.start && f.claim.period.end === f.period.end);
const periodYearOk = dated.filter(
  (f) => f.claim.period && f.claim.period.start?.slice(0, 4) === f.period.start.slice(0, 4) && f.claim.period.end?.slice(0, 4) === f.period.end.slice(0, 4),
);
const periodNull = dated.filter((f) => !f.claim.period);
// lenient: the period the claim names ends in the same year as the gold period (forgives fiscal-year
// -> calendar-year, 'year ending June 2023' -> 'June 2023', stock-at-end-of-year -> year)
const periodEndYearOk = dated.filter((f) => f.claim.period && f.claim.period.end?.slice(0, 4) === f.period.end.slice(0, 4));
const pubFallback = matched.filter((f) => f.claim.period?.resolution === 'publication');
const pubFallbackWrong = pubFallback.filter((f) => f.period.start && !(f.claim.period.start === f.period.start && f.claim.period.end === f.period.end));
const bracketed = figs.filter((f) => {
  const t = Array.from(textOf.get(f.article));
  return t[f.start - 1] === '(' || (t[f.start - 1] === ' ' && t[f.start - 2] === '(');
});
const resolutions = {};
for (const f of matched) {
  const r = f.claim.period?.resolution ?? 'none';
  resolutions[r] = (resolutions[r] ?? 0) + 1;
}
const fpArtefacts = [...claimById.values()].filter((c) => c.value != null && /\d\.\d*?(0000|9999)\d$/.test(String(c.value)));

// ---------- 3. pairwise grouping ----------
const multiProps = new Map(gold.propositions.map((p) => [p.id, p]));
const neutral = (a, b) => a.neutral.includes(b.prop) || b.neutral.includes(a.prop);
const inSameConflict = (a, b) => {
  const A = conflictsOfClaim.get(a.claim.id);
  const Bc = conflictsOfClaim.get(b.claim.id);
  if (!A || !Bc) return null;
  for (const x of A) if (Bc.has(x)) return x;
  return null;
};
let tp = 0,
  fp = 0,
  fn = 0,
  fnE2E = 0,
  tpE2E = 0;
const fpPairs = [],
  fnPairs = [];
const fnReasons = {};
const topicOf = (aid) => aid.split('-')[0];
const topic = {};
for (let i = 0; i < figs.length; i++)
  for (let j = i + 1; j < figs.length; j++) {
    const a = figs[i],
      b = figs[j];
    if (a.article === b.article) continue;
    if (neutral(a, b)) continue;
    const should = a.prop === b.prop && multiProps.has(a.prop);
    if (!a.claim || !b.claim) {
      if (should) fnE2E++;
      continue;
    }
    const k = inSameConflict(a, b);
    if (should) {
      const t = (topic[topicOf(a.article)] ??= { goldPairs: 0, grouped: 0 });
      t.goldPairs++;
      if (k) t.grouped++;
    }
    if (should && k) {
      tp++;
      tpE2E++;
    } else if (should && !k) {
      fn++;
      fnE2E++;
      fnPairs.push({ a, b });
      const ca = a.claim,
        cb = b.claim;
      const why = [];
      if (ca.metric !== cb.metric) why.push('metric');
      if (JSON.stringify([ca.period?.start, ca.period?.end]) !== JSON.stringify([cb.period?.start, cb.period?.end])) why.push('period');
      if (ca.unit !== cb.unit) why.push('unit');
      const key = why.length ? why.join('+') : 'same metric/period/unit but not grouped';
      fnReasons[key] = (fnReasons[key] ?? 0) + 1;
    } else if (!should && k) {
      fp++;
      fpPairs.push({ a, b, conflict: k });
    }
  }
const nearMissHits = [];
for (const nm of gold.nearMisses) {
  let n = 0,
    tot = 0;
  const ex = [];
  for (const a of figs.filter((f) => f.prop === nm.a && f.claim))
    for (const b of figs.filter((f) => f.prop === nm.b && f.claim)) {
      if (a.article === b.article) continue;
      tot++;
      const k = inSameConflict(a, b);
      if (k) {
        n++;
        if (ex.length < 2)
          ex.push(
            `${a.article} "${a.quote}" + ${b.article} "${b.quote}" in ${k} (${conflictById.get(k).metric} ${conflictById.get(k).period?.label}, ${conflictById.get(k).status})`,
          );
      }
    }
  nearMissHits.push({ ...nm, groupedPairs: n, comparablePairs: tot, examples: ex });
}

// ---------- 4. proposition-level status ----------
const propRows = [];
for (const p of gold.propositions) {
  const members = figs.filter((f) => f.prop === p.id);
  const withClaim = members.filter((f) => f.claim);
  const votes = new Map();
  for (const f of withClaim)
    for (const k of conflictsOfClaim.get(f.claim.id) ?? []) {
      if (!votes.has(k)) votes.set(k, new Set());
      votes.get(k).add(f.article);
    }
  let best = null;
  for (const [k, arts] of votes) if (!best || arts.size > best.arts.size) best = { k, arts };
  let got = 'not-grouped',
    conflict = null,
    coverage = 0,
    foreign = [];
  if (best && best.arts.size >= 2) {
    conflict = conflictById.get(best.k);
    got = conflict.status;
    coverage = best.arts.size;
    foreign = conflict.claims
      .filter((m) => {
        const f = figOfClaim.get(m.claimId);
        return !f || f.prop !== p.id;
      })
      .map((m) => {
        const f = figOfClaim.get(m.claimId);
        const c = claimById.get(m.claimId);
        return f ? `${f.prop}:"${f.quote}"@${f.article}` : `non-gold:"${c?.quote?.exact ?? m.claimId}"@${serverToGold.get(m.sourceId) ?? m.sourceId}`;
      });
  }
  propRows.push({
    id: p.id,
    expected: p.expected,
    got,
    sources: p.sources.length,
    extractedSources: new Set(withClaim.map((f) => f.article)).size,
    groupedSources: coverage,
    conflict: conflict?.id ?? null,
    metric: conflict?.metric ?? null,
    period: conflict?.period?.label ?? null,
    severity: conflict?.severity ?? null,
    explanation: conflict?.explanation ?? null,
    foreignMembers: foreign,
    description: p.description,
  });
}
// strict: a status only counts when the group holds nothing but this proposition's claims
for (const r of propRows) r.gotStrict = r.got === 'not-grouped' ? r.got : r.foreignMembers.length ? `contaminated-${r.got}` : r.got;
const scored = propRows.filter((r) => r.expected !== 'borderline');
const sTP = scored.filter((r) => r.expected === 'discrepancy' && r.gotStrict === 'discrepancy').length;
const sFP = scored.filter((r) => r.expected === 'agreement' && /discrepancy$/.test(r.gotStrict)).length;
const sFN = scored.filter((r) => r.expected === 'discrepancy' && r.gotStrict !== 'discrepancy').length;
const dTP = scored.filter((r) => r.expected === 'discrepancy' && r.got === 'discrepancy').length;
const dFP = scored.filter((r) => r.expected === 'agreement' && r.got === 'discrepancy').length;
const dFN = scored.filter((r) => r.expected === 'discrepancy' && r.got !== 'discrepancy').length;
const aOK = scored.filter((r) => r.expected === 'agreement' && r.got === 'agreement').length;
const fullyGrouped = propRows.filter((r) => r.groupedSources === r.sources && r.foreignMembers.length === 0).length;

// every discrepancy conflict that touches the benchmark, judged
const discJudged = [];
for (const k of conflicts.filter((x) => x.status === 'discrepancy')) {
  const mem = k.claims.map((m) => ({ m, f: figOfClaim.get(m.claimId), c: claimById.get(m.claimId) }));
  if (!mem.some((x) => x.c)) continue; // not ours
  const props = [...new Set(mem.map((x) => (x.f ? x.f.prop : 'non-gold')))];
  let verdict, why;
  if (props.length === 1 && props[0] !== 'non-gold') {
    const exp = multiProps.get(props[0])?.expected ?? 'single';
    verdict = exp === 'discrepancy' ? 'true' : exp === 'borderline' ? 'borderline' : 'FALSE';
    why = exp === 'discrepancy' ? 'gold says these sources genuinely disagree' : exp === 'borderline' ? 'borderline by gold' : 'gold says these figures agree';
  } else if (props.includes('non-gold')) {
    verdict = 'FALSE?';
    why = 'group contains claims outside the gold list (numbers the gold does not annotate, not necessarily mis-extracted): judge by hand';
  } else {
    const neutralOnly = mem.every((x) => mem.every((y) => x === y || x.f.prop === y.f.prop || neutral(x.f, y.f)));
    verdict = neutralOnly ? 'borderline' : 'FALSE';
    why = neutralOnly ? 'neutral mix' : `mixes different propositions: ${props.join(' + ')}`;
  }
  discJudged.push({
    conflict: k.id,
    metric: k.metric,
    period: k.period?.label,
    severity: k.severity,
    verdict,
    why,
    members: mem.map(
      (x) =>
        `${x.f ? x.f.prop : 'non-gold'} ${x.c ? `"${x.c.quote.exact}"` : x.m.claimId} (${serverToGold.get(x.m.sourceId) ?? x.m.sourceId}, value ${x.m.value} ${x.m.unit})`,
    ),
    explanation: k.explanation,
  });
}

// ---------- 5. failure examples ----------
const failures = [];
const show = (c) =>
  c
    ? `metric=${c.metric} value=${c.value} ${c.unit} period=${c.period ? `${c.period.start}..${c.period.end} (${c.period.label}, ${c.period.resolution})` : 'null'} quote="${c.quote.exact}"`
    : 'no claim';
for (const f of figs.filter((x) => !x.claim))
  failures.push({
    kind: 'missed-figure',
    article: f.article,
    text: ctx(f.article, f.start, f.end),
    expected: `"${f.quote}" = ${f.value} ${f.unit}, ${f.period.start ?? 'no period'}..${f.period.end ?? ''} [${f.prop}]`,
    got: 'no claim overlapping the quote',
  });
for (const f of dated.filter((x) => !(x.claim.period && x.claim.period.start === x.period.start && x.claim.period.end === x.period.end)))
  failures.push({
    kind: 'wrong-period',
    article: f.article,
    text: ctx(f.article, f.start, f.end),
    expected: `${f.period.start}..${f.period.end} [${f.prop}]${f.note ? ` (${f.note})` : ''}`,
    got: show(f.claim),
  });
for (const f of matched.filter((x) => !valueOk(x, x.claim)))
  failures.push({ kind: 'wrong-value', article: f.article, text: ctx(f.article, f.start, f.end), expected: `${f.value} ${f.unit}`, got: show(f.claim) });
for (const { a, b, conflict } of fpPairs)
  failures.push({
    kind: 'wrongly-grouped',
    article: `${a.article} + ${b.article}`,
    text: `"${a.quote}" [${a.prop}] vs "${b.quote}" [${b.prop}]`,
    expected: 'kept apart',
    got: `${conflict} metric=${conflictById.get(conflict).metric} period=${conflictById.get(conflict).period?.label} status=${conflictById.get(conflict).status}`,
  });
for (const { a, b } of fnPairs)
  failures.push({
    kind: 'not-grouped',
    article: `${a.article} + ${b.article}`,
    text: `"${a.quote}" vs "${b.quote}" [${a.prop}]`,
    expected: `same group (${multiProps.get(a.prop).expected})`,
    got: `A: ${show(a.claim)} | B: ${show(b.claim)}`,
  });

const summary = {
  when: new Date().toISOString(),
  base: BASE,
  gold: GOLD_DIR,
  articles: gold.articles.length,
  posted: srcId.size,
  postErrors,
  goldFigures: figs.length,
  serverClaimsOnBenchmark: claimById.size,
  nonGoldClaims: claimById.size - usedClaims.size,
  extraction: {
    recall: pct(matched.length, figs.length),
    valueCorrect: pct(valueRight.length, matched.length),
    unitKindCorrect: pct(unitRight.length, matched.length),
  },
  extractionExcludingBracketedRestatements: pct(matched.filter((f) => !bracketed.includes(f)).length, figs.length - bracketed.length),
  period: {
    exact: pct(periodExact.length, dated.length),
    startAndEndYearRight: pct(periodYearOk.length, dated.length),
    endYearRight: pct(periodEndYearOk.length, dated.length),
    nullPeriod: periodNull.length,
    resolutions,
    publicationYearFallbackWrong: pct(pubFallbackWrong.length, pubFallback.length),
  },
  pairs: {
    precision: pct(tp, tp + fp),
    recallGivenExtracted: pct(tp, tp + fn),
    recallEndToEnd: pct(tpE2E, tpE2E + fnE2E),
    tp,
    fp,
    fn,
    fnEndToEnd: fnE2E,
    missedPairReasons: fnReasons,
    byTopic: Object.fromEntries(Object.entries(topic).map(([k, v]) => [k, `${v.grouped}/${v.goldPairs}`])),
  },
  propositions: {
    total: propRows.length,
    fullyAndCleanlyGrouped: pct(fullyGrouped, propRows.length),
    statusCorrect: pct(scored.filter((r) => r.expected === r.got).length, scored.length),
    statusCorrectStrict: pct(scored.filter((r) => r.expected === r.gotStrict).length, scored.length),
    discrepancyFlagLenient: { precision: pct(dTP, dTP + dFP), recall: pct(dTP, dTP + dFN), tp: dTP, fp: dFP, fn: dFN },
    discrepancyFlagStrict: {
      note: 'a discrepancy only counts if the group holds this proposition alone',
      precision: pct(sTP, sTP + sFP),
      recall: pct(sTP, sTP + sFN),
      tp: sTP,
      fp: sFP,
      fn: sFN,
    },
    agreementsConfirmed: pct(aOK, scored.filter((r) => r.expected === 'agreement').length),
  },
  discrepancyConflictsTouchingBenchmark: {
    total: discJudged.length,
    true: discJudged.filter((d) => d.verdict === 'true').length,
    false: discJudged.filter((d) => d.verdict.startsWith('FALSE')).length,
    borderline: discJudged.filter((d) => d.verdict === 'borderline').length,
  },
  nearMissesViolated: nearMissHits.filter((n) => n.groupedPairs > 0).length + '/' + nearMissHits.length,
  floatArtefacts: fpArtefacts.map((c) => `${c.goldArticle}: "${c.quote.exact}" -> ${c.value}`),
};
writeFileSync(
  OUT,
  JSON.stringify(
    {
      summary,
      propositions: propRows,
      discrepancyConflicts: discJudged,
      nearMisses: nearMissHits,
      failures,
      figures: figs.map((f) => ({
        id: f.id,
        prop: f.prop,
        quote: f.quote,
        gold: { value: f.value, unit: f.unit, period: f.period },
        got: f.claim
          ? {
              id: f.claim.id,
              metric: f.claim.metric,
              value: f.claim.value,
              unit: f.claim.unit,
              qualifier: f.claim.qualifier,
              period: f.claim.period,
              proposition: f.claim.proposition,
              comparable: f.claim.comparable,
              restates: f.claim.restates,
              quote: f.claim.quote.exact,
              conflicts: [...(conflictsOfClaim.get(f.claim.id) ?? [])],
            }
          : null,
      })),
    },
    null,
    1,
  ),
);

console.log(JSON.stringify(summary, null, 1));
console.log('\n== propositions (expected -> got) ==');
for (const r of propRows)
  console.log(
    `${r.expected === r.gotStrict ? 'ok ' : r.expected === 'borderline' ? '~  ' : 'XX '} ${r.id.padEnd(16)} exp=${r.expected.padEnd(11)} got=${r.gotStrict.padEnd(13)} grouped ${r.groupedSources}/${r.sources} src ${r.metric ?? ''} ${r.period ?? ''}${r.foreignMembers.length ? ` +foreign[${r.foreignMembers.join('; ')}]` : ''}`,
  );
console.log('\n== discrepancy conflicts touching the benchmark ==');
for (const d of discJudged)
  console.log(
    `[${d.verdict}] ${d.conflict} ${d.metric} ${d.period} ${d.severity}: ${d.why}\n    ${d.members.join('\n    ')}\n    explanation: ${d.explanation}`,
  );
console.log('\n== near misses grouped ==');
for (const n of nearMissHits.filter((x) => x.groupedPairs))
  console.log(`${n.a} ~ ${n.b} (${n.why}): ${n.groupedPairs}/${n.comparablePairs}  ${n.examples.join(' | ')}`);
const byKind = {};
for (const f of failures) (byKind[f.kind] ??= []).push(f);
console.log('\n== failure counts ==', Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, v.length])));
for (const [k, v] of Object.entries(byKind)) {
  console.log(`\n-- ${k} (first ${Math.min(NEX, v.length)}) --`);
  for (const f of v.slice(0, NEX)) console.log(`* ${f.article}: ${f.text}\n    expected: ${f.expected}\n    got:      ${f.got}`);
}
console.log(`\nfull results: ${OUT}`);
