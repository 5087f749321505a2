import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import {
  BadUserInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  INTERNAL_ERROR_MESSAGE,
  NotFoundError,
  UnauthenticatedError,
  errorCodeOf,
  formatGraphQLError,
  toHttpGraphQLError,
} from './errors';

/** What Apollo Server hands formatError for an error thrown in a resolver. */
function fromResolver(error: Error): [GraphQLFormattedError, GraphQLError] {
  const wrapped = new GraphQLError(error.message, {
    originalError: error,
    path: ['store'],
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  });
  return [
    {
      message: wrapped.message,
      path: ['store'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: error.stack?.split('\n') },
    },
    wrapped,
  ];
}

function capturingLogger(): { logger: pino.Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe('domain errors', () => {
  it.each([
    [new BadUserInputError('first must be 1..100', { field: 'first' }), 'BAD_USER_INPUT'],
    [new UnauthenticatedError(), 'UNAUTHENTICATED'],
    [new ForbiddenError(), 'FORBIDDEN'],
    [new NotFoundError('No such store'), 'NOT_FOUND'],
    [new ConflictError('Email already in use'), 'CONFLICT'],
  ])('%s carries code %s', (error, code) => {
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(code);
    expect(error.name).toBe(error.constructor.name);
  });
});

describe('formatGraphQLError', () => {
  it('keeps a domain error message, code and details, and nothing else', () => {
    const [formatted, error] = fromResolver(
      new BadUserInputError('first must be between 1 and 100', { field: 'first' }),
    );
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: 'first must be between 1 and 100',
      path: ['store'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'BAD_USER_INPUT', field: 'first' },
    });
  });

  it('turns an unexpected error into a generic INTERNAL error and logs it with its stack', () => {
    const { logger, lines } = capturingLogger();
    const [formatted, error] = fromResolver(
      new Error('connection to mongodb://admin:hunter2@db-0 refused'),
    );
    const result = formatGraphQLError(formatted, error, logger);
    expect(result).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      path: ['store'],
      locations: [{ line: 1, column: 3 }],
      extensions: { code: 'INTERNAL' },
    });
    expect(JSON.stringify(result)).not.toContain('hunter2');
    expect(lines).toHaveLength(1);
    const err = lines[0]!.err as { message: string; stack: string };
    expect(err.message).toContain('hunter2');
    expect(err.stack).toContain('errors.test.ts');
  });

  it('hides a DomainError that declares itself INTERNAL', () => {
    const [formatted, error] = fromResolver(new DomainError('INTERNAL', 'replica set lost'));
    expect(formatGraphQLError(formatted, error).message).toBe(INTERNAL_ERROR_MESSAGE);
  });

  it('hides a GraphQLError without a public code', () => {
    const error = new GraphQLError('Cannot return null for non-nullable field Store.name.');
    const formatted = { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      extensions: { code: 'INTERNAL' },
    });
  });

  it('keeps request errors about the client operation, without stack traces', () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted: GraphQLFormattedError = {
      message: error.message,
      locations: [{ line: 1, column: 2 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at validate'] },
    };
    expect(formatGraphQLError(formatted, error)).toEqual({
      message: error.message,
      locations: [{ line: 1, column: 2 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('passes through errors a subgraph already formatted', () => {
    const error = new GraphQLError('Sign in required', { extensions: { code: 'UNAUTHENTICATED' } });
    expect(
      formatGraphQLError({ message: error.message, extensions: error.extensions }, error),
    ).toEqual({ message: 'Sign in required', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('unwraps context failures raised with toHttpGraphQLError', () => {
    const error = toHttpGraphQLError(new UnauthenticatedError('Missing caller identity'));
    expect(error.extensions).toEqual({ code: 'UNAUTHENTICATED', http: { status: 401 } });
    expect(formatGraphQLError({ message: error.message }, error)).toEqual({
      message: 'Missing caller identity',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('errorCodeOf', () => {
  it('reports the code the client will see', () => {
    expect(errorCodeOf(fromResolver(new NotFoundError('gone'))[1])).toBe('NOT_FOUND');
    expect(errorCodeOf(fromResolver(new Error('boom'))[1])).toBe('INTERNAL');
    expect(
      errorCodeOf(new GraphQLError('bad', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })),
    ).toBe('GRAPHQL_PARSE_FAILED');
  });
});
