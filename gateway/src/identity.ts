import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Identity } from '@dabba/subgraph-kit';

/**
 * Edge authentication: decides who the caller of one HTTP request is. The gateway signs the result
 * for every subgraph fetch, so this is the only place that reads credentials.
 *
 * Every caller is anonymous until JWT access tokens and partner API keys are verified here; that
 * change replaces this function's body and nothing else in the gateway.
 */
export type Authenticate = (request: IncomingMessage) => Promise<Identity>;

export const authenticate: Authenticate = async () => ANONYMOUS;
