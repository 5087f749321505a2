import { ConflictError, NotFoundError, parseMoney, type Money } from '@dabba/subgraph-kit';
import type { Payment, Refund } from '../domain/payment';
import {
  invalidInput,
  type PaymentProviderRefused,
  type PaymentProviderUnavailable,
} from '../domain/results';
import {
  planRefund,
  settleRefund,
  startRefund,
  type RefundProblem,
  type SettledRefund,
} from '../domain/settlement';
import { ProviderRequestError, ProviderUnavailableError } from '../providers/port';
import { IDEMPOTENCY_KEY, newRefundId, providerKeys } from './ids';
import { recordChange, recordRefund } from './record';
import { intentOf, providerFor, type Deps } from './runtime';

export interface RefundPaymentInput {
  paymentId: string;
  /** A decimal amount, e.g. { amount: '12.50', currency: 'USD' }; null for all that is left. */
  amount?: { amount: string; currency: string } | null;
  reason: string;
  idempotencyKey: string;
}

export type RefundPaymentResult =
  | ({ kind: 'Refund' } & Refund)
  | RefundProblem
  | PaymentProviderRefused
  | PaymentProviderUnavailable;

/**
 * Gives money back from a captured payment (support). The refund is saved PENDING first, which
 * reserves its amount so concurrent refunds cannot exceed what was captured; then the provider
 * is asked with `<refundId>:refund`; then the outcome, its ledger entry and
 * payments.payment.refunded are written. A crash in between leaves the refund PENDING: a retry
 * with the same idempotency key asks the provider again with the same key and finishes it.
 */
export type RefundPayment = (input: RefundPaymentInput) => Promise<RefundPaymentResult>;

const MAX_ATTEMPTS = 3;

export function makeRefundPayment(deps: Deps): RefundPayment {
  async function settle(payment: Payment, refund: Refund): Promise<RefundPaymentResult> {
    let outcome: SettledRefund;
    let refused: PaymentProviderRefused | null = null;
    try {
      outcome = await providerFor(deps, payment).refund(
        intentOf(payment),
        refund.amount,
        providerKeys.refund(refund.id),
      );
    } catch (error) {
      // Unknown outcome: the refund stays PENDING until a retry with the same key.
      if (error instanceof ProviderUnavailableError) return { kind: 'PaymentProviderUnavailable' };
      if (!(error instanceof ProviderRequestError)) throw error;
      outcome = { status: 'failed', refundRef: null };
      refused = {
        kind: 'PaymentProviderRefused',
        providerCode: error.code,
        message: error.message,
      };
    }
    const settled = await deps.unitOfWork.run(async (tx) => {
      const current = await deps.payments.findById(payment.id, tx.session);
      const pending = current?.refunds.find((candidate) => candidate.id === refund.id);
      if (!current || pending?.status !== 'PENDING') return current;
      const next = settleRefund(current, refund.id, outcome, deps.now());
      await recordRefund(deps, tx, {
        previous: current,
        next,
        refund,
        ...(refused ? { refusal: `${refused.providerCode}: ${refused.message}` } : {}),
      });
      return next;
    });
    if (refused) return refused;
    const final = settled?.refunds.find((candidate) => candidate.id === refund.id) ?? refund;
    return { kind: 'Refund', ...final };
  }

  return async (input) => {
    if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
      return invalidInput('idempotencyKey', 'Must be 8 to 128 visible ASCII characters');
    }
    const reason = input.reason.trim();
    if (reason.length === 0 || reason.length > 500) {
      return invalidInput('reason', 'Give a reason of 1 to 500 characters');
    }
    for (let attempt = 1; ; attempt++) {
      const payment = await deps.payments.findById(input.paymentId);
      if (!payment)
        throw new NotFoundError(`No payment ${input.paymentId}`, { paymentId: input.paymentId });
      const replay = payment.refunds.find(
        (refund) => refund.idempotencyKey === input.idempotencyKey,
      );
      if (replay) {
        return replay.status === 'PENDING'
          ? settle(payment, replay)
          : { kind: 'Refund', ...replay };
      }
      let requested: Money | null = null;
      if (input.amount) {
        if (input.amount.currency !== payment.currency) {
          return {
            kind: 'CurrencyMismatch',
            expected: payment.currency,
            given: input.amount.currency,
          };
        }
        const parsed = parseMoney(input.amount.amount, payment.currency);
        if (!parsed.ok) return invalidInput('amount', `Amount ${parsed.reason}`);
        requested = parsed.money;
      }
      const planned = planRefund(payment, requested);
      if (!planned.ok) return planned.problem;
      const now = deps.now();
      const refund: Refund = {
        id: newRefundId(),
        paymentId: payment.id,
        amount: planned.amount,
        reason,
        status: 'PENDING',
        idempotencyKey: input.idempotencyKey,
        refundRef: null,
        createdAt: now,
      };
      const next = startRefund(payment, refund, now);
      try {
        await deps.unitOfWork.run((tx) => recordChange(deps, tx, payment, next));
      } catch (error) {
        // Someone changed the payment meanwhile (another refund, a capture): decide again.
        if (!(error instanceof ConflictError) || attempt >= MAX_ATTEMPTS) throw error;
        continue;
      }
      return settle(next, refund);
    }
  };
}
