import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.js';
import { getPassage } from '../repos/passages.js';
import { getSource, getSourceText, listSources } from '../repos/sources.js';
import { IdParamsSchema, ListQuerySchema, pageOf, ProblemSchema } from '../schemas/common.js';
import { PassageSchema, SourceSchema } from '../schemas/sources.js';

export const sourceRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get('/v1/sources', {
    schema: {
      tags: ['sources'],
      summary: 'List sources',
      description: 'Every stored source, ordered by id, one page at a time.',
      querystring: ListQuerySchema,
      response: { 200: pageOf(SourceSchema), 400: ProblemSchema },
    },
    handler: async (request) => listSources(db, request.query),
  });

  app.get('/v1/sources/:id', {
    schema: {
      tags: ['sources'],
      summary: 'Get a source',
      description: 'A source’s metadata (not its text: see `/v1/sources/{id}/text`).',
      params: IdParamsSchema,
      response: { 200: SourceSchema, 404: ProblemSchema },
    },
    handler: async (request) => getSource(db, request.params.id),
  });

  app.get('/v1/sources/:id/text', {
    schema: {
      tags: ['sources'],
      summary: 'Get a source’s text',
      description: 'The stored text byte for byte (`text/plain; charset=utf-8`); every offset the API returns points into it.',
      params: IdParamsSchema,
      response: {
        200: { description: 'The text.', content: { 'text/plain': { schema: z.string() } } },
        404: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const text = getSourceText(db, request.params.id);
      return reply.type('text/plain; charset=utf-8').send(text);
    },
  });

  app.get('/v1/passages/:id', {
    schema: {
      tags: ['passages'],
      summary: 'Get a passage',
      description: 'An exact span (usually a sentence) of a source, with code point offsets.',
      params: IdParamsSchema,
      response: { 200: PassageSchema, 404: ProblemSchema },
    },
    handler: async (request) => getPassage(db, request.params.id),
  });
};
