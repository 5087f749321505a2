import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type pino from 'pino';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL';

/** An expected failure whose message is written for the client. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    if (details) this.details = details;
  }
}

export class BadUserInputError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Authentication required', details?: Record<string, unknown>) {
    super('UNAUTHENTICATED', message, details);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Not allowed', details?: Record<string, unknown>) {
    super('FORBIDDEN', message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('NOT_FOUND', message, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('CONFLICT', message, details);
  }
}

/** A service this one depends on did not answer in time: the client may try again. */
export class ServiceUnavailableError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('SERVICE_UNAVAILABLE', message, details);
  }
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/**
 * Codes whose messages are safe to show: ours, plus the ones Apollo Server and graphql-js attach to
 * request errors (parse, validation, variable coercion) that describe the client's own operation.
 */
const PUBLIC_CODES = new Set<string>([
  ...Object.keys(HTTP_STATUS),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  // The gateway's protection (gateway/src/protection).
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'PERSISTED_QUERY_NOT_ALLOWED',
]);

/**
 * For failures raised before execution (e.g. in context creation): carries the HTTP status Apollo
 * Server should answer with, which it only reads from a GraphQLError's extensions.
 */
export function toHttpGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS[error.code] } },
  });
}

/** The error a resolver or context function actually threw, beneath graphql-js's wrappers. */
export function unwrapError(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) {
    current = current.originalError;
  }
  return current;
}

/** The code a client sees for this error (before formatting), e.g. for metrics. */
export function errorCodeOf(error: unknown): string {
  const cause = unwrapError(error);
  if (cause instanceof DomainError) return cause.code;
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return typeof code === 'string' && PUBLIC_CODES.has(code) ? code : 'INTERNAL';
}

/**
 * Whether the client sees a generic INTERNAL error in place of this one, so that only the logs
 * can tell what happened.
 */
export function isUnexpectedError(error: unknown): boolean {
  const cause = unwrapError(error);
  if (cause instanceof DomainError) return cause.code === 'INTERNAL';
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  return !(typeof code === 'string' && PUBLIC_CODES.has(code));
}

/**
 * ApolloServer's `formatError`: domain errors keep their message and code, client request errors
 * keep theirs, anything else becomes a generic INTERNAL error. Pass a logger to record the cause
 * of unexpected errors with their stack, since the client will never see it.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger?: pino.Logger,
): GraphQLFormattedError {
  const location = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  const cause = unwrapError(error);
  if (cause instanceof DomainError && cause.code !== 'INTERNAL') {
    return {
      message: cause.message,
      ...location,
      extensions: { ...cause.details, code: cause.code },
    };
  }
  const code = formatted.extensions?.code;
  if (!(cause instanceof DomainError) && typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions!;
    return { message: formatted.message, ...location, extensions: { ...extensions, code } };
  }
  logger?.error({ err: cause, path: formatted.path }, 'unexpected error while serving a request');
  return { message: INTERNAL_ERROR_MESSAGE, ...location, extensions: { code: 'INTERNAL' } };
}
