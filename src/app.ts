import cors from '@fastify/cors';
import etag from '@fastify/etag';
import xxhash from 'xxhash-wasm';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import underPressure from '@fastify/under-pressure';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import type { Store } from './store/types.js';
import { prepareInThread, type Prepare } from './services/prepare-pool.js';
import { requestForLog } from './http/auth.js';
import { clientErrorHandler, errorHandler, notFoundHandler, problem, storageFault, strictJsonParser } from './http/errors.js';
import { createHttpServer, guardServer, ServerState, shuttingDownResponse } from './http/server-limits.js';
import { WriteHealth } from './http/write-health.js';
import { securityHeaders } from './http/security-headers.js';
import { requestLogger } from './http/request-logger.js';
import { validatorCompilerWithShortcuts } from './http/validation.js';
import { createSerializerCompiler } from './http/serializer.js';
import { ProblemSchema } from './schemas/common.js';
import { transformDocument, transformRoute } from './http/openapi-document.js';
import { auditRoutes } from './routes/audit.js';
import { citationRoutes } from './routes/citations.js';
import { claimRoutes } from './routes/claims.js';
import { metricRoutes } from './routes/metrics.js';
import { passageRoutes } from './routes/passages.js';
import { conflictRoutes } from './routes/conflicts.js';
import { healthRoutes } from './routes/health.js';
import { pageRoutes } from './routes/pages.js';
import { reviewRoutes } from './routes/reviews.js';
import { sourceRoutes } from './routes/sources.js';
import { unitRoutes } from './routes/units.js';

export interface AppDeps {
  config: Config;
  store: Store;
  /** Where logs go (stdout by default); tests pass a stream to read them. */
  logStream?: NodeJS.WritableStream;
  /** Shared with server.ts, which sets `draining` on SIGTERM. */
  state?: ServerState;
  /** How ingested texts are extracted: server.ts passes its worker pool's; in-thread by default. */
  prepare?: Prepare;
}

export const API_VERSION = '1.0.0';

