import type { FastifyError, FastifyReply, FastifyRequest, FastifyBodyParser } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { STATUS_CODES } from 'node:http';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

export class NotFoundError extends HttpProblem {
  constructor(kind: string, id: string) {
    super(404, `No ${kind} with id '${id}'.`);
  }
}

export class BadRequestError extends HttpProblem {
  constructor(detail: string, readonly errors?: Array<{ path: string; message: string }>) {
    super(400, detail);
  }
}

export class UnauthorizedError extends HttpProblem {
  constructor(detail: string) {
    super(401, detail, { 'www-authenticate': 'Bearer' });
  }
}

const PROBLEM_TYPE = 'about:blank';

export function problem(status: number, detail: string, extra: Record<string, unknown> = {}) {
  return { type: PROBLEM_TYPE, title: STATUS_CODES[status] ?? 'Error', status, detail, ...extra };
}

function validationErrors(err: FastifyError): Array<{ path: string; message: string }> {
  const context = err.validationContext ?? 'request';
  return (err.validation ?? []).map((issue) => {
    const params = issue.params as { issue?: { path?: PropertyKey[] } } | undefined;
    const path = params?.issue?.path ?? issue.instancePath.split('/').filter(Boolean);
    return { path: [context, ...path.map(String)].join('.'), message: issue.message ?? 'is invalid' };
  });
}

/** The one error handler: every failure leaves as application/problem+json, never a stack trace. */
export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  let status: number;
  let body: ReturnType<typeof problem>;
  const known: unknown = err;
  if (known instanceof HttpProblem) {
    status = known.status;
    const extra = known instanceof BadRequestError && known.errors ? { errors: known.errors } : {};
    body = problem(status, known.detail, extra);
    reply.headers(known.headers);
  } else if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
    const errors = validationErrors(err);
    status = 400;
    body = problem(400, `Invalid ${err.validationContext ?? 'request'}: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`, { errors });
  } else if (isResponseSerializationError(err)) {
    request.log.error({ err, issues: err.cause.issues }, 'response did not match its schema');
    status = 500;
    body = problem(500, 'The server could not produce a valid response.');
  } else if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    // Fastify's own client errors (bad JSON, body too large, wrong content type, rate limit).
    status = err.statusCode;
    body = problem(status, clientErrorDetail(err));
  } else if (typeof err.statusCode === 'number' && err.statusCode === 503) {
    status = 503;
    body = problem(503, 'The service is under pressure; retry later.');
  } else {
    request.log.error({ err }, 'unhandled error');
    status = 500;
    body = problem(500, 'An internal error occurred; it has been logged.');
  }
  reply.code(status).type('application/problem+json').send({ ...body, instance: request.url.split('?')[0] });
}

function clientErrorDetail(err: FastifyError): string {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than the server accepts.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Unsupported media type: send application/json.';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; send a JSON object.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    default:
      // Fastify's client-error messages describe the request, never the server's internals.
      return err.message;
  }
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  reply
    .code(404)
    .type('application/problem+json')
    .send({ ...problem(404, `No route ${request.method} ${request.url.split('?')[0]}.`), instance: request.url.split('?')[0] });
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies must be valid UTF-8: decoding leniently would store U+FFFD for bad bytes, and the
 * text (and every offset into it) would silently differ from what the client sent.
 */
export function strictJsonParser(parseJson: FastifyBodyParser<string>): FastifyBodyParser<Buffer> {
  return (request, body, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new BadRequestError('The request body is not valid UTF-8.'), undefined);
      return;
    }
    parseJson(request, text, done);
  };
}
