import type { Transaction } from '@dabba/subgraph-kit';
import {
  applyAuthorization,
  cancelPayment,
  money,
  statusOfIntent,
  type Payment,
} from '../domain/payment';
import { judgeReport, type PaymentStatus } from '../domain/payment-status';
import type { ProviderEvent } from '../providers/port';
import { applyRefundFailure, isRefundFailure } from './apply-refund-failure';
import { recordChange } from './record';
import type { Deps } from './runtime';

/**
 * Applies a stored webhook (payments.webhook.received.v1) to its payment, once: a status the
 * provider reports, or a refund that failed after the provider accepted it.
 */
export type ApplyWebhook = (webhookId: string, tx: Transaction) => Promise<void>;

const STATUS_OF_TYPE: Readonly<Record<string, PaymentStatus>> = {
  'payment_intent.requires_action': 'REQUIRES_ACTION',
  'payment_intent.amount_capturable_updated': 'AUTHORIZED',
  'payment_intent.succeeded': 'CAPTURED',
  'payment_intent.payment_failed': 'FAILED',
  'payment_intent.canceled': 'CANCELLED',
};

/** The status a provider event reports for its payment, if it reports one. */
export function reportedStatus(event: ProviderEvent): PaymentStatus | null {
  if (Object.hasOwn(STATUS_OF_TYPE, event.type)) return STATUS_OF_TYPE[event.type]!;
  return event.intentStatus && event.type.startsWith('payment_intent.')
    ? statusOfIntent(event.intentStatus)
    : null;
}

/**
 * The payment after the event, or null when the event changes nothing. Only what happens at
 * the provider without us is taken from webhooks: an authorisation after 3-D Secure, a failure,
 * a cancellation (e.g. an expired hold). Captures and refunds are recorded by our own calls,
 * which know the split of the money, so their webhooks only confirm them.
 */
function nextFor(payment: Payment, reported: PaymentStatus, event: ProviderEvent, now: Date) {
  const intentRef = event.intentRef ?? payment.intentRef ?? payment.id;
  switch (reported) {
    case 'AUTHORIZED':
      return applyAuthorization(
        payment,
        {
          status: 'authorized',
          intentRef,
          amount: event.amount ?? money(payment.amount, payment.currency),
        },
        now,
      );
    case 'FAILED':
      return applyAuthorization(
        payment,
        { status: 'declined', intentRef, reason: event.failureReason ?? 'payment_failed' },
        now,
      );
    case 'CANCELLED':
      return cancelPayment(payment, now);
    default:
      return null;
  }
}

export function makeApplyWebhook(deps: Deps): ApplyWebhook {
  return async (webhookId, tx) => {
    const stored = await deps.webhooks.findById(webhookId, tx.session);
    if (!stored) throw new Error(`webhook ${webhookId} is not stored`);
    const { event } = stored;
    const log = deps.logger.child({ webhookId, type: event.type });
    const reported = reportedStatus(event);
    if (!reported && !isRefundFailure(event)) return;
    const payment = event.paymentId
      ? await deps.payments.findById(event.paymentId, tx.session)
      : event.intentRef
        ? await deps.payments.findByIntentRef(event.intentRef, tx.session)
        : null;
    if (!payment) {
      log.warn('webhook for a payment we do not know');
      return;
    }
    if (isRefundFailure(event)) return applyRefundFailure(deps, tx, payment, event, log);
    if (!reported) return;
    const { verdict } = judgeReport(payment.status, reported);
    if (verdict !== 'apply') {
      if (verdict === 'illegal') log.warn({ status: payment.status, reported }, 'webhook ignored');
      return;
    }
    const next = nextFor(payment, reported, event, deps.now());
    if (next) await recordChange(deps, tx, payment, next);
  };
}
