import type { OrderProjection } from '../domain/order';
import type { Payment } from '../domain/payment';
import { isLive } from '../domain/payment-status';
import type { Deps } from './runtime';

export type GetPaymentsByIds = (ids: readonly string[]) => Promise<Payment[]>;
/** Each order's live payment, else its latest attempt; orders without any are left out. */
export type GetPaymentsOfOrders = (orderIds: readonly string[]) => Promise<Payment[]>;
export type GetOrdersByIds = (ids: readonly string[]) => Promise<OrderProjection[]>;

export const makeGetPaymentsByIds =
  (deps: Pick<Deps, 'payments'>): GetPaymentsByIds =>
  (ids) =>
    deps.payments.findByIds(ids);

export const makeGetOrdersByIds =
  (deps: Pick<Deps, 'orders'>): GetOrdersByIds =>
  (ids) =>
    deps.orders.findByIds(ids);

export function makeGetPaymentsOfOrders(deps: Pick<Deps, 'payments'>): GetPaymentsOfOrders {
  return async (orderIds) => {
    const chosen = new Map<string, Payment>();
    // Newest first: the first seen is the latest, replaced only by a live one.
    for (const payment of await deps.payments.findByOrderIds(orderIds)) {
      const seen = chosen.get(payment.orderId);
      if (!seen || (!isLive(seen.status) && isLive(payment.status))) {
        chosen.set(payment.orderId, payment);
      }
    }
    return [...chosen.values()];
  };
}
