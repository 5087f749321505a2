import { formatGraphQLError } from '@dabba/subgraph-kit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export const SUBGRAPH_UNAVAILABLE_MESSAGE =
  'A service this operation depends on is unavailable. Try again later.';

/**
 * What the client sees when a subgraph could not be asked or did not answer with GraphQL (down,
 * timed out, refused the gateway's identity): a clear message, the cause only in the logs. It
 * must never pass on as the caller's fault, e.g. a subgraph's 401 is not UNAUTHENTICATED.
 */
export function subgraphUnavailableError(cause: Error): GraphQLError {
  return new GraphQLError(SUBGRAPH_UNAVAILABLE_MESSAGE, {
    originalError: cause,
    extensions: { code: 'INTERNAL' },
  });
}

/**
 * The kit's formatting (subgraph errors were already formatted for clients by the subgraph, so
 * their code and message pass unchanged), without the name of the subgraph that answered.
 */
export function formatGatewayError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const result = formatGraphQLError(formatted, error);
  if (!result.extensions || !('serviceName' in result.extensions)) return result;
  const { serviceName: _serviceName, ...extensions } = result.extensions;
  return { ...result, extensions };
}
