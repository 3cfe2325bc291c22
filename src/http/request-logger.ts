import type { FastifyBaseLogger } from 'fastify';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type Bindings = Record<string, unknown>;
type Log = (...args: unknown[]) => void;
/** Fastify's logger is pino's, which also answers these. */
type PinoLogger = FastifyBaseLogger & { isLevelEnabled(level: string): boolean; bindings(): Bindings };

/**
 * A request's logger that becomes pino's child logger (with the request id bound) only when a
 * line is actually written at an enabled level. Fastify makes a child per request, and at the
 * default level most requests write nothing: building the child (copying and serialising its
 * bindings) was a tenth of the cost of a small read. What is logged is unchanged — the same
 * child, made on first use; until then levels are the parent's, as a child's would be.
 */
class RequestLogger {
  readonly #parent: PinoLogger;
  readonly #bindings: Bindings;
  #child: PinoLogger | undefined;

  constructor(parent: PinoLogger, bindings: Bindings) {
    this.#parent = parent;
    this.#bindings = bindings;
  }

  #made(): PinoLogger {
    return (this.#child ??= this.#parent.child(this.#bindings) as PinoLogger);
  }

  #log(level: Level, args: unknown[]): void {
    if (this.#child || this.#parent.isLevelEnabled(level)) (this.#made()[level] as Log)(...args);
  }

  fatal(...args: unknown[]): void {
    this.#log('fatal', args);
  }
  error(...args: unknown[]): void {
    this.#log('error', args);
  }
  warn(...args: unknown[]): void {
    this.#log('warn', args);
  }
  info(...args: unknown[]): void {
    this.#log('info', args);
  }
  debug(...args: unknown[]): void {
    this.#log('debug', args);
  }
  trace(...args: unknown[]): void {
    this.#log('trace', args);
  }
  silent(): void {}

  get level(): string {
    return this.#child ? this.#child.level : this.#parent.level;
  }
  set level(level: string) {
    this.#made().level = level;
  }
  isLevelEnabled(level: string): boolean {
    return (this.#child ?? this.#parent).isLevelEnabled(level);
  }
  bindings(): Bindings {
    return this.#made().bindings();
  }
  child(bindings: Bindings, options?: object): FastifyBaseLogger {
    return this.#made().child(bindings, options);
  }
}

/**
 * Fastify's `childLoggerFactory`: a lazily made child when the route sets no log options of its
 * own (a log level or serializers need pino's child at once) and the logger is pino's (without
 * a logger, Fastify's stand-in has nothing to defer).
 */
export function requestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: object): FastifyBaseLogger {
  if (Object.keys(options).length > 0 || typeof (logger as Partial<PinoLogger>).isLevelEnabled !== 'function') return logger.child(bindings, options);
  return new RequestLogger(logger as PinoLogger, bindings) as unknown as FastifyBaseLogger;
}
