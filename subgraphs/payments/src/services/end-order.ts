import type { Transaction } from '@dabba/subgraph-kit';
import { cancelPayment, type Refund } from '../domain/payment';
import { planRefund, settleRefund, startRefund } from '../domain/settlement';
import { providerKeys } from './ids';
import type { OrderEnded } from './order-events';
import { recordChange, recordRefund } from './record';
import { intentOf, providerFor, type Deps } from './runtime';

/**
 * An order was cancelled or rejected (orders.order.cancelled.v1 / rejected.v1): it can no longer
 * be paid, a hold on it is released (the intent cancelled), and money already captured is
 * refunded in full. Runs in the consumer's transaction with keys derived from the payment
 * (`<paymentId>:cancel`, `<refundId>:refund` with a refund id derived from the payment), so a
 * redelivery after a crash repeats the same provider calls, which the provider answers once.
 */
export type EndOrder = (ended: OrderEnded, tx: Transaction) => Promise<void>;

export function makeEndOrder(deps: Deps): EndOrder {
  return async (ended, tx) => {
    await deps.orders.close(ended.orderId, tx.session);
    const payment = await deps.payments.findLiveByOrderId(ended.orderId, tx.session);
    if (!payment) return;
    const provider = providerFor(deps, payment);
    const now = deps.now();
    switch (payment.status) {
      case 'PENDING':
      case 'REQUIRES_ACTION':
      case 'AUTHORIZED': {
        if (payment.intentRef) {
          await provider.cancel(payment.intentRef, providerKeys.cancel(payment.id));
        }
        await recordChange(deps, tx, payment, cancelPayment(payment, now));
        return;
      }
      case 'CAPTURED':
      case 'PARTIALLY_REFUNDED': {
        const planned = planRefund(payment, null);
        if (!planned.ok) return;
        const refund: Refund = {
          id: `ref_order_ended_${payment.id}`,
          paymentId: payment.id,
          amount: planned.amount,
          reason: `Order ${ended.reason}`.slice(0, 500),
          status: 'PENDING',
          idempotencyKey: `order-ended:${ended.orderId}`,
          refundRef: null,
          createdAt: now,
        };
        const started = startRefund(payment, refund, now);
        const outcome = await provider.refund(
          intentOf(payment),
          refund.amount,
          providerKeys.refund(refund.id),
        );
        const next = settleRefund(started, refund.id, outcome, now);
        await recordRefund(deps, tx, { previous: payment, next, refund });
        return;
      }
      default:
        return;
    }
  };
}
