#!/usr/bin/env node
// Checks a real-text benchmark set before anyone scores against it:
//   node bench/real-text/validate.mjs DIR [DIR…]     (default: every set next to this script)
// A set is a directory with gold.json and the article files it names. Exits 1 on any error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const EXPECTED = new Set(['agreement', 'discrepancy', 'borderline']);
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A real calendar date (rejects 2023-02-30), full or partial. */
function realDate(s, full) {
  if (typeof s !== 'string' || !(full ? FULL_DATE : PARTIAL_DATE).test(s)) return false;
  const [y, m = 1, d = 1] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function validate(dir) {
  const errors = [];
  const warnings = [];
  const err = (m) => errors.push(m);
  const goldPath = join(dir, 'gold.json');
  if (!existsSync(goldPath)) return { errors: [`${goldPath} not found`], warnings, stats: null };
  let gold;
  try {
    gold = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (e) {
    return { errors: [`gold.json is not JSON: ${e.message}`], warnings, stats: null };
  }
  for (const k of ['description', 'articles', 'figures', 'propositions', 'nearMisses']) {
    if (!(k in gold)) err(`gold.json: missing "${k}"`);
  }
  if (typeof gold.description !== 'string' || !gold.description.trim()) err('gold.json: description must be a non-empty string');
  const articles = Array.isArray(gold.articles) ? gold.articles : [];
  const figures = Array.isArray(gold.figures) ? gold.figures : [];
  const propositions = Array.isArray(gold.propositions) ? gold.propositions : [];
  const nearMisses = Array.isArray(gold.nearMisses) ? gold.nearMisses : [];

  // ---- articles ----
  const textOf = new Map();
  const titles = new Set();
  for (const a of articles) {
    const where = `article ${a?.id ?? '(no id)'}`;
    if (typeof a?.id !== 'string' || !/^[a-z0-9]+-[a-z0-9-]+$/.test(a.id))
      err(`${where}: id must be "<topic>-<rest>" in lower case (the scorer groups by the part before the first "-")`);
    if (textOf.has(a?.id)) err(`${where}: duplicate id`);
    if (typeof a?.file !== 'string') {
      err(`${where}: no file`);
      continue;
    }
    const file = join(dir, a.file);
    if (!existsSync(file)) {
      err(`${where}: ${a.file} not found`);
      continue;
    }
    let body;
    try {
      body = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      err(`${where}: ${a.file} is not JSON: ${e.message}`);
      continue;
    }
    for (const k of ['title', 'publisher', 'url', 'text']) {
      if (typeof body[k] !== 'string' || !body[k].trim()) err(`${where}: ${a.file} needs a non-empty "${k}"`);
    }
    if (!realDate(body.publishedAt, false)) err(`${where}: publishedAt "${body.publishedAt}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
    if (body.authors !== undefined && !(Array.isArray(body.authors) && body.authors.every((x) => typeof x === 'string' && x.trim())))
      err(`${where}: authors must be a list of names`);
    if (typeof body.url === 'string' && !/^https?:\/\//.test(body.url)) err(`${where}: url must be http(s)`);
    for (const k of ['title', 'publisher', 'publishedAt', 'url']) {
      if (a[k] !== undefined && a[k] !== body[k]) err(`${where}: gold.json ${k} "${a[k]}" differs from the article file's "${body[k]}"`);
    }
    if (titles.has(body.title)) err(`${where}: title repeats another article's (the scorer finds re-posted sources by title)`);
    titles.add(body.title);
    if (typeof body.text === 'string') {
      if (/\r/.test(body.text)) warnings.push(`${where}: text contains \\r`);
      textOf.set(a.id, body.text);
    }
  }

  // ---- figures ----
  const figIds = new Set();
  const propArticles = new Map(); // prop -> Set(article)
  const perArticleIndex = new Map();
  const spans = new Map();
  for (const f of figures) {
    const where = `figure ${f?.id ?? '(no id)'}`;
    for (const k of ['id', 'article', 'quote', 'start', 'end', 'value', 'unit', 'period', 'prop', 'neutral', 'note']) {
      if (!(k in (f ?? {}))) err(`${where}: missing "${k}"`);
    }
    if (figIds.has(f.id)) err(`${where}: duplicate id`);
    figIds.add(f.id);
    const n = perArticleIndex.get(f.article) ?? 0;
    if (f.id !== `${f.article}#${n}`) err(`${where}: expected id ${f.article}#${n} (ids number each article's figures from 0 in order)`);
    perArticleIndex.set(f.article, n + 1);
    const text = textOf.get(f.article);
    if (text === undefined) {
      err(`${where}: article ${f.article} is not in articles[] (or its file failed)`);
      continue;
    }
    const cps = Array.from(text);
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end <= f.start || f.end > cps.length) {
      err(`${where}: bad span ${f.start}..${f.end} (text has ${cps.length} code points)`);
    } else {
      const got = cps.slice(f.start, f.end).join('');
      if (got !== f.quote) err(`${where}: text[${f.start}..${f.end}] is "${got}", quote is "${f.quote}"`);
      if (/^\s|\s$/.test(f.quote)) err(`${where}: quote starts or ends with whitespace`);
      const prev = spans.get(f.article);
      if (prev && f.start < prev) err(`${where}: figures of one article must be in text order and must not overlap`);
      spans.set(f.article, f.end);
    }
    if (typeof f.value !== 'number' || !Number.isFinite(f.value)) err(`${where}: value must be a finite number`);
    if (typeof f.unit !== 'string' || !f.unit) err(`${where}: unit must be a non-empty string`);
    const p = f.period;
    if (!p || typeof p !== 'object' || !('start' in p) || !('end' in p)) err(`${where}: period must be {start, end}`);
    else if (p.start === null || p.end === null) {
      if (p.start !== p.end) err(`${where}: period start and end must both be null or both be dates`);
    } else if (!realDate(p.start, true) || !realDate(p.end, true)) err(`${where}: period dates must be full ISO dates, got ${p.start}..${p.end}`);
    else if (p.start > p.end) err(`${where}: period starts after it ends`);
    if (typeof f.prop !== 'string' || !f.prop) err(`${where}: prop must be a non-empty string`);
    if (!Array.isArray(f.neutral) || !f.neutral.every((x) => typeof x === 'string')) err(`${where}: neutral must be a list of proposition ids`);
    else if (f.neutral.includes(f.prop)) err(`${where}: neutral lists its own prop`);
    if (f.note !== null && typeof f.note !== 'string') err(`${where}: note must be a string or null`);
    if (!propArticles.has(f.prop)) propArticles.set(f.prop, new Set());
    propArticles.get(f.prop).add(f.article);
  }
  for (const a of articles) if (!perArticleIndex.has(a.id)) warnings.push(`article ${a.id}: no figures annotated`);
  for (const f of figures) for (const x of f.neutral ?? []) if (!propArticles.has(x)) err(`figure ${f.id}: neutral "${x}" is not the prop of any figure`);

  // ---- propositions ----
  const listed = new Set();
  for (const p of propositions) {
    const where = `proposition ${p?.id ?? '(no id)'}`;
    if (listed.has(p.id)) err(`${where}: duplicate`);
    listed.add(p.id);
    if (!EXPECTED.has(p.expected)) err(`${where}: expected must be agreement, discrepancy or borderline`);
    if (typeof p.description !== 'string' || !p.description.trim()) err(`${where}: needs a description`);
    if (!Array.isArray(p.sources) || p.sources.length < 2) {
      err(`${where}: needs at least two sources`);
      continue;
    }
    if (new Set(p.sources).size !== p.sources.length) err(`${where}: repeated source`);
    const stating = propArticles.get(p.id) ?? new Set();
    for (const s of p.sources) {
      if (!textOf.has(s)) err(`${where}: source ${s} is not an article`);
      else if (!stating.has(s)) err(`${where}: source ${s} has no figure with prop ${p.id}`);
    }
    for (const s of stating) if (!p.sources.includes(s)) err(`${where}: ${s} states it but is not among its sources`);
  }
  for (const [prop, arts] of propArticles) {
    if (arts.size >= 2 && !listed.has(prop)) err(`prop ${prop} is stated by ${arts.size} articles (${[...arts].join(', ')}) but is not in propositions[]`);
  }

  // ---- near misses ----
  const pairs = new Set();
  for (const nm of nearMisses) {
    const where = `near miss ${nm?.a} ~ ${nm?.b}`;
    if (!propArticles.has(nm.a)) err(`${where}: "${nm.a}" is not the prop of any figure`);
    if (!propArticles.has(nm.b)) err(`${where}: "${nm.b}" is not the prop of any figure`);
    if (nm.a === nm.b) err(`${where}: a and b are the same`);
    if (typeof nm.why !== 'string' || !nm.why.trim()) err(`${where}: needs a why`);
    const key = [nm.a, nm.b].sort().join('|');
    if (pairs.has(key)) err(`${where}: duplicate pair`);
    pairs.add(key);
    const neutralPair = figures.some((f) => (f.prop === nm.a && f.neutral?.includes(nm.b)) || (f.prop === nm.b && f.neutral?.includes(nm.a)));
    // pair scoring skips neutral pairs but the near-miss count does not: say so, do not fail
    if (neutralPair) warnings.push(`${where}: the pair is also marked neutral on some figure`);
    const across = [...(propArticles.get(nm.a) ?? [])].some((x) => [...(propArticles.get(nm.b) ?? [])].some((y) => x !== y));
    if (!across) warnings.push(`${where}: no two figures in different articles, so the scorer can never test it`);
  }

  const byExpected = {};
  for (const p of propositions) byExpected[p.expected] = (byExpected[p.expected] ?? 0) + 1;
  return {
    errors,
    warnings,
    stats: { articles: articles.length, figures: figures.length, propositions: propositions.length, byExpected, nearMisses: nearMisses.length },
  };
}

const args = process.argv.slice(2);
const dirs = args.length
  ? args.map((d) => resolve(d))
  : readdirSync(HERE, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(HERE, e.name, 'gold.json')))
      .map((e) => join(HERE, e.name));
if (!dirs.length) {
  console.error('usage: node bench/real-text/validate.mjs DIR [DIR…]');
  process.exit(2);
}
let failed = false;
for (const dir of dirs) {
  const { errors, warnings, stats } = validate(dir);
  console.log(`${dir}: ${errors.length ? `${errors.length} error(s)` : 'ok'}${stats ? ` ${JSON.stringify(stats)}` : ''}`);
  for (const w of warnings) console.log(`  warning: ${w}`);
  for (const e of errors) console.log(`  error: ${e}`);
  if (errors.length) failed = true;
}
process.exit(failed ? 1 : 0);
