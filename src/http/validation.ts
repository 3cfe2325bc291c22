import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { IdParamsSchema } from '../schemas/common.js';

type Validate = ReturnType<FastifySchemaCompiler<z.ZodType>>;

const { minLength, maxLength } = IdParamsSchema.shape.id;

function isEmpty(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  for (const _ in data) return false;
  return true;
}

/**
 * zod's validator compiler, with two shortcuts in front of it for what most reads send:
 * - the `{ id }` params of every single-resource read: a string within the schema's length
 *   bounds is accepted without a zod parse;
 * - an empty query string: its outcome (the schema's defaults, or its errors) is worked out once
 *   per route, and each request gets a copy.
 * Anything else goes to zod, which answers exactly as before.
 */
export const validatorCompilerWithShortcuts: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route) as Validate;
  if (route.schema === IdParamsSchema) {
    const min = minLength ?? 0;
    const max = maxLength ?? Number.POSITIVE_INFINITY;
    return (data) => {
      const id = (data as { id?: unknown } | null)?.id;
      return typeof id === 'string' && id.length >= min && id.length <= max ? { value: { id } } : validate(data);
    };
  }
  if (route.httpPart === 'querystring') {
    const empty = validate({}) as { value?: unknown; error?: unknown };
    // A plain object of plain values: a shallow copy is a fresh result.
    const defaults = empty.value;
    const plain =
      !empty.error && typeof defaults === 'object' && defaults !== null && Object.values(defaults).every((v) => v === null || typeof v !== 'object');
    if (!plain) return validate;
    return (data) => (isEmpty(data) ? { value: { ...(defaults as object) } } : validate(data));
  }
  return validate;
};