/** Builds the app; never reads the environment and never listens (server.ts does). */
export async function buildApp({ config, store, logStream, state = new ServerState(), prepare = prepareInThread }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: { paths: ['req.headers.authorization'], censor: '[redacted]' },
      serializers: { req: requestForLog },
      ...(logStream ? { stream: logStream } : {}),
    },
    // The HTTP server carries every connection limit (timeouts, caps): see http/server-limits.ts.
    serverFactory: (handler) => createHttpServer(config, handler),
    bodyLimit: 2 * 1024 * 1024,
    // The audit log records request ids: they must stay unique across restarts, unlike Fastify's counter.
    genReqId: () => randomUUID(),
    // A request's child logger is made when it first writes a line, not for every request.
    childLoggerFactory: requestLogger,
    // Malformed or over-long URLs fail in the router, before any route: same problem+json.
    frameworkErrors: errorHandler,
    // Errors below HTTP (framing, header size, timeouts) are problem+json too.
    clientErrorHandler,
    // Requests that arrive while closing are answered by the draining hook below, with Retry-After.
    return503OnClosing: false,
  }).withTypeProvider<ZodTypeProvider>();

  guardServer(app.server, config, state, app.log);
  const writeHealth = new WriteHealth(config, store);

  // While draining: run, refuse (503) or drop a request (see ServerState.drainDecision).
  const whileDraining = async (request: FastifyRequest, reply: FastifyReply) => {
    const decision = state.drainDecision(request.raw);
    // Its connection closes after an earlier response: nothing could be written back, so leave it undone.
    if (decision === 'drop') {
      reply.hijack();
      return;
    }
    if (decision === 'refuse') {
      // Let the parser finish the bytes already read, so a request pipelined behind this one is
      // known before onSend decides which response is the connection's last.
      await new Promise((resolve) => setImmediate(resolve));
      const { headers, body } = shuttingDownResponse();
      reply
        .code(503)
        .headers(headers)
        .type('application/problem+json')
        .send({ ...body, instance: request.url.split('?')[0] });
    }
  };
  // First hook of all: nothing else runs for a request refused here. Callback-style, as are the
  // other per-request hooks here: an async hook costs every request a promise and a microtask.
  const requireHost = (request: FastifyRequest, reply: FastifyReply) => {
    if (request.raw.httpVersion === '1.1' && !request.headers.host) {
      reply
        .code(400)
        .header('connection', 'close')
        .type('application/problem+json')
        .send({ ...problem(400, 'An HTTP/1.1 request must carry a Host header.'), instance: request.url.split('?')[0] });
    }
  };
  app.addHook('onRequest', (request, reply, done) => {
    if (!state.draining) {
      requireHost(request, reply);
      return done();
    }
    whileDraining(request, reply).then(() => {
      if (!reply.sent) requireHost(request, reply);
      done();
    }, done);
  });
  // While draining, a connection's last response closes it, so no client sends on it again;
  // responses with requests queued behind them keep it open until those are answered.
  // (Synchronous on purpose: an onSend that waits lets Fastify run the handler of a request
  // answered early by a hook, since the reply does not count as sent until onSend is done.)
  app.addHook('onSend', (request, reply, payload, done) => {
    if (state.closesConnection(request.raw)) reply.header('connection', 'close');
    done(null, payload);
  });
  // A write that failed for lack of space or a read-only file makes /health/ready fail for a while.
  app.addHook('onError', async (_request, _reply, err) => {
    const fault = storageFault(err);
    if (fault?.lasting) writeHealth.recordFault(fault.code);
  });

  // Any route may answer 503 (overload, shutdown, storage unavailable) and any write 507 (disk
  // full): say so in each route's documented responses, without repeating it in every route.
  app.addHook('onRoute', (route) => {
    const response = route.schema?.response as Record<string, unknown> | undefined;
    if (!response || !route.schema) return;
    const writes = [route.method].flat().some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH' || m === 'DELETE');
    // A copy: response maps may be shared between routes.
    route.schema.response = { 503: ProblemSchema, ...(writes ? { 507: ProblemSchema } : {}), ...response };
  });

  app.setValidatorCompiler(validatorCompilerWithShortcuts);
  app.setSerializerCompiler(createSerializerCompiler({ check: config.checkResponses }));
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  // JSON is the only body this API reads: anything else is a 415, not a string to validate.
  app.removeContentTypeParser(['text/plain', 'application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, strictJsonParser(app.getDefaultJsonParser('error', 'error')));

  await app.register(underPressure, {
    // Mean event-loop delay over a sampling window; a single long extraction (a busy loop for
    // a second) is normal work here, so loop utilisation is not a sign of overload on its own.
    maxEventLoopDelay: config.maxEventLoopDelayMs,
    retryAfter: 10,
    pressureHandler: (request, reply) => {
      reply
        .code(503)
        .header('retry-after', '10')
        .type('application/problem+json')
        .send({ ...problem(503, 'The service is overloaded; retry after 10 seconds.'), instance: request.url.split('?')[0] });
    },
  });
  // Helmet's headers, computed once: its Fastify plugin rebuilds them (CSP parsing included) per request.
  // Swagger UI's page runs its own scripts and styles from /docs/static: allow exactly that.
  // With them, CORS's one header on an actual request: reads are public, so any origin may read
  // them (with `origin: '*'` and no credentials, @fastify/cors adds exactly this and nothing else).
  const headers = {
    ...securityHeaders({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'"],
          'style-src': ["'self'", 'https:', "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'validator.swagger.io'],
          // The API serves plain HTTP on 127.0.0.1 by default; upgrading the docs' assets to https would break them.
          'upgrade-insecure-requests': null,
        },
      },
    }),
    'access-control-allow-origin': '*',
  };
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  // Preflights: @fastify/cors answers OPTIONS, in a context of its own so that its per-request
  // hook (which only repeats the header above on other requests) runs for preflights alone.
  // Writes are not offered cross-origin. strictPreflight off: a bare OPTIONS is answered like a
  // preflight instead of a plain-text 400.
  await app.register(async (preflights) => {
    await preflights.register(cors, { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'], strictPreflight: false });
  });
  // Weak validators from a fast non-cryptographic hash of the body (xxHash64; sha1 or the plugin's
  // JavaScript FNV-1a cost more than building a small response): they only need to change when it does.
  const { h64ToString, h64Raw } = await xxhash();
  const bodyHash = (payload: string | Buffer) => (typeof payload === 'string' ? h64ToString(payload) : h64Raw(payload).toString(16).padStart(16, '0'));
  await app.register(etag, { weak: true, hashFn: bodyHash as (payload: string) => string });
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Provenance API',
        version: API_VERSION,
        description:
          'Who says what, where exactly, and where the sources disagree: sources, their passages, the checkable claims ' +
          'extracted from them, conflicts between sources and citations for every claim. Offsets count Unicode code points.',
        license: { name: 'MIT', identifier: 'MIT' },
        contact: { name: 'Provenance API maintainers' },
      },
      // Relative: the API itself, wherever it runs (Swagger UI's "Try it out" then calls the same origin).
      servers: [{ url: '/', description: 'This server.' }],
      tags: [
        { name: 'sources', description: 'Documents claims come from.' },
        { name: 'passages', description: 'Exact spans of a source.' },
        { name: 'claims', description: 'Checkable figures tied to their exact words.' },
        { name: 'metrics', description: 'What a claim’s value measures.' },
        { name: 'conflicts', description: 'Where sources agree or disagree.' },
        { name: 'units', description: 'The units claims are stated in and how they convert.' },
        { name: 'reviews', description: 'People’s verdicts on conflicts, corrections of claims, and ClaimReview publishing.' },
        { name: 'audit', description: 'Who wrote what, when.' },
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

  await app.register(healthRoutes, { store, state, writeHealth });
  await app.register(sourceRoutes, { store, config, prepare });
  await app.register(passageRoutes, { store });
  await app.register(claimRoutes, { store, checkResponses: config.checkResponses });
  await app.register(citationRoutes, { store, checkResponses: config.checkResponses });
  await app.register(metricRoutes, { store });
  await app.register(conflictRoutes, { store, checkResponses: config.checkResponses });
  await app.register(unitRoutes);
  await app.register(reviewRoutes, { store, config });
  await app.register(auditRoutes, { store, config });
  // The explorer: HTML pages for people, from the same repositories as the JSON routes.
  await app.register(pageRoutes, { store });
  return app;
}
