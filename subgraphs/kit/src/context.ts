import type pino from 'pino';
import { UnauthenticatedError } from './errors';
import type { Identity } from './identity';

/** What every subgraph resolver receives; built per request by the kit. */
export interface SubgraphContext<Services, Loaders> {
  identity: Identity;
  requestId: string;
  /** The caller's W3C traceparent, when it sent a valid one. */
  traceparent?: string;
  /** Its trace id, also on every line of `logger`. */
  traceId?: string;
  logger: pino.Logger;
  services: Services;
  loaders: Loaders;
}

export function hasRole(identity: Identity, ...roles: string[]): boolean {
  return roles.some((role) => identity.roles.includes(role));
}

/** The signed-in user's id; for resolvers behind `@access(allow: ["signedIn"])`. */
export function signedInUserId(identity: Identity): string {
  if (identity.kind !== 'user' || !identity.userId) throw new UnauthenticatedError();
  return identity.userId;
}
