import type { Transaction } from '@dabba/subgraph-kit';
import { money, type Order, type TimelineEntry } from '../domain/order';

const iso = (date: Date) => date.toISOString();

/**
 * Stages the event announcing `entry`, which produced `order`, in the entry's transaction. Every
 * entry that others hear about has one; PLACE's event is staged by checkout itself.
 */
export function publishEntry(tx: Transaction, order: Order, entry: TimelineEntry): void {
  const ids = { orderId: order.id, customerId: order.customerId, storeId: order.storeId };
  const at = iso(entry.at);
  const meta = {
    subject: order.id,
    ...(order.organizationId ? { tenant: order.organizationId } : {}),
  };
  switch (entry.action) {
    case 'PAYMENT_AUTHORIZED':
      return tx.publish({
        ...meta,
        type: 'orders.order.confirmed.v1',
        data: { ...ids, respondBy: iso(order.storeResponseDeadline ?? entry.at), confirmedAt: at },
      });
    case 'PAYMENT_FAILED':
      return tx.publish({
        ...meta,
        type: 'orders.order.failed.v1',
        data: { ...ids, reason: entry.reason!, failedAt: at },
      });
    case 'ACCEPT':
      return tx.publish({
        ...meta,
        type: 'orders.order.accepted.v1',
        data: { ...ids, acceptedAt: at },
      });
    case 'START_PREPARING':
      return tx.publish({
        ...meta,
        type: 'orders.order.preparing.v1',
        data: { ...ids, preparingAt: at },
      });
    case 'MARK_READY':
      return tx.publish({
        ...meta,
        type: 'orders.order.ready_for_pickup.v1',
        data: { ...ids, fulfilment: order.fulfilment, driverId: order.driverId, readyAt: at },
      });
    case 'ASSIGN_DRIVER':
      return tx.publish({
        ...meta,
        type: 'orders.order.driver_assigned.v1',
        data: { ...ids, driverId: entry.driverId!, assignedAt: at },
      });
    case 'PICK_UP':
      return tx.publish({
        ...meta,
        type: 'orders.order.picked_up.v1',
        data: { ...ids, driverId: order.driverId, pickedUpAt: at },
      });
    case 'DELIVER':
      return tx.publish({
        ...meta,
        type: 'orders.order.delivered.v1',
        data: {
          ...ids,
          driverId: order.driverId,
          lines: order.lines
            .filter((line) => line.state === 'ORDERED' || line.state === 'SUBSTITUTED')
            .map((line) => ({
              kind: line.kind,
              itemId: (line.kind === 'MENU_ITEM' ? line.itemId : line.productId) ?? line.id,
              quantity:
                line.state === 'SUBSTITUTED' ? line.proposedSubstitute!.quantity : line.quantity,
            })),
          finalTotal: money(order.finalGoodsTotal, order.currency),
          tip: money(order.pricing.tip, order.currency),
          deliveredAt: at,
        },
      });
    case 'CANCEL':
      return tx.publish({
        ...meta,
        type: 'orders.order.cancelled.v1',
        data: { ...ids, reason: entry.reason!, cancelledAt: at },
      });
    case 'REJECT':
      return tx.publish({
        ...meta,
        type: 'orders.order.rejected.v1',
        data: { ...ids, reason: entry.reason!, rejectedAt: at },
      });
    case 'MARK_UNAVAILABLE':
    case 'PROPOSE_SUBSTITUTE':
      return tx.publish({
        ...meta,
        type: 'orders.order.substitution_proposed.v1',
        data: {
          ...ids,
          lineId: entry.lineId!,
          substituteSku: entry.substitute?.sku ?? null,
          respondBy: entry.substitute ? iso(entry.substitute.respondBy) : null,
          proposedAt: at,
        },
      });
    case 'ACCEPT_SUBSTITUTE':
    case 'DECLINE_SUBSTITUTE':
      return tx.publish({
        ...meta,
        type: 'orders.order.substitution_resolved.v1',
        data: {
          ...ids,
          lineId: entry.lineId!,
          outcome: entry.action === 'ACCEPT_SUBSTITUTE' ? 'SUBSTITUTED' : 'REMOVED',
          finalTotal: money(order.finalGoodsTotal, order.currency),
          resolvedAt: at,
        },
      });
    case 'PLACE':
      return;
  }
}
