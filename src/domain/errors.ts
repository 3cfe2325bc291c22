/**
 * Errors the use cases and the store throw. They carry no HTTP status: the app's error
 * handler is the one place that maps them to problem+json.
 */
export class DomainError extends Error {}

export class NotFoundError extends DomainError {
  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id '${id}'.`);
  }
}

/** The request contradicts what is stored (an id taken by a different source). */
export class ConflictError extends DomainError {}

/** Input the contract allowed but the domain refuses (a cursor this API never issued). */
export class InvalidInputError extends DomainError {
  constructor(
    message: string,
    readonly errors?: Array<{ path: string; message: string }>,
  ) {
    super(message);
  }
}

/** The storage engine cannot answer right now (unreachable, shutting down); nothing was written. */
export class StorageUnavailableError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
