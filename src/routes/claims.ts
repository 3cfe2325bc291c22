import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.js';
import { getClaim, listClaims, listMetrics } from '../repos/claims.js';
import { ClaimListQuerySchema, ClaimSchema, MetricSchema } from '../schemas/claims.js';
import { IdParamsSchema, ListQuerySchema, pageOf, ProblemSchema } from '../schemas/common.js';

export const claimRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
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
      return listClaims(db, filter, { limit, cursor });
    },
  });

  app.get('/v1/claims/:id', {
    schema: {
      tags: ['claims'],
      summary: 'Get a claim',
      params: IdParamsSchema,
      response: { 200: ClaimSchema, 404: ProblemSchema },
    },
    handler: async (request) => getClaim(db, request.params.id),
  });

  app.get('/v1/metrics', {
    schema: {
      tags: ['metrics'],
      summary: 'List metrics',
      description: 'The propositions claims measure — catalogued and derived from wording — with claim counts.',
      querystring: ListQuerySchema,
      response: { 200: pageOf(MetricSchema), 400: ProblemSchema },
    },
    handler: async (request) => listMetrics(db, request.query),
  });
};
