import type { Logger, Transaction } from '@dabba/subgraph-kit';
import type { Payment } from '../domain/payment';
import { failRefund } from '../domain/settlement';
import type { ProviderEvent } from '../providers/port';
import { providerKeys } from './ids';
import { recordRefundFailure } from './record';
import type { Deps } from './runtime';

/** A provider event saying that one of its refunds failed: its id is known. */
export type RefundFailedEvent = ProviderEvent & { refundRef: string; refundStatus: 'failed' };

export function isRefundFailure(event: ProviderEvent): event is RefundFailedEvent {
  return event.refundStatus === 'failed' && event.refundRef !== undefined;
}

/**
 * A refund the provider had accepted failed later (Stripe: `refund.updated`, `refund.failed` or
 * `charge.refund.updated` with the refund's status `failed`). The refund is found on the payment
 * by the provider's id, or by the key it was asked with when the provider's answer was not
 * recorded yet. It becomes FAILED; what it had given back is the payment's again (its ledger
 * entry reversed, the status back), and payments.payment.refund_failed is published, in `tx`.
 * Stripe announces one failure with several events: only a SUCCEEDED or PENDING refund can fail,
 * so the first one applied changes the payment and the others nothing.
 */
export async function applyRefundFailure(
  deps: Deps,
  tx: Transaction,
  payment: Payment,
  event: RefundFailedEvent,
  log: Logger,
): Promise<void> {
  const refund = payment.refunds.find(
    (candidate) =>
      candidate.refundRef === event.refundRef ||
      providerKeys.refund(candidate.id) === event.refundKey,
  );
  if (!refund) {
    log.warn({ refundRef: event.refundRef }, 'failed refund that the payment does not know');
    return;
  }
  const failed = failRefund(payment, refund.id, event.refundRef, deps.now());
  if (!failed.ok) {
    if (failed.refused === 'cash') log.error({ refundId: refund.id }, 'a cash refund cannot fail');
    return;
  }
  await recordRefundFailure(deps, tx, {
    previous: payment,
    next: failed.payment,
    refund: failed.refund,
    reversed: failed.reversed,
    reason: (event.failureReason || 'unknown').slice(0, 200),
  });
}
