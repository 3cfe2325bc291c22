import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { databaseOk } from '../repos/health.js';
import { ProblemSchema } from '../schemas/common.js';

export const healthRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/health', {
    schema: {
      tags: ['service'],
      summary: 'Health check',
      description: 'Answers 200 when the process is up and the database answers a query, 503 otherwise.',
      response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok') }), 503: ProblemSchema },
    },
    handler: async () => {
      databaseOk(db);
      return { status: 'ok' as const, database: 'ok' as const };
    },
  });
};
