import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireScope } from '../http/auth.js';
import { claimClaimReviewOf, conflictClaimReviewOf, publishedClaimReviews } from '../services/claim-reviews.js';
import type { Config } from '../config.js';
import type { Store } from '../store/types.js';
import { conflictReviews, correctClaim, getCorrection, reviewConflict } from '../services/reviews.js';
import { IdParamsSchema, ProblemSchema } from '../schemas/common.js';
import {
  ClaimReviewListSchema,
  ClaimReviewSchema,
  ConflictReviewSchema,
  CorrectionInputSchema,
  CorrectionSchema,
  ReviewInputSchema,
} from '../schemas/reviews.js';

export const LD_JSON = 'application/ld+json';

const writeProblems = { 400: ProblemSchema, 401: ProblemSchema, 403: ProblemSchema, 404: ProblemSchema, 415: ProblemSchema, 429: ProblemSchema } as const;

export const ldJson = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { [LD_JSON]: { schema } } });

export const baseUrlOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

const actorOf = (request: FastifyRequest) => ({ keyName: request.actor!.keyName, requestId: request.actor!.requestId });

export const reviewRoutes: FastifyPluginAsyncZod<{ store: Store; config: Config }> = async (app, { store, config }) => {
  const guard = {
    onRequest: requireScope(config.apiKeys, 'review'),
    config: { rateLimit: { max: config.writeRateLimit, timeWindow: '1 minute' } },
  };

  app.post('/v1/conflicts/:id/reviews', {
    ...guard,
    schema: {
      operationId: 'createConflictReview',
      tags: ['reviews'],
      summary: 'Review a conflict',
      description:
        'Appends a verdict to the conflict’s review history: `confirmed`, `dismissed` (with a reason), `explained`, `resolved` ' +
        '(with the accepted value and the claim or source supporting it) or `open` (reopen). Transitions that do not follow the ' +
        'current state answer 409. Dismissing as `different-proposition` stores each pair of the named members as never to be ' +
        'grouped again and re-judges the proposition in the same transaction. Needs the `review` scope.',
      security: [{ bearerAuth: [] }],
      params: IdParamsSchema,
      body: ReviewInputSchema,
      response: { 201: ConflictReviewSchema, 409: ProblemSchema, ...writeProblems },
    },
    handler: async (request, reply) => {
      const review = await reviewConflict(store, request.params.id, request.body, actorOf(request));
      return reply
        .code(201)
        .header('location', `/v1/conflicts/${encodeURIComponent(review.conflictId)}/reviews`)
        .send(review);
    },
  });

  app.get('/v1/conflicts/:id/reviews', {
    schema: {
      operationId: 'listConflictReviews',
      tags: ['reviews'],
      summary: 'A conflict’s review history',
      description: 'Every review entry, oldest first, including `stale` entries written when re-judging changed a reviewed group.',
      params: IdParamsSchema,
      response: { 200: z.object({ data: z.array(ConflictReviewSchema) }), 404: ProblemSchema },
    },
    handler: async (request) => ({ data: await conflictReviews(store, request.params.id) }),
  });

  app.get('/v1/conflicts/:id/claim-review', {
    schema: {
      operationId: 'getConflictClaimReview',
      tags: ['reviews'],
      summary: 'A conflict’s ClaimReview',
      description:
        'The conflict’s current verdict as schema.org ClaimReview JSON-LD; 404 while it is open or stale. Also served by `GET /v1/conflicts/{id}` with `Accept: application/ld+json`.',
      params: IdParamsSchema,
      response: { 200: ldJson(ClaimReviewSchema, 'The ClaimReview.'), 404: ProblemSchema },
    },
    handler: async (request, reply) => reply.type(LD_JSON).send(await conflictClaimReviewOf(store, request.params.id, { baseUrl: baseUrlOf(request) })),
  });

  app.get('/v1/claims/:id/claim-review', {
    schema: {
      operationId: 'getClaimClaimReview',
      tags: ['reviews'],
      summary: 'A claim’s ClaimReview',
      description: 'For a claim in a resolved conflict: its statement rated against the accepted value; 404 otherwise.',
      params: IdParamsSchema,
      response: { 200: ldJson(ClaimReviewSchema, 'The ClaimReview.'), 404: ProblemSchema },
    },
    handler: async (request, reply) => reply.type(LD_JSON).send(await claimClaimReviewOf(store, request.params.id, { baseUrl: baseUrlOf(request) })),
  });

  app.get('/v1/claim-reviews', {
    schema: {
      operationId: 'listClaimReviews',
      tags: ['reviews'],
      summary: 'Published ClaimReviews',
      description: 'The ClaimReview of every resolved conflict, newest verdict first, as a schema.org ItemList.',
      response: { 200: ldJson(ClaimReviewListSchema, 'Every resolved review.') },
    },
    handler: async (request, reply) => reply.type(LD_JSON).send(await publishedClaimReviews(store, { baseUrl: baseUrlOf(request) })),
  });

  app.post('/v1/claims/:id/corrections', {
    ...guard,
    schema: {
      operationId: 'createClaimCorrection',
      tags: ['reviews'],
      summary: 'Correct a claim',
      description:
        'Overrides the claim’s metric (proposition), period, value or unit, or splits it out of every group (`excluded`), with a ' +
        'reason. The extracted claim is kept as it was; conflicts are judged on override ?? extraction and re-judged in the same ' +
        'transaction. Corrections are keyed by claim id, so they survive removing and re-ingesting the same text. Fields not sent ' +
        'keep earlier corrections. Needs the `review` scope.',
      security: [{ bearerAuth: [] }],
      params: IdParamsSchema,
      body: CorrectionInputSchema,
      response: { 201: CorrectionSchema, ...writeProblems },
    },
    handler: async (request, reply) => reply.code(201).send(await correctClaim(store, request.params.id, request.body, actorOf(request))),
  });

  app.get('/v1/claims/:id/correction', {
    schema: {
      operationId: 'getClaimCorrection',
      tags: ['reviews'],
      summary: 'A claim’s correction',
      description: 'The extracted claim, the reviewers’ override and the effective fields; 404 when the claim was never corrected.',
      params: IdParamsSchema,
      response: { 200: CorrectionSchema, 404: ProblemSchema },
    },
    handler: async (request) => getCorrection(store, request.params.id),
  });
};
