import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/types.js';
import { HttpProblem } from '../http/errors.js';
import type { ServerState } from '../http/server-limits.js';
import { databaseOk, type WriteHealth } from '../http/write-health.js';
import { ProblemSchema } from '../schemas/common.js';

export const healthRoutes: FastifyPluginAsyncZod<{ store: Store; state: ServerState; writeHealth: WriteHealth }> = async (
  app,
  { store, state, writeHealth },
) => {
  app.get('/health', {
    schema: {
      operationId: 'getHealth',
      tags: ['service'],
      summary: 'Health check (liveness)',
      description:
        'Answers 200 when the process is up and the database answers a query, 503 otherwise. It stays 200 when only ' +
        'writes are failing (disk full, read-only file): see `/health/ready`.',
      response: { 200: z.object({ status: z.literal('ok'), database: z.literal('ok') }), 503: ProblemSchema },
    },
    handler: async () => {
      await databaseOk(store);
      return { status: 'ok' as const, database: 'ok' as const };
    },
  });

  app.get('/health/ready', {
    schema: {
      operationId: 'getReadiness',
      tags: ['service'],
      summary: 'Readiness check',
      description:
        'Answers 200 when the server can take any request, writes included: the database answers, its file is writable, ' +
        'the disk has room and no write failed for a storage reason in the last 30 seconds. Answers 503 with `Retry-After` ' +
        'and the reason otherwise, and while the server shuts down. It recovers by itself once the cause is gone.',
      response: {
        200: z.object({ status: z.literal('ready'), database: z.literal('ok'), writes: z.literal('ok') }),
        503: ProblemSchema,
      },
    },
    handler: async (_request, reply) => {
      if (state.draining) throw new HttpProblem(503, 'The server is shutting down.', { 'retry-after': '5' });
      await writeHealth.assertWritable();
      reply.header('cache-control', 'no-store');
      return { status: 'ready' as const, database: 'ok' as const, writes: 'ok' as const };
    },
  });
};
