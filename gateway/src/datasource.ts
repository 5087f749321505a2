import type { Agent } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  ANONYMOUS,
  REQUEST_ID_HEADER,
  TRACEPARENT_HEADER,
  childTraceparent,
  signIdentity,
} from '@dabba/subgraph-kit';
import fetch from 'make-fetch-happen';
import type { GatewayContext } from './context';

/**
 * Sends each subgraph fetch with the caller's identity signed for the subgraph to verify, and the
 * request id and W3C trace context of the incoming request so logs and traces join up.
 */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly identitySecret: string;

  constructor(options: { url: string; identitySecret: string; agent: Agent }) {
    super({
      url: options.url,
      // Subgraph requests are not idempotent in general (mutations), so never retry them here.
      fetcher: fetch.defaults({ agent: options.agent, retry: false }),
    });
    this.identitySecret = options.identitySecret;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Only fetches made for a client's operation carry its context; others go out as anonymous.
    const incoming = 'incomingRequestContext' in options ? options.context : null;
    const signed = signIdentity(incoming?.identity ?? ANONYMOUS, this.identitySecret);
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
    if (incoming) {
      headers.set(REQUEST_ID_HEADER, incoming.requestId);
      // Same trace, a span of its own per subgraph call.
      headers.set(TRACEPARENT_HEADER, childTraceparent(incoming.traceparent));
    }
  }
}
