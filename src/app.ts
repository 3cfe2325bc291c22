import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { transformDocument, transformRoute } from './openapi-document.js';
import { claimRoutes } from './routes/claims.js';
import { conflictRoutes } from './routes/conflicts.js';
import { healthRoutes } from './routes/health.js';
import { sourceRoutes } from './routes/sources.js';

export interface AppDeps {
  config: Config;
  db: Db;
}

export const API_VERSION = '1.0.0';

/** Builds the app; never reads the environment and never listens (server.ts does). */
export async function buildApp({ config, db }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization'], censor: '[redacted]' },
    },
    requestTimeout: 30_000,
    bodyLimit: 2 * 1024 * 1024,
    // Malformed or over-long URLs fail in the router, before any route: same problem+json.
    frameworkErrors: errorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Provenance API',
        version: API_VERSION,
        description:
          'Who says what, where exactly, and where the sources disagree: sources, their passages, the checkable claims ' +
          'extracted from them, conflicts between sources and citations for every claim. Offsets count Unicode code points.',
      },
      tags: [
        { name: 'sources', description: 'Documents claims come from.' },
        { name: 'passages', description: 'Exact spans of a source.' },
        { name: 'claims', description: 'Checkable figures tied to their exact words.' },
        { name: 'metrics', description: 'What a claim’s value measures.' },
        { name: 'conflicts', description: 'Where sources agree or disagree.' },
        { name: 'service', description: 'Health and documentation.' },
      ],
      components: {
        securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'A key from API_KEYS.' } },
      },
    },
    transform: transformRoute,
    transformObject: transformDocument,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes, { db });
  await app.register(sourceRoutes, { db });
  await app.register(claimRoutes, { db });
  await app.register(conflictRoutes, { db });
  return app;
}
