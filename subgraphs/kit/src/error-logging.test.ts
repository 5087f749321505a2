import { ApolloServer } from '@apollo/server';
import { GraphQLError } from 'graphql';
import pino from 'pino';
import { errorLoggingPlugin } from './error-logging';
import { NotFoundError } from './errors';

describe('errorLoggingPlugin', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  const apollo = new ApolloServer<{ logger: pino.Logger }>({
    typeDefs: 'type Query { boom: String, missing: String, forwarded: String }',
    resolvers: {
      Query: {
        boom: () => {
          throw new Error('connection to mongodb://db-0 refused');
        },
        missing: () => {
          throw new NotFoundError('No such store');
        },
        forwarded: () => {
          throw new GraphQLError('Sign in required', { extensions: { code: 'UNAUTHENTICATED' } });
        },
      },
    },
    plugins: [errorLoggingPlugin(logger)],
  });
  const run = (query: string) =>
    apollo.executeOperation(
      { query },
      { contextValue: { logger: logger.child({ requestId: 'req-1', traceId: 'trace-1' }) } },
    );

  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());
  beforeEach(() => (lines.length = 0));

  it('logs an unexpected error with its stack through the request’s logger', async () => {
    await run('{ boom }');

    expect(lines).toEqual([
      expect.objectContaining({
        requestId: 'req-1',
        traceId: 'trace-1',
        path: ['boom'],
        err: expect.objectContaining({
          message: 'connection to mongodb://db-0 refused',
          stack: expect.stringContaining('error-logging.test.ts'),
        }),
        msg: 'unexpected error while serving a request',
      }),
    ]);
  });

  it('does not log errors the client is told about', async () => {
    await run('{ missing forwarded }');
    await run('{ nope }');

    expect(lines).toEqual([]);
  });
});
