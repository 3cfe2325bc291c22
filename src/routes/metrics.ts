import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MetricListQuerySchema, MetricSchema } from '../schemas/claims.js';
import { pageOf, ProblemSchema } from '../schemas/common.js';
import type { Store } from '../store/types.js';

export const metricRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (app, { store }) => {
  app.get('/v1/metrics', {
    schema: {
      tags: ['metrics'],
      summary: 'List metrics',
      operationId: 'listMetrics',
      description:
        'What claims measure — metrics rendered from a structured proposition (filter by `measure` or `entity`) and keys derived from wording for figures no measure fits — with claim counts.',
      querystring: MetricListQuerySchema,
      response: { 200: pageOf(MetricSchema), 400: ProblemSchema },
    },
    handler: async (request) => store.listMetrics(request.query),
  });
};
