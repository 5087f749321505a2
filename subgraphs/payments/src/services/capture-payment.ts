import type { Transaction } from '@dabba/subgraph-kit';
import { money } from '../domain/payment';
import { applyCapture, planCapture } from '../domain/settlement';
import { providerKeys } from './ids';
import type { OrderDelivered } from './order-events';
import { recordCapture } from './record';
import { intentOf, providerFor, type Deps } from './runtime';

/**
 * Captures the order's payment when it was delivered (orders.order.delivered.v1): the final
 * total plus the tip, never more than authorised (the rest is recorded as a shortfall). For cash,
 * the capture records that the driver collected the money.
 *
 * It runs in the consumer's transaction: the provider is called with `<paymentId>:capture` and
 * the payment, its ledger entries and payments.payment.captured are written after. If the process
 * dies in between, nothing was committed, the event is delivered again, and the provider answers
 * the repeated capture with its first result.
 */
export type CapturePayment = (delivered: OrderDelivered, tx: Transaction) => Promise<void>;

export function makeCapturePayment(deps: Deps): CapturePayment {
  return async (delivered, tx) => {
    const payment = await deps.payments.findLiveByOrderId(delivered.orderId, tx.session);
    const log = deps.logger.child({ orderId: delivered.orderId, paymentId: payment?.id });
    if (!payment) {
      log.warn('order delivered without a live payment: nothing to capture');
      return;
    }
    const planned = planCapture(payment, delivered);
    if (!planned.ok) {
      // Already captured (a second delivery event), or never authorised: nothing to move.
      const level = payment.captured > 0 ? 'info' : 'error';
      log[level]({ problem: planned.problem }, 'delivered order not captured');
      return;
    }
    const { plan } = planned;
    if (plan.capture > 0) {
      await providerFor(deps, payment).capture(
        intentOf(payment),
        money(plan.capture, payment.currency),
        providerKeys.capture(payment.id),
      );
    }
    if (plan.shortfall > 0) log.warn({ shortfall: plan.shortfall }, 'captured less than due');
    const next = applyCapture(payment, plan, deps.now());
    await recordCapture(deps, tx, { previous: payment, next, plan, driverId: delivered.driverId });
  };
}
