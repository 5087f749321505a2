import type { Money } from '@dabba/subgraph-kit';

/**
 * What payments knows of an order, projected from orders.order.placed.v1 (or recorded by
 * authorizeOrderPayment before it): enough to charge for it without asking the orders subgraph,
 * and to tell who may pay.
 */
export interface OrderProjection {
  id: string;
  customerId: string;
  storeId: string;
  /** What the customer is to pay, tip excluded. */
  total: Money;
  placedAt: Date;
  /** Set when the order was cancelled, rejected or failed: it can no longer be paid. */
  closed: boolean;
}

/** An Order as the Order entity's fields here see it; customerId is null for an unknown order. */
export interface OrderReference {
  id: string;
  customerId: string | null;
}
