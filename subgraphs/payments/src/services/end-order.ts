import { cancelPayment, type Payment, type Refund } from '../domain/payment';
import { planRefund, settleRefund, startRefund, type SettledRefund } from '../domain/settlement';
import { ProviderRequestError } from '../providers/port';
import { providerKeys } from './ids';
import type { OrderEnded } from './order-events';
import { recordChange, recordRefund } from './record';
import {
  ProviderAnswerStale,
  intentOf,
  providerFor,
  type Deps,
  type PreparedUseCase,
} from './runtime';

/** What the provider was asked when the order ended: to drop the hold, or to give money back. */
export type PreparedEnd =
  | { action: 'cancel'; paymentId: string }
  | {
      action: 'refund';
      paymentId: string;
      refund: Refund;
      outcome: SettledRefund;
      /** Why the provider refused it outright, when it did: recorded FAILED, for support. */
      refusal?: string;
    };

/**
 * An order was cancelled, rejected or failed (orders.order.cancelled.v1 / rejected.v1 /
 * failed.v1): it can no longer be paid, a hold on it is released (the intent cancelled), and money
 * already captured is refunded in full. `prepare` asks the provider outside any transaction with keys derived from
 * the payment (`<paymentId>:cancel`, `<refundId>:refund` with a refund id derived from the
 * payment), so a redelivery after a crash repeats the same calls, which the provider answers once;
 * `apply` closes the order and records the answer in the consumer's transaction.
 */
export type EndOrder = PreparedUseCase<OrderEnded, PreparedEnd | null>;

/** What ending the order does to this payment, if anything. */
function endingOf(payment: Payment): 'cancel' | 'refund' | null {
  switch (payment.status) {
    case 'PENDING':
    case 'REQUIRES_ACTION':
    case 'AUTHORIZED':
      return 'cancel';
    case 'CAPTURED':
    case 'PARTIALLY_REFUNDED':
      return planRefund(payment, null).ok ? 'refund' : null;
    default:
      return null;
  }
}

export function makeEndOrder(deps: Deps): EndOrder {
  return {
    async prepare(ended) {
      const payment = await deps.payments.findLiveByOrderId(ended.orderId);
      if (!payment) return null;
      const provider = providerFor(deps, payment);
      const ending = endingOf(payment);
      if (ending === 'cancel') {
        if (payment.intentRef) {
          await provider.cancel(payment.intentRef, providerKeys.cancel(payment.id));
        }
        return { action: 'cancel', paymentId: payment.id };
      }
      const planned = planRefund(payment, null);
      if (ending !== 'refund' || !planned.ok) return null;
      const refund: Refund = {
        id: `ref_order_ended_${payment.id}`,
        paymentId: payment.id,
        amount: planned.amount,
        reason: `Order ${ended.reason}`.slice(0, 500),
        status: 'PENDING',
        idempotencyKey: `order-ended:${ended.orderId}`,
        refundRef: null,
        createdAt: deps.now(),
      };
      try {
        const outcome = await provider.refund(
          intentOf(payment),
          refund.amount,
          providerKeys.refund(refund.id),
        );
        return { action: 'refund', paymentId: payment.id, refund, outcome };
      } catch (error) {
        // Asking again would be refused again: record the refund FAILED rather than dead-letter.
        if (!(error instanceof ProviderRequestError)) throw error;
        return {
          action: 'refund',
          paymentId: payment.id,
          refund,
          outcome: { status: 'failed', refundRef: null },
          refusal: `${error.code}: ${error.message}`,
        };
      }
    },

    async apply(ended, tx, prepared) {
      await deps.orders.close(ended.orderId, tx.session);
      const payment = await deps.payments.findLiveByOrderId(ended.orderId, tx.session);
      if (!payment) return;
      const ending = endingOf(payment);
      if (!ending) {
        if (prepared?.action === 'refund') {
          deps.logger.error(
            { orderId: ended.orderId, paymentId: payment.id, refund: prepared.refund.id },
            'the provider took a refund for a payment that can no longer be refunded: reconcile it',
          );
        }
        return;
      }
      if (prepared?.action !== ending || prepared.paymentId !== payment.id) {
        throw new ProviderAnswerStale(payment.id);
      }
      const now = deps.now();
      if (prepared.action === 'cancel') {
        await recordChange(deps, tx, payment, cancelPayment(payment, now));
        return;
      }
      const { refund, outcome, refusal } = prepared;
      const planned = planRefund(payment, null);
      if (!planned.ok || planned.amount.amount !== refund.amount.amount) {
        throw new ProviderAnswerStale(payment.id);
      }
      const started = startRefund(payment, refund, now);
      const next = settleRefund(started, refund.id, outcome, now);
      await recordRefund(deps, tx, {
        previous: payment,
        next,
        refund,
        ...(refusal ? { refusal } : {}),
      });
    },
  };
}
