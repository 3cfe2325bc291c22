import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireWriteKey } from '../http/auth.js';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';
import { HttpProblem } from '../http/errors.js';
import { deleteSource, ingestSource } from '../services/ingest.js';
import { IngestResultSchema } from '../schemas/claims.js';
import { IdParamsSchema, ListQuerySchema, pageOf, ProblemSchema } from '../schemas/common.js';
import { MAX_BATCH_BYTES, MAX_BATCH_ITEMS, MAX_TEXT_BYTES, SourceBatchResultSchema, SourceInputSchema, SourceSchema } from '../schemas/sources.js';
import { ingestBatch, type BatchItem } from '../services/bulk-import.js';
import { loadCitationFormatter } from '../services/citations.js';
import { BadRequestError } from '../http/errors.js';

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
      return reply
        .code(created ? 201 : 200)
        .header('location', `/v1/sources/${source.id}`)
        .send(result);
    },
  });

  // NDJSON: one source object per line. A line that is not JSON is refused alone, as its item.
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'buffer', bodyLimit: MAX_BATCH_BYTES }, (_request, body, done) => {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body as Buffer);
    } catch {
      done(new BadRequestError('The request body is not valid UTF-8.'), undefined);
      return;
    }
    const items: unknown[] = [];
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      try {
        items.push(JSON.parse(line));
      } catch (err) {
        items.push(new UnparsedLine((err as Error).message));
      }
    }
    done(null, items);
  });

  app.post('/v1/sources::batch', {
    ...writeGuard,
    bodyLimit: MAX_BATCH_BYTES,
    schema: {
      tags: ['sources'],
      summary: 'Add many sources',
      operationId: 'createSources',
      description:
        `Stores up to ${MAX_BATCH_ITEMS} sources in one transaction: a JSON array of the objects \`POST /v1/sources\` takes, or ` +
        'the same objects one per line (`application/x-ndjson`), at most 32 MiB in all. Each item gets its own result: 201 ' +
        'created, 200 when its text was already stored (or given earlier in the batch), or a 4xx problem (invalid, text over ' +
        '1 MB, id taken by another source) — a refused item writes nothing, and the others are stored. The conflicts the new ' +
        'claims touch are re-judged once for the whole batch. Sending the same batch again stores nothing new.',
      security: [{ bearerAuth: [] }],
      consumes: ['application/json', 'application/x-ndjson'],
      body: z
        .array(z.unknown())
        .min(1)
        .max(MAX_BATCH_ITEMS)
        .describe('Source objects as `POST /v1/sources` takes them (schema `NewSource`); each is validated on its own.'),
      response: { 200: SourceBatchResultSchema.describe('One result per item.'), ...writeProblems },
    },
    handler: async (request) => {
      const items: BatchItem[] = request.body.map((raw, i) => itemOf(raw, i));
      // The batch's sources get their references formatted in its transaction: load the formatter first.
      await loadCitationFormatter();
      const outcomes = await ingestBatch(store, items, new Date(), { keyName: request.actor!.keyName, requestId: request.id });
      const results = outcomes.map((o, index) => ({ index, ...o }));
      return {
        created: outcomes.filter((o) => o.status === 201).length,
        duplicates: outcomes.filter((o) => o.status === 200).length,
        rejected: outcomes.filter((o) => o.status >= 400).length,
        results,
      };
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

class UnparsedLine {
  constructor(readonly message: string) {}
}

/** One batch item, validated on its own: what a single POST would refuse is refused here for this item alone. */
function itemOf(raw: unknown, index: number): BatchItem {
  if (raw instanceof UnparsedLine) return { rejected: { status: 400, detail: `Item ${index} (a line of the NDJSON body) is not JSON: ${raw.message}` } };
  const parsed = SourceInputSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      rejected: {
        status: 400,
        detail: `Item ${index} is not a valid source.`,
        errors: parsed.error.issues.map((issue) => ({ path: ['items', index, ...issue.path].map(String).join('.'), message: issue.message })),
      },
    };
  }
  if (Buffer.byteLength(parsed.data.text, 'utf8') > MAX_TEXT_BYTES) {
    return { rejected: { status: 413, detail: `Item ${index}: the text is larger than ${MAX_TEXT_BYTES} bytes of UTF-8.` } };
  }
  return parsed.data;
}
