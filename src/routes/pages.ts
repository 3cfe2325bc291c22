import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { h, type VNode } from 'preact';
import { z } from 'zod';
import { referenceKey } from '../cite/reference-key.js';
import type { References } from '../cite/types.js';
import type { Store } from '../store/types.js';
import { clientProblemOf, errorHandler } from '../http/errors.js';
import { ErrorPage } from '../pages/error-page.js';
import { sourceLabel } from '../pages/format.js';
import { renderDocument } from '../pages/render.js';
import { integerParam, IdParamsSchema } from '../schemas/common.js';
import { ConflictListQuerySchema } from '../schemas/conflicts.js';
import type { Source } from '../schemas/sources.js';

export const PUBLIC_DIR = join(import.meta.dirname, '..', '..', 'public');

const pageSize = integerParam(1, 100, 20).describe('Page size, 1..100.');
const cursor = z.string().max(512).optional();

/** The JSON list's filters plus the page-only ones; filters added to the API's schema arrive here too. */
const ConflictsPageQuery = ConflictListQuerySchema.extend({ limit: pageSize, year: integerParam(1, 9999) });
const SearchPageQuery = z.object({ q: z.string().max(200).optional(), limit: pageSize, cursor });
const ListPageQuery = z.object({ limit: integerParam(1, 500, 100), cursor });
const MetricParams = z.object({ key: z.string().min(1).max(200) });

function sendPage(reply: FastifyReply, page: VNode<any>) {
  return reply.type('text/html; charset=utf-8').send(renderDocument(page));
}

/**
 * The explorer: HTML pages for people, built from the same repository functions as the JSON
 * routes. Read-only; every page works without JavaScript (explorer.js only adds copy buttons).
 */
export const pageRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/assets/', decorateReply: false, maxAge: '1h' });

  // citation-js and its styles (about 30 MB) load when a page first shows a reference.
  let builder: Promise<typeof import('../cite/references.js')> | undefined;
  const references = new Map<string, References>();
  const cite = async (source: Source) => {
    const key = referenceKey(source);
    let built = references.get(key);
    if (!built) {
      built = (await (builder ??= import('../cite/references.js'))).buildReferences(source);
      if (references.size >= 512) references.delete(references.keys().next().value!);
      references.set(key, built);
    }
    return { sourceId: source.id, label: sourceLabel(source), formatted: { apa: built.apa, mla: built.mla, chicago: built.chicago }, bibtex: built.bibtex };
  };

  // An empty form field ("Any") means no filter, not an invalid value.
  app.addHook('preValidation', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (query) for (const key of Object.keys(query)) if (query[key] === '') delete query[key];
  });

  // People (browsers ask for text/html) get an HTML page for a missing or mistyped resource; anything else is the API's answer.
  app.setErrorHandler((err: FastifyError, request, reply) => {
    // A program that does not ask for HTML (no Accept: text/html) gets the API's problem+json.
    if (!/\btext\/html\b/.test(request.headers.accept ?? '')) return errorHandler(err, request, reply);
    const known = clientProblemOf(err);
    if (known) {
      const title = known.status === 404 ? 'Not found' : 'Not a valid request';
      return sendPage(reply.code(known.status), h(ErrorPage, { status: known.status, title, detail: known.detail }));
    }
    if (err.validation) {
      const detail = err.validation.map((v) => `${v.instancePath.replace(/^\//, '') || err.validationContext}: ${v.message}`).join('; ');
      return sendPage(reply.code(400), h(ErrorPage, { status: 400, title: 'Not a valid request', detail }));
    }
    return errorHandler(err, request, reply);
  });

  const hide = { hide: true } as const;
  // The pages (and the lexicon they name measures and entities with) load with the first page asked for.
  const page = {
    home: () => import('../pages/home-page.js'),
    conflicts: () => import('../pages/conflicts-page.js'),
    conflict: () => import('../pages/conflict-page.js'),
    index: () => import('../pages/index-pages.js'),
    metric: () => import('../pages/metric-page.js'),
    search: () => import('../pages/search-page.js'),
    source: () => import('../pages/source-page.js'),
  };

  app.get('/', { schema: hide }, async (_request, reply) => {
    const { HomePage, homeView } = await page.home();
    return sendPage(reply, h(HomePage, { view: await homeView(store) }));
  });

  app.get('/conflicts', { schema: { ...hide, querystring: ConflictsPageQuery } }, async (request, reply) => {
    const { ConflictsPage, conflictsView } = await page.conflicts();
    return sendPage(reply, h(ConflictsPage, { view: await conflictsView(store, request.query) }));
  });

  app.get('/conflicts/:id', { schema: { ...hide, params: IdParamsSchema } }, async (request, reply) => {
    const { ConflictPage, conflictView } = await page.conflict();
    return sendPage(reply, h(ConflictPage, { view: await conflictView(store, request.params.id, cite) }));
  });

  app.get('/sources', { schema: { ...hide, querystring: ListPageQuery } }, async (request, reply) => {
    const { SourcesPage, sourcesView } = await page.index();
    return sendPage(reply, h(SourcesPage, { view: await sourcesView(store, request.query), limit: request.query.limit }));
  });

  app.get('/sources/:id', { schema: { ...hide, params: IdParamsSchema } }, async (request, reply) => {
    const { SourcePage, sourceView } = await page.source();
    return sendPage(reply, h(SourcePage, { view: await sourceView(store, request.params.id) }));
  });

  app.get('/metrics', { schema: { ...hide, querystring: ListPageQuery } }, async (request, reply) => {
    const { MetricsPage, metricsView } = await page.index();
    return sendPage(reply, h(MetricsPage, { view: await metricsView(store, request.query), limit: request.query.limit }));
  });

  app.get('/metrics/:key', { schema: { ...hide, params: MetricParams } }, async (request, reply) => {
    const { MetricPage, metricView } = await page.metric();
    return sendPage(reply, h(MetricPage, { view: await metricView(store, request.params.key) }));
  });

  app.get('/search', { schema: { ...hide, querystring: SearchPageQuery } }, async (request, reply) => {
    const { SearchPage, searchView } = await page.search();
    return sendPage(reply, h(SearchPage, { view: await searchView(store, request.query), limit: request.query.limit }));
  });
};
