import { z } from 'zod';
import { ListQuerySchema } from './common.js';

import { DIMENSIONS, UNIT_STANDARDS } from '../domain/enums.js';

export const UnitSchema = z
  .object({
    code: z.string().describe('The code a claim’s `unit` carries: ISO 4217 for money, else a short symbol (`km`, `GW`, `percent`).'),
    name: z.string().describe('The unit’s name in English.'),
    dimension: z.enum(DIMENSIONS).describe('What the unit measures.'),
    standard: z
      .object({ system: z.enum(UNIT_STANDARDS), code: z.string() })
      .nullable()
      .describe('The standard identifier: a UCUM code, or the ISO 4217 code for money; null where neither defines one.'),
    base: z.string().nullable().describe('The base unit of the dimension (null for money: currencies never convert).'),
    factor: z.number().describe('value × factor + offset is the value in the base unit.'),
    offset: z.number().describe('Non-zero only for temperatures on a shifted scale (°C, °F).'),
    family: z.string().describe('Units of one family convert into each other; a claim is compared only within its family.'),
    familyUnit: z.string().describe('The unit comparisons within the family are reported in.'),
    prefixes: z.array(z.string()).describe('Forms written before the number ("US$", "€").'),
    symbols: z.array(z.string()).describe('Symbols written after the number, matched as written ("GW", "km/h").'),
    words: z.array(z.string()).describe('Words written after the number, in any case, singular or plural ("gigawatt").'),
    multipliers: z.record(z.string(), z.number()).describe('Forms among the symbols and words that are worth a multiple of the unit: `{"bcm": 1e9}` on `m3`.'),
  })
  .meta({ id: 'Unit' });

export type UnitDto = z.infer<typeof UnitSchema>;

export const UnitListQuerySchema = ListQuerySchema.extend({
  dimension: z.enum(DIMENSIONS).optional().describe('Only units of this dimension.'),
  family: z.string().max(64).optional().describe('Only units of this comparison family (e.g. `power`, `money:USD`).'),
});
