import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { warmUpCitationStyles } from '../../../src/cite/index.js';
import type { Claim } from '../../../src/schemas/claims.js';
import { createTestApp, expectProblem, type TestApp } from '../../helpers.js';

const KEY = 'citations-key-0123456789abcdef';
const AUTH = { authorization: `Bearer ${KEY}` };

// Written for this test: Russian metadata, an English text the extractor reads, and a quote
// that occurs twice in the text.
const RUSSIAN = {
  title: 'Россия и Китай: товарооборот в 2024 году',
  authors: ['Иванова, Анна', 'Центр стратегических исследований'],
  publisher: 'Вестник',
  url: 'https://example.org/ru/trade',
  publishedAt: '2024-05-07',
  language: 'ru',
  text:
    'Officials in Moscow said trade between the two countries reached $244.8 billion in 2024. ' +
    'Officials in Moscow said trade between the two countries reached $244.8 billion in 2024, again.',
};

let t: TestApp;
let claim: Claim;
const citations = (query = '', headers: Record<string, string> = {}) =>
  t.app.inject({ url: `/v1/claims/${claim.id}/citations${query}`, headers: { host: 'api.test', ...headers } });

beforeAll(async () => {
  warmUpCitationStyles();
  t = await createTestApp({ config: { apiKeys: [KEY] } });
  const created = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: AUTH, payload: RUSSIAN });
  expect(created.statusCode).toBe(201);
  claim = created.json().claims[0];
  expect(claim).toBeDefined();
});
afterAll(async () => {
  await t.close();
});

describe('GET /v1/claims/:id/citations: content negotiation', () => {
  it('answers JSON without an Accept header, for */*, and for a browser’s Accept', async () => {
    for (const accept of [undefined, '*/*', 'text/html,application/xhtml+xml,*/*;q=0.8', 'application/json']) {
      const response = await citations('', accept ? { accept } : {});
      expect(response.statusCode, accept).toBe(200);
      expect(response.headers['content-type'], accept).toMatch(/^application\/json/);
      expect(response.json().claimId).toBe(claim.id);
    }
  });

  it.each([
    ['application/x-bibtex', /^application\/x-bibtex/, /^@article\{/],
    ['application/x-research-info-systems', /^application\/x-research-info-systems/, /^TY {2}- MGZN\r\n/],
    ['application/vnd.citationstyles.csl+json', /^application\/vnd\.citationstyles\.csl\+json/, /^\[/],
    ['application/ld+json', /^application\/ld\+json/, /"@context"/],
  ])('answers Accept: %s in that media type, and says it varies by Accept', async (accept, type, body) => {
    const response = await citations('', { accept });

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(type);
    expect(response.headers.vary).toMatch(/accept/i);
    expect(response.body.trimStart()).toMatch(body);
  });

  it('weighs q-values: the type the client prefers wins', async () => {
    const response = await citations('', { accept: 'application/x-bibtex;q=0.4, application/x-research-info-systems;q=0.9' });
    expect(response.headers['content-type']).toMatch(/^application\/x-research-info-systems/);
  });

  it('lets ?format= override the Accept header', async () => {
    const response = await citations('?format=bibtex', { accept: 'application/json' });
    expect(response.headers['content-type']).toMatch(/^application\/x-bibtex/);
  });

  it('answers 406 problem+json when nothing in Accept is offered', async () => {
    const problem = expectProblem(await citations('', { accept: 'text/html, application/pdf' }), 406);
    expect(problem.detail).toContain('application/x-bibtex');
  });
});

describe('GET /v1/claims/:id/citations: Unicode metadata', () => {
  it('exports BibTeX that a BibTeX parser reads back in Cyrillic, keyed by the source id', async () => {
    const library = parseBibtex((await citations('?format=bibtex')).body);

    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry!.key).toBe(claim.sourceId);
    expect(entry!.fields.title).toBe(RUSSIAN.title);
    expect(entry!.fields.author).toEqual([{ lastName: 'Иванова', firstName: 'Анна' }, { name: 'Центр стратегических исследований' }]);
    expect(entry!.fields.month).toBe('5');
    expect(entry!.fields.day).toBe('7');
  });

  it('gives CSL-JSON items with the language and the organisation as a literal author', async () => {
    const [item] = (await citations('?format=csl')).json();

    expect(item).toMatchObject({
      id: claim.sourceId,
      language: 'ru',
      title: RUSSIAN.title,
      author: [{ family: 'Иванова', given: 'Анна' }, { literal: 'Центр стратегических исследований' }],
      issued: { 'date-parts': [[2024, 5, 7]] },
    });
  });
});

describe('GET /v1/claims/:id/citations: Web Annotation', () => {
  it('gives every citation a SpecificResource on the stored text, with the article as scope', async () => {
    const [primary] = (await citations()).json().citations;

    expect(primary.target).toMatchObject({
      type: 'SpecificResource',
      source: { id: `http://api.test/v1/sources/${claim.sourceId}/text`, type: 'Text', format: 'text/plain', language: 'ru' },
      scope: RUSSIAN.url,
    });
    expect(primary.target.selector).toEqual(primary.selectors);
  });

  it('lengthens the quote context until it points at one place, though the quote repeats', async () => {
    const [primary] = (await citations()).json().citations;
    const [quote, position] = primary.target.selector;
    const text = (await t.app.inject(new URL(primary.target.source.id).pathname)).body;

    expect(text.split(quote.exact).length - 1).toBe(2);
    expect(text.split(quote.prefix + quote.exact + quote.suffix).length - 1).toBe(1);
    expect(Array.from(text).slice(position.start, position.end).join('')).toBe(quote.exact);
  });

  it.each([
    ['?format=annotation', {}],
    ['', { accept: 'application/ld+json' }],
  ] as const)('describes the claim as a W3C Web Annotation (JSON-LD) for %s %j', async (query, headers) => {
    const response = await citations(query, headers);
    const annotation = response.json();

    expect(response.headers['content-type']).toMatch(/^application\/ld\+json; profile="http:\/\/www\.w3\.org\/ns\/anno\.jsonld"/);
    expect(annotation).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: `http://api.test/v1/claims/${claim.id}/citations?format=annotation`,
      type: 'Annotation',
      motivation: 'describing',
      body: { type: 'TextualBody', value: claim.statement, format: 'text/plain', purpose: 'describing' },
      target: { type: 'SpecificResource', source: { id: `http://api.test/v1/sources/${claim.sourceId}/text` }, scope: RUSSIAN.url },
    });
    expect(annotation.target.selector.map((s: { type: string }) => s.type)).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
    expect(annotation.target.selector[0].exact).toBe(claim.quote.exact);
    expect(Number.isNaN(Date.parse(annotation.created))).toBe(false);
  });

  it('answers 404 problem+json for an unknown claim in every representation', async () => {
    for (const accept of ['application/json', 'application/ld+json', 'application/x-bibtex']) {
      expectProblem(await t.app.inject({ url: '/v1/claims/clm_nope/citations', headers: { accept } }), 404);
    }
  });
});

