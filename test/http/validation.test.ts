import { describe, expect, it } from 'vitest';
import { validatorCompilerWithShortcuts } from '../../src/http/validation.js';
import { IdParamsSchema, ListQuerySchema } from '../../src/schemas/common.js';

type Result = { value?: unknown; error?: unknown };
const compile = (schema: unknown, httpPart: string) =>
  validatorCompilerWithShortcuts({ schema, httpPart, method: 'GET', url: '/x' } as never) as (data: unknown) => Result;

describe('validation shortcuts', () => {
  it('accepts an id within the schema’s bounds and leaves every other id to zod’s errors', () => {
    const validate = compile(IdParamsSchema, 'params');
    expect(validate({ id: 'clm_1' })).toEqual({ value: { id: 'clm_1' } });
    expect(validate({ id: 'x'.repeat(200) })).toEqual({ value: { id: 'x'.repeat(200) } });
    for (const bad of [{ id: '' }, { id: 'x'.repeat(201) }, { id: 7 }, {}]) {
      const result = validate(bad);
      expect(result.value).toBeUndefined();
      expect(result.error).toEqual([expect.objectContaining({ instancePath: expect.any(String) })]);
    }
  });

  it('gives an empty query the schema’s defaults, a fresh object each time, and parses any other query', () => {
    const validate = compile(ListQuerySchema, 'querystring');
    const first = validate({});
    const second = validate({});
    expect(first).toEqual({ value: { limit: 50 } });
    expect(second.value).not.toBe(first.value);
    (first.value as { limit: number }).limit = 1;
    expect(validate({}).value).toEqual({ limit: 50 });
    expect(validate({ limit: '5' })).toEqual({ value: { limit: 5 } });
    expect(validate({ limit: '0' }).error).toEqual([expect.objectContaining({ instancePath: '/limit' })]);
  });
});
