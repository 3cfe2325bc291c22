import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { IdParamsSchema } from '../schemas/common.js';

type Validate = ReturnType<FastifySchemaCompiler<z.ZodType>>;

const { minLength, maxLength } = IdParamsSchema.shape.id;

/**
 * zod's validator compiler, with a direct check in front of the one schema every single-resource
 * read validates (`{ id }`, a string within the schema's length bounds): a valid id is accepted
 * without a zod parse, and anything else is left to zod, which answers exactly as before.
 */
export const validatorCompilerWithFastIds: FastifySchemaCompiler<z.ZodType> = (route) => {
  const validate = validatorCompiler(route) as Validate;
  if (route.schema !== IdParamsSchema) return validate;
  const min = minLength ?? 0;
  const max = maxLength ?? Number.POSITIVE_INFINITY;
  return (data) => {
    const id = (data as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length >= min && id.length <= max ? { value: { id } } : validate(data);
  };
};
