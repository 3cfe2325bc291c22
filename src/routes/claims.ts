import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/types.js';
import { citationsFor, exportCitations } from '../citations.js';
import { CitationListSchema, CitationQuerySchema } from '../schemas/citations.js';
import { ClaimListQuerySchema, ClaimSchema, MetricListQuerySchema, MetricSchema } from '../schemas/claims.js';
import { IdParamsSchema, ListQuerySchema, pageOf, ProblemSchema } from '../schemas/common.js';

export const claimRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get('/v1/claims', {
    schema: {
      tags: ['claims'],
      summary: 'List claims',
      description: 'Claims in document order (by source, then position), filtered by source, metric, unit, year or full-text search.',
      querystring: ClaimListQuerySchema,
      response: { 200: pageOf(ClaimSchema), 400: ProblemSchema },
    },
    handler: async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return store.listClaims(filter, { limit, cursor });
    },
  });

  app.get('/v1/claims/:id', {
    schema: {
      tags: ['claims'],
      summary: 'Get a claim',
      params: IdParamsSchema,
      response: { 200: ClaimSchema, 404: ProblemSchema },
    },
    handler: async (request) => store.getClaim(request.params.id),
  });

  app.get('/v1/claims/:id/citations', {
    schema: {
      tags: ['claims'],
      summary: 'Cite a claim',
      description:
        'The claim’s own passage first (`primary`), then the claims of other sources in its conflict groups ' +
        '(`corroborating` / `contradicting`), each with W3C selectors, CSL-JSON and APA/MLA/Chicago strings. ' +
        '`format=bibtex|ris|csl` returns the cited sources in that format with its own content type.',
      params: IdParamsSchema,
      querystring: CitationQuerySchema,
      response: {
        200: {
          description: 'Citations (JSON) or the cited sources as BibTeX, RIS or CSL-JSON.',
          content: {
            'application/json': { schema: CitationListSchema },
            'application/x-bibtex': { schema: z.string() },
            'application/x-research-info-systems': { schema: z.string() },
            'application/vnd.citationstyles.csl+json': { schema: z.string() },
          },
        },
        400: ProblemSchema,
        404: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const { format } = request.query;
      if (format === 'json') return citationsFor(store, request.params.id);
      const { body, contentType } = await exportCitations(store, request.params.id, format);
      return reply.type(contentType).serializer((payload: unknown) => payload as string).send(body);
    },
  });

  app.get('/v1/metrics', {
    schema: {
      tags: ['metrics'],
      summary: 'List metrics',
      description: 'What claims measure — metrics rendered from a structured proposition (filter by `measure` or `entity`) and keys derived from wording for figures no measure fits — with claim counts.',
      querystring: MetricListQuerySchema,
      response: { 200: pageOf(MetricSchema), 400: ProblemSchema },
    },
    handler: async (request) => store.listMetrics(request.query),
  });
};
