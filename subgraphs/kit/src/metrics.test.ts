import { ApolloServer, HeaderMap } from '@apollo/server';
import { NotFoundError, UnauthenticatedError, toHttpGraphQLError } from './errors';
import { OPERATION_LABELS, createMetrics } from './metrics';

async function serverWithMetrics(maxOperations: number) {
  const metrics = createMetrics('metrics-test', { maxOperations });
  const apollo = new ApolloServer({
    typeDefs: 'type Query { hello: String! missing: String broken: String }',
    resolvers: {
      Query: {
        hello: () => 'world',
        missing: () => {
          throw new NotFoundError('No such thing');
        },
        broken: () => {
          throw new Error('database exploded');
        },
      },
    },
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
    /** graphql_errors_total by `<operation label> <code>`. */
    errors: async () => {
      const { values } = await metrics.registry.getSingleMetric('graphql_errors_total')!.get();
      return Object.fromEntries(
        values.map(({ labels, value }) => [`${labels.operation} ${labels.code}`, value]),
      );
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
      expect(await server.errors()).toEqual({
        [`${OPERATION_LABELS.unresolved} UNAUTHENTICATED`]: 1,
      });
    } finally {
      await server.stop();
    }
  });
});

describe('errors', () => {
  it('count per operation label and code, bounded as the operation label is', async () => {
    const server = await serverWithMetrics(2);
    try {
      await server.run('query Lookup { missing }');
      await server.run('query Lookup { missing broken }');
      await server.run('query Other { broken }');
      await server.run('query Third { missing }');
      await server.run('{ missing }');
      await server.run('query Invalid { nope }');

      expect(await server.errors()).toEqual({
        'Lookup NOT_FOUND': 2,
        'Lookup INTERNAL': 1,
        'Other INTERNAL': 1,
        [`${OPERATION_LABELS.other} NOT_FOUND`]: 1,
        [`${OPERATION_LABELS.anonymous} NOT_FOUND`]: 1,
        [`${OPERATION_LABELS.unresolved} GRAPHQL_VALIDATION_FAILED`]: 1,
      });
    } finally {
      await server.stop();
    }
  });
});
