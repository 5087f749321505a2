import { money } from '../domain/payment';
import { applyCapture, planCapture } from '../domain/settlement';
import { providerKeys } from './ids';
import type { OrderDelivered } from './order-events';
import { recordCapture } from './record';
import {
  ProviderAnswerStale,
  intentOf,
  providerFor,
  type Deps,
  type PreparedUseCase,
} from './runtime';

/** What the provider was asked to capture, and of which payment. */
export interface PreparedCapture {
  paymentId: string;
  capture: number;
}

/**
 * Captures the order's payment when it was delivered (orders.order.delivered.v1): the final
 * total plus the tip, never more than authorised (the rest is recorded as a shortfall). For cash,
 * the capture records that the driver collected the money.
 *
 * `prepare` asks the provider with `<paymentId>:capture`, outside any transaction; `apply` writes
 * the payment, its ledger entries and payments.payment.captured in the consumer's transaction.
 * If the process dies in between, nothing was committed, the event is delivered again, and the
 * provider answers the repeated capture with its first result.
 */
export type CapturePayment = PreparedUseCase<OrderDelivered, PreparedCapture | null>;

export function makeCapturePayment(deps: Deps): CapturePayment {
  return {
    async prepare(delivered) {
      const payment = await deps.payments.findLiveByOrderId(delivered.orderId);
      const planned = payment && planCapture(payment, delivered);
      if (!payment || !planned?.ok) return null;
      if (planned.plan.capture > 0) {
        await providerFor(deps, payment).capture(
          intentOf(payment),
          money(planned.plan.capture, payment.currency),
          providerKeys.capture(payment.id),
        );
      }
      return { paymentId: payment.id, capture: planned.plan.capture };
    },

    async apply(delivered, tx, prepared) {
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
      if (prepared?.paymentId !== payment.id || prepared.capture !== planned.plan.capture) {
        throw new ProviderAnswerStale(payment.id);
      }
      const { plan: capture } = planned;
      if (capture.shortfall > 0)
        log.warn({ shortfall: capture.shortfall }, 'captured less than due');
      const next = applyCapture(payment, capture, deps.now());
      await recordCapture(deps, tx, {
        previous: payment,
        next,
        plan: capture,
        driverId: delivered.driverId,
      });
    },
  };
}
