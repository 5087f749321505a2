import { z } from 'zod';
import { id, instant, money } from '../fields';

/** A line the customer received, to let them review what they bought. */
const deliveredLine = z.object({
  kind: z.enum(['MENU_ITEM', 'PRODUCT']),
  /** The catalog id of the menu item or product. */
  itemId: id,
  quantity: z.number().int().positive(),
});

/**
 * Events the orders subgraph publishes. Declared ahead of the orders subgraph because catalog
 * (reviews) and payments (capture and refund) consume them.
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
  'orders.order.rejected.v1': z.object({
    orderId: id,
    customerId: id,
    storeId: id,
    reason: z.string().min(1).max(500),
    rejectedAt: instant,
  }),
};
