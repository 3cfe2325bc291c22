import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireScope } from '../http/auth.js';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';
import { listAuditEntries } from '../services/audit.js';
import { AuditEntrySchema, AuditQuerySchema } from '../schemas/audit.js';
import { pageOf, ProblemSchema } from '../schemas/common.js';

export const auditRoutes: FastifyPluginAsyncZod<{ store: Store; config: Config }> = async (app, { store, config }) => {
  app.get('/v1/audit', {
    onRequest: requireScope(config.apiKeys, 'admin'),
    schema: {
      operationId: 'listAuditEntries',
      tags: ['audit'],
      summary: 'The audit log',
      description:
        'Every write — ingest, delete, review, correction — with the key name, time, request id and what changed, newest first. ' +
        'Entries outlive what they describe (a removed source keeps its entries). Needs the `admin` scope.',
      security: [{ bearerAuth: [] }],
      querystring: AuditQuerySchema,
      response: { 200: pageOf(AuditEntrySchema), 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema },
    },
    handler: async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listAuditEntries(store, filter, { limit, cursor });
    },
  });
};
