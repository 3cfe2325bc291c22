import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParamsSchema, ProblemSchema } from '../schemas/common.js';
import { PassageSchema } from '../schemas/sources.js';
import type { Store } from '../store/types.js';

export const passageRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get('/v1/passages/:id', {
    schema: {
      tags: ['passages'],
      summary: 'Get a passage',
      operationId: 'getPassage',
      description: 'An exact span (usually a sentence) of a source, with code point offsets.',
      params: IdParamsSchema,
      response: { 200: PassageSchema, 404: ProblemSchema },
    },
    handler: async (request) => store.getPassage(request.params.id),
  });
};
