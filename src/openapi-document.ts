import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { STATUS_CODES } from 'node:http';

/**
 * Route transform: zod → JSON Schema, then every error response is documented as
 * `application/problem+json`, because that is what the one error handler sends.
 */
export const transformRoute: SwaggerTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const response = transformed.schema.response as Record<string, unknown> | undefined;
  if (!response) return transformed;
  const documented = Object.fromEntries(
    Object.entries(response).map(([status, schema]) =>
      Number(status) >= 400 && !hasContent(schema)
        ? [status, { description: STATUS_CODES[status] ?? 'Error', content: { 'application/problem+json': { schema } } }]
        : [status, schema],
    ),
  );
  return { ...transformed, schema: { ...transformed.schema, response: documented } };
};

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
