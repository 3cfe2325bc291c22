import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../store/types.js';
import { ClaimListQuerySchema, ClaimSchema } from '../schemas/claims.js';
import { IdParamsSchema, pageOf, ProblemSchema } from '../schemas/common.js';
import { plainJsonSerializer } from '../http/serializer.js';

export const claimRoutes: FastifyPluginAsyncZod<{ store: Store; checkResponses: boolean }> = async (app, { store, checkResponses }) => {
  // The store builds a claim in the schema's shape: JSON.stringify it (checked against zod in tests).
  const oneClaim = plainJsonSerializer(ClaimSchema, { check: checkResponses });
  app.get('/v1/claims', {
    schema: {
      tags: ['claims'],
      summary: 'List claims',
      operationId: 'listClaims',
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
      operationId: 'getClaim',
      description: 'One claim: its value, unit, interval, period and the exact words it came from.',
      params: IdParamsSchema,
      response: { 200: ClaimSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      const claim = await store.getClaim(request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .serializer(oneClaim)
        .send(claim as never);
    },
  });
};
