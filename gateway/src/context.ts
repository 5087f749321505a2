import type { Identity } from '@dabba/subgraph-kit';

/** Per-request context of the gateway: who is calling and how to correlate the request. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  traceparent?: string;
}
