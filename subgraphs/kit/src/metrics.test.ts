import { ApolloServer, HeaderMap } from '@apollo/server';
import { UnauthenticatedError, toHttpGraphQLError } from './errors';
import { OPERATION_LABELS, createMetrics } from './metrics';

async function serverWithMetrics(maxOperations: number) {
  const metrics = createMetrics('metrics-test', { maxOperations });
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
    plugins: [metrics.plugin],
  });
  await apollo.start();
  return {
    run: (query: string) => apollo.executeOperation({ query }),
    /** Over HTTP with a context function that refuses the caller, as a subgraph does. */
    runRefused: () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: 'query First { hello }' },
        },
        context: async () => {
          throw toHttpGraphQLError(new UnauthenticatedError('Missing caller identity'));
        },
      }),
    errors: async () => {
      const { values } = await metrics.registry.getSingleMetric('graphql_errors_total')!.get();
      return Object.fromEntries(values.map(({ labels, value }) => [labels.code, value]));
    },
    /** graphql_requests_total by operation label. */
    requests: async () => {
      const { values } = await metrics.registry.getSingleMetric('graphql_requests_total')!.get();
      return Object.fromEntries(values.map(({ labels, value }) => [labels.operation, value]));
    },
    stop: () => apollo.stop(),
  };
}

describe('the operation label', () => {
  it('takes only validated names, truncated, and at most maxOperations of them', async () => {
    const server = await serverWithMetrics(2);
    try {
      await server.run('query First { hello }');
      await server.run('query Second { hello }');
      await server.run('query Third { hello }');
      await server.run('query First { hello }');
      await server.run('{ hello }');
      await server.run('query Invalid { nope }');
      await server.run('query Unparsable {');

      expect(await server.requests()).toEqual({
        First: 2,
        Second: 1,
        [OPERATION_LABELS.other]: 1,
        [OPERATION_LABELS.anonymous]: 1,
        [OPERATION_LABELS.unresolved]: 2,
      });
    } finally {
      await server.stop();
    }
  });

  it('truncates long operation names', async () => {
    const server = await serverWithMetrics(10);
    try {
      await server.run(`query ${'A'.repeat(500)} { hello }`);

      expect(Object.keys(await server.requests())).toEqual(['A'.repeat(64)]);
    } finally {
      await server.stop();
    }
  });
});

describe('requests refused before execution', () => {
  it('count as unresolved requests with their error code', async () => {
    const server = await serverWithMetrics(10);
    try {
      expect((await server.runRefused()).status).toBe(401);

      expect(await server.requests()).toEqual({ [OPERATION_LABELS.unresolved]: 1 });
      expect(await server.errors()).toEqual({ UNAUTHENTICATED: 1 });
    } finally {
      await server.stop();
    }
  });
});
