import type { Identity } from '@dabba/subgraph-kit';
import type pino from 'pino';

/** Per-request context of the gateway: who is calling and how to correlate the request. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  /** The caller's traceparent, or one the gateway started when the caller sent none. */
  traceparent: string;
  traceId: string;
  /** Tagged with the request id and trace id. */
  logger: pino.Logger;
  /** Set when the subscription engine resolves a payload it already checked at subscribe time. */
  liveResolution?: true;
}
