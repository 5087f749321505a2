import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import {
  ANONYMOUS,
  IDENTITY_HEADER,
  REQUEST_ID_HEADER,
  postToSubgraph,
  readGraphQLResponse,
  signIdentity,
} from '@dabba/subgraph-kit';
import type pino from 'pino';
import type { Dispatcher } from 'undici';
import type { GatewayContext } from './context';
import { subgraphUnavailableError } from './errors';
import { InFlight } from './in-flight';
import { subgraphTraceHeaders } from './tracing';

const signedByRequest = new WeakMap<GatewayContext, Record<string, string>>();

/** A read: what the query planner sends a subgraph is a query, a mutation, never a subscription. */
const QUERY = /^\s*(?:query\b|\{)/;

/**
 * Sends each subgraph fetch of a query plan, over the gateway's pooled keep-alive connections,
 * with the caller's identity signed for the subgraph to verify, and the request id and W3C trace
 * context of the incoming request so logs and traces join up.
 *
 * With `deduplicateQueries`, a query identical to one in flight to the same subgraph for the same
 * caller identity (same text, variables and signed identity) is not sent again: it shares the
 * answer of the one in flight, each fetch reading its own copy. That subgraph call carries the
 * request id and trace of the request that sent it. Mutations are always sent.
 */
export class SignedIdentityDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly name: string;
  readonly url: string;
  private readonly identitySecret: string;
  private readonly dispatcher: Dispatcher;
  private readonly timeoutMs: number;
  private readonly logger: pino.Logger;
  /** Queries in flight by identity and body, when de-duplicated. */
  private readonly inFlight: InFlight<string> | null;

  constructor(options: {
    name: string;
    url: string;
    identitySecret: string;
    dispatcher: Dispatcher;
    timeoutMs: number;
    logger: pino.Logger;
    deduplicateQueries: boolean;
  }) {
    this.name = options.name;
    this.url = options.url;
    this.identitySecret = options.identitySecret;
    this.dispatcher = options.dispatcher;
    this.timeoutMs = options.timeoutMs;
    this.logger = options.logger;
    this.inFlight = options.deduplicateQueries ? new InFlight() : null;
  }

  async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<GraphQLDataSource['process']> {
    // Only fetches made for a client's operation carry its context; others go out as anonymous.
    const incoming = 'incomingRequestContext' in options ? options.context : null;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    this.willSendRequest(headers, incoming);
    const { query, variables, operationName, extensions } = options.request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const send = () =>
      postToSubgraph(this.dispatcher, this.url, { headers, body, timeoutMs: this.timeoutMs });
    try {
      const answer =
        this.inFlight && query && QUERY.test(query)
          ? await this.inFlight.run(`${headers[IDENTITY_HEADER]}\n${body}`, send)
          : await send();
      return readGraphQLResponse(answer);
    } catch (error) {
      throw this.didEncounterError(error as Error, incoming);
    }
  }

  /** The headers of one subgraph fetch besides its content type. */
  willSendRequest(headers: Record<string, string>, incoming: GatewayContext | null): void {
    Object.assign(headers, this.signedIdentity(incoming));
    if (incoming) {
      headers[REQUEST_ID_HEADER] = incoming.requestId;
      // Same trace, a span of its own per subgraph call: its client span when tracing.
      Object.assign(headers, subgraphTraceHeaders(incoming.traceparent));
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
   * A fetch failed, timed out, or the subgraph answered with a non-2xx status or not with JSON:
   * logs the cause (URL, status, body) and returns what the client may see instead.
   */
  private didEncounterError(error: Error, context: GatewayContext | null) {
    (context?.logger ?? this.logger).error(
      { err: error, subgraph: this.name, url: this.url },
      'subgraph request failed',
    );
    return subgraphUnavailableError(error);
  }
}
