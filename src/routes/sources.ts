import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireWriteKey } from '../http/auth.js';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';
import { HttpProblem } from '../http/errors.js';
import { deleteSource, ingestSource } from '../services/ingest.js';
import { IngestResultSchema } from '../schemas/claims.js';
import { IdParamsSchema, ListQuerySchema, pageOf, ProblemSchema } from '../schemas/common.js';
import { MAX_TEXT_BYTES, SourceInputSchema, SourceSchema } from '../schemas/sources.js';

const writeProblems = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  413: ProblemSchema,
  415: ProblemSchema,
  429: ProblemSchema,
} as const;

export const sourceRoutes: FastifyPluginAsyncZod<{ store: Store; config: Config }> = async (app, { store, config }) => {
  const writeGuard = {
    onRequest: requireWriteKey(config.apiKeys),
    config: { rateLimit: { max: config.writeRateLimit, timeWindow: '1 minute' } },
  };

  app.post('/v1/sources', {
    ...writeGuard,
    schema: {
      tags: ['sources'],
      summary: 'Add a source',
      operationId: 'createSource',
      description:
        'Stores a text with its metadata and extracts its passages and claims, re-judging the conflicts they touch — all in ' +
        'one transaction. Text already stored (same SHA-256) creates nothing and answers 200 with the existing source.',
      security: [{ bearerAuth: [] }],
      body: SourceInputSchema,
      response: {
        201: IngestResultSchema.describe('The source was created.'),
        200: IngestResultSchema.describe('The same text was already stored; nothing was created.'),
        409: ProblemSchema,
        ...writeProblems,
      },
    },
    handler: async (request, reply) => {
      if (Buffer.byteLength(request.body.text, 'utf8') > MAX_TEXT_BYTES) {
        throw new HttpProblem(413, `The text is larger than ${MAX_TEXT_BYTES} bytes of UTF-8.`);
      }
      const { source, created } = await ingestSource(store, request.body, new Date(), { keyName: request.actor!.keyName, requestId: request.id });
      const result = { source, passageCount: await store.countPassages(source.id), claims: await store.claimsOfSource(source.id) };
      return reply.code(created ? 201 : 200).header('location', `/v1/sources/${source.id}`).send(result);
    },
  });

  app.delete('/v1/sources/:id', {
    ...writeGuard,
    schema: {
      tags: ['sources'],
      summary: 'Remove a source',
      operationId: 'deleteSource',
      description: 'Removes the source, its passages and claims, and re-judges the conflicts they were part of, in one transaction.',
      security: [{ bearerAuth: [] }],
      params: IdParamsSchema,
      response: { 204: z.undefined().describe('Removed.'), 404: ProblemSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      await deleteSource(store, request.params.id, { keyName: request.actor!.keyName, requestId: request.id });
      return reply.code(204).send();
    },
  });

  app.get('/v1/sources', {
    schema: {
      tags: ['sources'],
      summary: 'List sources',
      operationId: 'listSources',
      description: 'Every stored source, ordered by id, one page at a time.',
      querystring: ListQuerySchema,
      response: { 200: pageOf(SourceSchema), 400: ProblemSchema },
    },
    handler: async (request) => store.listSources(request.query),
  });

  app.get('/v1/sources/:id', {
    schema: {
      tags: ['sources'],
      summary: 'Get a source',
      operationId: 'getSource',
      description: 'A source’s metadata (not its text: see `/v1/sources/{id}/text`).',
      params: IdParamsSchema,
      response: { 200: SourceSchema, 404: ProblemSchema },
    },
    handler: async (request) => store.getSource(request.params.id),
  });

  app.get('/v1/sources/:id/text', {
    schema: {
      tags: ['sources'],
      summary: 'Get a source’s text',
      operationId: 'getSourceText',
      description: 'The stored text byte for byte (`text/plain; charset=utf-8`); every offset the API returns points into it.',
      params: IdParamsSchema,
      response: {
        200: { description: 'The text.', content: { 'text/plain': { schema: z.string() } } },
        404: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const text = await store.getSourceText(request.params.id);
      return reply.type('text/plain; charset=utf-8').send(text);
    },
  });
};
