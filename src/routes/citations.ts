import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../store/types.js';
import { citationsFor, claimAnnotationFor, cslItemsFor, exportCitations } from '../services/citations.js';
import { negotiateFormat } from '../content-negotiation.js';
import { CITATION_MEDIA_TYPES, CitationListSchema, CitationQuerySchema, CslItemListSchema, WebAnnotationSchema } from '../schemas/citations.js';
import { IdParamsSchema, ProblemSchema } from '../schemas/common.js';
import { plainJsonSerializer } from '../http/serializer.js';

export const citationRoutes: FastifyPluginAsyncZod<{ store: Store; checkResponses: boolean }> = async (app, { store, checkResponses }) => {
  // citationsFor builds each citation in the schema's shape: JSON.stringify writes its long strings
  // (passages, references) faster than the compiled serializer (checked against zod in tests).
  const citationList = plainJsonSerializer(CitationListSchema, { check: checkResponses });
  app.get('/v1/claims/:id/citations', {
    schema: {
      tags: ['claims'],
      summary: 'Cite a claim',
      operationId: 'getClaimCitations',
      description:
        'The claim’s own passage first (`primary`), then the claims of other sources in its conflict group ' +
        '(`corroborating` / `contradicting`), each with a W3C Web Annotation target (selectors included), CSL-JSON ' +
        'and APA/MLA/Chicago strings. Peers come in pages (`limit`, `cursor`, ordered by claim id) with their ' +
        'counts by stance, so a figure that hundreds of sources repeat costs one page. The same resource comes in ' +
        'other representations, chosen by `Accept` or `?format=`: the claim as a W3C Web Annotation ' +
        '(`application/ld+json`), or the sources of the page as CSL-JSON, BibTeX or RIS.',
      params: IdParamsSchema,
      querystring: CitationQuerySchema,
      response: {
        200: {
          description: 'The citations in the representation asked for.',
          content: {
            [CITATION_MEDIA_TYPES.json]: { schema: CitationListSchema },
            [CITATION_MEDIA_TYPES.annotation]: { schema: WebAnnotationSchema },
            [CITATION_MEDIA_TYPES.csl]: { schema: CslItemListSchema },
            [CITATION_MEDIA_TYPES.bibtex]: { schema: z.string().describe('BibTeX (UTF-8), one entry per cited source.') },
            [CITATION_MEDIA_TYPES.ris]: { schema: z.string().describe('RIS (UTF-8, CRLF), one record per cited source.') },
          },
        },
        400: ProblemSchema,
        404: ProblemSchema,
        406: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const { id } = request.params;
      const page = { limit: request.query.limit, cursor: request.query.cursor };
      const format = negotiateFormat(request.query.format, request.headers.accept, CITATION_MEDIA_TYPES);
      const baseUrl = `${request.protocol}://${request.host}`;
      const vary = reply.getHeader('vary');
      reply.header('vary', vary ? `${String(vary)}, Accept` : 'Accept');
      switch (format) {
        case 'json': {
          const list = await citationsFor(store, id, baseUrl, page);
          return reply.type('application/json; charset=utf-8').serializer(citationList).send(list);
        }
        case 'annotation':
          return reply.type('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"').send(await claimAnnotationFor(store, id, baseUrl));
        case 'csl':
          return reply.type(CITATION_MEDIA_TYPES.csl).send(await cslItemsFor(store, id, page));
        default: {
          const { body, contentType } = await exportCitations(store, id, format, page);
          return reply
            .type(contentType)
            .serializer((payload: unknown) => payload as string)
            .send(body);
        }
      }
    },
  });
};
