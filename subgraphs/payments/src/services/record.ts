import { ConflictError, type Transaction } from '@dabba/subgraph-kit';
import { captureEntries, refundEntry, refundFailedEntry } from '../domain/ledger';
import { money, type Payment, type Refund } from '../domain/payment';
import type { CapturePlan } from '../domain/settlement';
import type { Deps } from './runtime';

/**
 * Saves a payment change in `tx` (only if nobody changed the payment since it was read: else a
 * ConflictError, and the caller's transaction is not committed) and stages the event that the
 * change means, if any.
 */
export async function recordChange(
  deps: Pick<Deps, 'payments'>,
  tx: Transaction,
  previous: Payment,
  next: Payment,
): Promise<void> {
  if (!(await deps.payments.save(next, previous, tx.session))) {
    throw new ConflictError(`Payment ${previous.id} changed meanwhile; try again`);
  }
  if (next.status === previous.status) return;
  const at = next.updatedAt.toISOString();
  if (next.status === 'AUTHORIZED') {
    tx.publish({
      type: 'payments.payment.authorized.v1',
      subject: next.id,
      data: {
        paymentId: next.id,
        orderId: next.orderId,
        customerId: next.customerId,
        method: next.method,
        amount: money(next.authorized, next.currency),
        authorizedAt: at,
      },
    });
  } else if (next.status === 'FAILED') {
    tx.publish({
      type: 'payments.payment.failed.v1',
      subject: next.id,
      data: {
        paymentId: next.id,
        orderId: next.orderId,
        reason: next.failure?.reason ?? 'failed',
        failedAt: at,
      },
    });
  } else if (next.status === 'CANCELLED') {
    tx.publish({
      type: 'payments.payment.cancelled.v1',
      subject: next.id,
      data: {
        paymentId: next.id,
        orderId: next.orderId,
        customerId: next.customerId,
        cancelledAt: at,
      },
    });
  }
}

/** The capture: the payment, its ledger entries and payments.payment.captured, in `tx`. */
export async function recordCapture(
  deps: Pick<Deps, 'payments' | 'ledger' | 'feeBps'>,
  tx: Transaction,
  change: { previous: Payment; next: Payment; plan: CapturePlan; driverId: string | null },
): Promise<void> {
  const { previous, next, plan, driverId } = change;
  await recordChange(deps, tx, previous, next);
  await deps.ledger.append(
    captureEntries({ payment: next, plan, driverId, feeBps: deps.feeBps, now: next.updatedAt }),
    tx.session,
  );
  tx.publish({
    type: 'payments.payment.captured.v1',
    subject: next.id,
    data: {
      paymentId: next.id,
      orderId: next.orderId,
      amount: money(next.captured, next.currency),
      tip: money(next.tip, next.currency),
      shortfall: money(next.shortfall, next.currency),
      capturedAt: next.updatedAt.toISOString(),
    },
  });
}

/** A settled refund: the payment, and when it succeeded its ledger entry and event, in `tx`. */
export async function recordRefund(
  deps: Pick<Deps, 'payments' | 'ledger'>,
  tx: Transaction,
  change: {
    previous: Payment;
    next: Payment;
    refund: Refund;
    /** Why the provider refused the refund, when it did. */
    refusal?: string;
  },
): Promise<void> {
  const { previous, next, refund } = change;
  await recordChange(deps, tx, previous, next);
  const settled = next.refunds.find((candidate) => candidate.id === refund.id);
  if (settled?.status === 'FAILED') {
    publishRefundFailed(tx, next, refund, change.refusal ?? 'the provider refused the refund');
    return;
  }
  if (settled?.status !== 'SUCCEEDED') return;
  await deps.ledger.append(
    [refundEntry({ payment: next, refund, now: next.updatedAt })],
    tx.session,
  );
  tx.publish({
    type: 'payments.payment.refunded.v1',
    subject: next.id,
    data: {
      paymentId: next.id,
      orderId: next.orderId,
      refundId: refund.id,
      amount: refund.amount,
      full: next.status === 'REFUNDED',
      refundedAt: next.updatedAt.toISOString(),
    },
  });
}

/**
 * A refund that failed after the provider accepted it: the payment, the reversal of the refund's
 * ledger entry when it had counted as made, and payments.payment.refund_failed, in `tx`.
 */
export async function recordRefundFailure(
  deps: Pick<Deps, 'payments' | 'ledger'>,
  tx: Transaction,
  change: { previous: Payment; next: Payment; refund: Refund; reversed: boolean; reason: string },
): Promise<void> {
  const { previous, next, refund, reversed, reason } = change;
  await recordChange(deps, tx, previous, next);
  if (reversed) {
    await deps.ledger.append(
      [refundFailedEntry({ payment: next, refund, now: next.updatedAt })],
      tx.session,
    );
  }
  publishRefundFailed(tx, next, refund, reason);
}

/** payments.payment.refund_failed.v1: the refund did not give the money back, whenever it failed. */
function publishRefundFailed(tx: Transaction, payment: Payment, refund: Refund, reason: string) {
  tx.publish({
    type: 'payments.payment.refund_failed.v1',
    subject: payment.id,
    data: {
      paymentId: payment.id,
      orderId: payment.orderId,
      customerId: payment.customerId,
      refundId: refund.id,
      amount: refund.amount,
      reason: reason.slice(0, 200),
      failedAt: payment.updatedAt.toISOString(),
    },
  });
}
