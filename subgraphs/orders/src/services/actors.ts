import { API_KEY_ROLE, hasRole, type Identity } from '@dabba/subgraph-kit';
import type { Actor, Order } from '../domain/order';

/**
 * Every part the caller may play on this order, most specific first: its customer, its
 * assigned driver, staff of its store (members of the store's organisation, or the
 * organisation's API keys with orders:write), support. The transition table decides which of
 * them, if any, may make a move. Empty: the order is none of the caller's business.
 */
export function actorsOf(identity: Identity, order: Order): Actor[] {
  const actors: Actor[] = [];
  const userId = identity.kind === 'user' ? identity.userId : null;
  if (userId && userId === order.customerId) actors.push({ kind: 'CUSTOMER', id: userId });
  if (userId && userId === order.driverId) actors.push({ kind: 'DRIVER', id: userId });
  if (isStoreStaff(identity, order.organizationId, 'orders:write')) {
    actors.push({ kind: 'STORE', id: userId });
  }
  if (userId && hasRole(identity, 'SUPPORT', 'ADMIN')) actors.push({ kind: 'SUPPORT', id: userId });
  return actors;
}

/**
 * Whether the caller works for the organisation running a store: any member role, or one of its
 * API keys holding `scope` (or orders:write, which includes reading).
 */
export function isStoreStaff(
  identity: Identity,
  organizationId: string | null,
  scope: 'orders:read' | 'orders:write',
): boolean {
  if (!organizationId) return false;
  const membership = identity.organizations.find((m) => m.organizationId === organizationId);
  if (!membership) return false;
  if (identity.kind === 'user') return membership.role !== API_KEY_ROLE;
  return (
    identity.kind === 'apiKey' &&
    (identity.scopes.includes(scope) || identity.scopes.includes('orders:write'))
  );
}

/** Who may read an order: anyone who plays a part in it, read-only API keys included. */
export function mayReadOrder(identity: Identity, order: Order): boolean {
  return (
    actorsOf(identity, order).length > 0 ||
    isStoreStaff(identity, order.organizationId, 'orders:read')
  );
}