describe('POST /v1/sources: language', () => {
  it('keeps a language given in the body, in canonical form', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/v1/sources',
      headers: AUTH,
      payload: { title: 'Given language', language: 'zh-hant', text: '貿易額在2024年達到2448億美元。' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().source.language).toBe('zh-Hant');
  });

  it.each([
    ['Russian', 'Товарооборот между Россией и Китаем в прошлом году вырос почти на треть, сообщили в министерстве.', 'ru'],
    ['Greek', 'Το εμπόριο μεταξύ των δύο χωρών αυξήθηκε σημαντικά πέρυσι, σύμφωνα με το υπουργείο.', 'el'],
    ['Chinese', '中俄两国去年的双边贸易额大幅增长，商务部表示两国将继续扩大合作。', 'zh'],
    ['English', 'Trade between the two neighbours grew strongly last year, the ministry said on Tuesday.', 'en'],
  ])('detects a %s text’s language when the body gives none', async (_name, text, language) => {
    const response = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: AUTH, payload: { title: `Detect ${language}`, text } });
    expect(response.statusCode).toBe(201);
    expect(response.json().source.language).toBe(language);
  });

  it('calls a text too short to tell undetermined rather than guessing', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/v1/sources', headers: AUTH, payload: { title: 'Figures', text: '42 %' } });
    expect(response.json().source.language).toBe('und');
  });

  it('refuses a language that is not a BCP 47 tag with 400 problem+json naming the field', async () => {
    const problem = expectProblem(
      await t.app.inject({ method: 'POST', url: '/v1/sources', headers: AUTH, payload: { title: 'Bad', language: 'en_US', text: 'Some text.' } }),
      400,
    );
    expect(problem.errors?.map((e) => e.path)).toContain('body.language');
  });
});
