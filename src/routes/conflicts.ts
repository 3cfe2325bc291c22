import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../store/types.js';
import { IdParamsSchema, pageOf, ProblemSchema } from '../schemas/common.js';
import { ConflictListQuerySchema, ConflictSchema } from '../schemas/conflicts.js';

export const conflictRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get('/v1/conflicts', {
    schema: {
      tags: ['conflicts'],
      summary: 'List conflicts',
      operationId: 'listConflicts',
      description: 'Groups of claims from two or more sources about one proposition; discrepancies by default.',
      querystring: ConflictListQuerySchema,
      response: { 200: pageOf(ConflictSchema), 400: ProblemSchema },
    },
    handler: async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return store.listConflicts(filter, { limit, cursor });
    },
  });

  app.get('/v1/conflicts/:id', {
    schema: {
      tags: ['conflicts'],
      summary: 'Get a conflict',
      operationId: 'getConflict',
      description: 'One group of claims about one proposition, with its consensus, spread and explanation.',
      params: IdParamsSchema,
      response: { 200: ConflictSchema, 404: ProblemSchema },
    },
    handler: async (request) => store.getConflict(request.params.id),
  });
};
