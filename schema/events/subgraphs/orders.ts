import { z } from 'zod';
import { id, instant, money } from '../fields';

/** A line the customer received, to let them review what they bought. */
const deliveredLine = z.object({
  kind: z.enum(['MENU_ITEM', 'PRODUCT']),
  /** The catalog id of the menu item or product. */
  itemId: id,
  quantity: z.number().int().positive(),
});

/** Every order event names the order, its customer and its store (the live queues' keys). */
const order = { orderId: id, customerId: id, storeId: id };
const reason = z.string().min(1).max(500);

/**
 * Events the orders subgraph publishes, one per change of an order; the gateway's live fields
 * `orderStatusChanged` and `storeOrderQueue` follow all of them. Catalog (stock, promotion usage,
 * reviews) and payments (authorisation, capture, release) consume placed, delivered and the three
 * endings; dispatch, recommendations and notifications consume the rest as they arrive.
 */
export const ordersEvents = {
  'orders.order.placed.v1': z.object({
    orderId: id,
    customerId: id,
    storeId: id,
    /** What the customer is to pay, tip excluded; the amount payments authorises. */
    total: money,
    /** Catalog promotions the price applied, whose usage limits the order consumes. */
    promotionIds: z.array(id),
    placedAt: instant,
  }),
  /** The payment is authorised: the store has until `respondBy` to accept or reject it. */
  'orders.order.confirmed.v1': z.object({ ...order, respondBy: instant, confirmedAt: instant }),
  'orders.order.accepted.v1': z.object({ ...order, acceptedAt: instant }),
  'orders.order.preparing.v1': z.object({ ...order, preparingAt: instant }),
  'orders.order.ready_for_pickup.v1': z.object({
    ...order,
    fulfilment: z.enum(['DELIVERY', 'PICKUP']),
    driverId: id.nullable(),
    readyAt: instant,
  }),
  /** Support (until dispatch exists) gave the order to a driver. */
  'orders.order.driver_assigned.v1': z.object({ ...order, driverId: id, assignedAt: instant }),
  'orders.order.picked_up.v1': z.object({ ...order, driverId: id.nullable(), pickedUpAt: instant }),
  /** A grocery line is unavailable: the store proposes `substituteSku`, or removes it (null). */
  'orders.order.substitution_proposed.v1': z.object({
    ...order,
    lineId: id,
    substituteSku: z.string().min(1).max(64).nullable(),
    respondBy: instant.nullable(),
    proposedAt: instant,
  }),
  /** The customer's answer (or their stated preference, when they did not answer) was applied. */
  'orders.order.substitution_resolved.v1': z.object({
    ...order,
    lineId: id,
    outcome: z.enum(['SUBSTITUTED', 'REMOVED']),
    /** What the order now costs, tip excluded: what payments will capture at delivery. */
    finalTotal: money,
    resolvedAt: instant,
  }),
  'orders.order.delivered.v1': z.object({
    orderId: id,
    customerId: id,
    storeId: id,
    driverId: id.nullable(),
    lines: z.array(deliveredLine),
    /** What to capture, after substitutions; tip excluded. */
    finalTotal: money,
    tip: money,
    deliveredAt: instant,
  }),
  'orders.order.cancelled.v1': z.object({
    orderId: id,
    customerId: id,
    storeId: id,
    reason: z.string().min(1).max(500),
    cancelledAt: instant,
  }),
  /** The payment failed or never completed: nothing is charged, the stock goes back. */
  'orders.order.failed.v1': z.object({ ...order, reason, failedAt: instant }),
  'orders.order.rejected.v1': z.object({
    orderId: id,
    customerId: id,
    storeId: id,
    reason: z.string().min(1).max(500),
    rejectedAt: instant,
  }),
};
