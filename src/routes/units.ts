import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { UNITS, type Unit } from '../lexicon/units.js';
import { decodeCursor, paginate } from '../store/cursor.js';
import { pageOf, ProblemSchema } from '../schemas/common.js';
import { UnitListQuerySchema, UnitSchema, type UnitDto } from '../schemas/units.js';

const toDto = (u: Unit): UnitDto => ({
  code: u.code,
  name: u.name,
  dimension: u.dimension,
  standard: u.standard,
  base: u.base,
  factor: u.factor,
  offset: u.offset,
  family: u.family,
  familyUnit: u.familyUnit,
  prefixes: [...u.prefixes],
  symbols: [...u.symbols],
  words: [...u.words],
  multipliers: { ...u.multipliers },
});

// The registry is fixed for the life of the process: one sorted list, paged by code.
const ordered = [...UNITS].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).map(toDto);

export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/v1/units', {
    schema: {
      operationId: 'listUnits',
      tags: ['units'],
      summary: 'List units',
      description:
        'The unit registry, read-only: every unit a claim’s `unit` can carry, with its dimension, its conversion to the ' +
        'base unit, its UCUM or ISO 4217 identifier and the forms text writes it in. Sorted by code.',
      querystring: UnitListQuerySchema,
      response: { 200: pageOf(UnitSchema), 400: ProblemSchema },
    },
    handler: async (request) => {
      const { limit, cursor, dimension, family } = request.query;
      const after = cursor === undefined ? null : (decodeCursor(cursor, ['string'])[0] as string);
      const rows = ordered.filter((u) => (after === null || u.code > after) && (!dimension || u.dimension === dimension) && (!family || u.family === family));
      return paginate(rows.slice(0, limit + 1), limit, (u) => [u.code]);
    },
  });
};
