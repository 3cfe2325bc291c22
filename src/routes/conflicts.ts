import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Store } from '../store/types.js';
import { IdParamsSchema, pageOf, ProblemSchema } from '../schemas/common.js';
import { ConflictListQuerySchema, ConflictSchema } from '../schemas/conflicts.js';
import { ClaimReviewSchema } from '../schemas/reviews.js';
import { conflictClaimReviewOf } from '../services/claim-reviews.js';
import { baseUrlOf, LD_JSON } from './reviews.js';
import { splicedItemSerializer, splicedPageSerializer } from '../http/serializer.js';
import { CONFLICT_PAGE_MEMBERS } from '../store/mapping.js';

/** Whether the client asked for JSON-LD (a ClaimReview) rather than plain JSON. */
const wantsLd = (accept: string | undefined) => /(^|,)\s*application\/ld\+json\s*(;|,|$)/i.test(accept ?? '');

export const conflictRoutes: FastifyPluginAsyncZod<{ store: Store; checkResponses: boolean }> = async (app, { store, checkResponses }) => {
  // Each group's members are stored as the JSON the API serves: a page splices them in as they are.
  const conflictPage = splicedPageSerializer(ConflictSchema, 'claims', { check: checkResponses });
  const oneConflict = splicedItemSerializer(ConflictSchema, 'claims', { check: checkResponses });

  app.get('/v1/conflicts', {
    schema: {
      tags: ['conflicts'],
      summary: 'List conflicts',
      operationId: 'listConflicts',
      description:
        'Groups of claims from two or more sources about one proposition; discrepancies by default. A page holds at most ' +
        `\`limit\` conflicts and fewer where their groups are large: it ends before the group that would take it past ${CONFLICT_PAGE_MEMBERS} ` +
        'claims in all (a first group is always listed whole), and `nextCursor` continues from there. Every conflict lists all its claims.',
      querystring: ConflictListQuerySchema,
      response: { 200: pageOf(ConflictSchema), 400: ProblemSchema },
    },
    handler: async (request, reply) => {
      const { limit, cursor, ...filter } = request.query;
      const page = await store.listConflictPage(filter, { limit, cursor });
      return reply
        .type('application/json; charset=utf-8')
        .serializer(conflictPage as (payload: unknown) => string)
        .send(page as never);
    },
  });

  app.get('/v1/conflicts/:id', {
    schema: {
      tags: ['conflicts'],
      summary: 'Get a conflict',
      operationId: 'getConflict',
      description:
        'One group of claims about one proposition, with its consensus, spread and explanation. ' +
        'With `Accept: application/ld+json`, the ClaimReview of its current verdict instead (404 while open or stale): the ' +
        'same document as `GET /v1/conflicts/{id}/claim-review`, which documents its shape.',
      params: IdParamsSchema,
      response: { 200: ConflictSchema, 404: ProblemSchema },
    },
    handler: async (request, reply) => {
      if (wantsLd(request.headers.accept)) return claimReviewReply(request.params.id, request, reply);
      const conflict = await store.getListedConflict(request.params.id);
      return reply
        .type('application/json; charset=utf-8')
        .serializer(oneConflict as (payload: unknown) => string)
        .send(conflict as never);
    },
  });

  /** The ClaimReview of the conflict's current verdict, as JSON-LD. */
  const claimReviewReply = async (id: string, request: FastifyRequest, reply: FastifyReply) => {
    const review = ClaimReviewSchema.parse(await conflictClaimReviewOf(store, id, { baseUrl: baseUrlOf(request) }));
    // The route's schema describes the JSON form; this representation is checked against its own schema above.
    return reply
      .type(LD_JSON)
      .serializer(JSON.stringify)
      .send(review as never);
  };
};
