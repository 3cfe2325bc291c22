import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { STATUS_CODES } from 'node:http';

/**
 * Route transform: zod → JSON Schema, then what every operation shares, in one place:
 * - every error response is documented as `application/problem+json`, because that is what
 *   the one error handler sends;
 * - reads are public: a GET without its own `security` gets `security: []`;
 * - an operation that names no 4xx still documents the one every request can meet: request
 *   headers too large (431);
 * - an operation without an `operationId` gets one from its method and last path segment
 *   (`GET /health` → `getHealth`); routes name theirs, this is the fallback.
 */
export const transformRoute: SwaggerTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const schema = transformed.schema as Record<string, unknown> & { response?: Record<string, unknown> };
  const response = { ...(schema.response ?? {}) };
  if (!Object.keys(response).some((status) => status.startsWith('4'))) response['431'] = ProblemJsonSchema;
  const documented = Object.fromEntries(
    Object.entries(response).map(([status, statusSchema]) =>
      Number(status) >= 400 && !hasContent(statusSchema)
        ? [status, { description: STATUS_CODES[status] ?? 'Error', content: { 'application/problem+json': { schema: statusSchema } } }]
        : [status, statusSchema],
    ),
  );
  const method = [input.route.method].flat()[0]!.toString().toLowerCase();
  return {
    ...transformed,
    schema: {
      ...schema,
      operationId: (schema.operationId as string | undefined) ?? fallbackOperationId(method, input.url),
      ...(method === 'get' && !schema.security && { security: [] }),
      response: documented,
    },
  };
};

const ProblemJsonSchema = { $ref: '#/components/schemas/Problem' };

function fallbackOperationId(method: string, url: string): string {
  const segment =
    url
      .split('/')
      .filter((part) => part && !part.startsWith(':'))
      .pop() ?? 'root';
  const words = segment.split(/[^a-zA-Z0-9]+/).filter(Boolean);
  return method + words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('');
}

function hasContent(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && 'content' in schema;
}

interface OpenApiDocument {
  paths?: unknown;
  components?: { schemas?: Record<string, unknown> };
}

/**
 * Document transform: components from the zod registry, minus those no route refers to. The
 * provider emits an input and an output variant of every registered schema; a client generated
 * from the document should only see the ones the API actually speaks.
 */
export const transformDocument: SwaggerTransformObject = (documentObject) => {
  const transformed = jsonSchemaTransformObject(documentObject);
  const document = transformed as OpenApiDocument;
  const schemas = document.components?.schemas;
  if (!schemas) return transformed;
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(value);
    }
  };
  visit(document.paths);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...document.components, schemas: kept } } as ReturnType<SwaggerTransformObject>;
};
