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
import type pino from 'pino';
import type { GatewayContext } from './context';
import { subgraphUnavailableError } from './errors';

const signedByRequest = new WeakMap<GatewayContext, Record<string, string>>();

/**
 * Sends each subgraph fetch with the caller's identity signed for the subgraph to verify, and the
 * request id and W3C trace context of the incoming request so logs and traces join up.
 */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly name: string;
  private readonly identitySecret: string;
  private readonly logger: pino.Logger;

  constructor(options: {
    name: string;
    url: string;
    identitySecret: string;
    agent: Agent;
    timeoutMs: number;
    logger: pino.Logger;
  }) {
    super({
      url: options.url,
      // Subgraph requests are not idempotent in general (mutations), so never retry them here.
      fetcher: fetch.defaults({ agent: options.agent, retry: false, timeout: options.timeoutMs }),
    });
    this.name = options.name;
    this.identitySecret = options.identitySecret;
    this.logger = options.logger;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http?.headers;
    if (!headers) return;
    // Only fetches made for a client's operation carry its context; others go out as anonymous.
    const incoming = 'incomingRequestContext' in options ? options.context : null;
    for (const [name, value] of Object.entries(this.signedIdentity(incoming))) {
      headers.set(name, value);
    }
    if (incoming) {
      headers.set(REQUEST_ID_HEADER, incoming.requestId);
      // Same trace, a span of its own per subgraph call.
      headers.set(TRACEPARENT_HEADER, childTraceparent(incoming.traceparent));
    }
  }

  /** One signature per client request, shared by all of its subgraph fetches. */
  private signedIdentity(context: GatewayContext | null): Record<string, string> {
    if (!context) return signIdentity(ANONYMOUS, this.identitySecret);
    let signed = signedByRequest.get(context);
    if (!signed) {
      signed = signIdentity(context.identity, this.identitySecret);
      signedByRequest.set(context, signed);
    }
    return signed;
  }

  /**
   * Called when a fetch failed or the subgraph answered with a non-2xx status or not with JSON:
   * logs the cause (URL, status, body) and throws what the client may see instead.
   */
  override didEncounterError(
    error: Error,
    _fetchRequest: unknown,
    _fetchResponse?: unknown,
    context?: GatewayContext,
  ): never {
    (context?.logger ?? this.logger).error(
      { err: error, subgraph: this.name, url: this.url },
      'subgraph request failed',
    );
    throw subgraphUnavailableError(error);
  }
}
