import type { Money } from '@dabba/subgraph-kit';
import type { RefundOutcome } from '../providers/port';
import { money, refundable, withRefunded, type Payment, type Refund } from './payment';
import { canTransition } from './payment-status';
import {
  invalidInput,
  invalidState,
  type CurrencyMismatch,
  type InvalidPaymentInput,
  type InvalidPaymentState,
  type RefundExceedsCaptured,
} from './results';

/** What to capture at delivery, and what could not be because it was more than authorised. */
export interface CapturePlan {
  /** The delivered order's total plus its tip. */
  due: number;
  capture: number;
  tip: number;
  shortfall: number;
}

function mismatch(payment: Payment, given: Money): CurrencyMismatch | null {
  return given.currency === payment.currency
    ? null
    : { kind: 'CurrencyMismatch', expected: payment.currency, given: given.currency };
}

/**
 * Capture `finalTotal + tip`, never more than was authorised: when more is due, capture what was
 * authorised and record the rest as a shortfall.
 */
export function planCapture(
  payment: Payment,
  delivered: { finalTotal: Money; tip: Money },
):
  { ok: true; plan: CapturePlan } | { ok: false; problem: InvalidPaymentState | CurrencyMismatch } {
  const wrongCurrency = mismatch(payment, delivered.finalTotal) ?? mismatch(payment, delivered.tip);
  if (wrongCurrency) return { ok: false, problem: wrongCurrency };
  if (!canTransition(payment.status, 'CAPTURED')) {
    return {
      ok: false,
      problem: invalidState(payment.status, `A ${payment.status} payment cannot be captured`),
    };
  }
  const due = delivered.finalTotal.amount + delivered.tip.amount;
  const capture = Math.min(due, payment.authorized);
  return {
    ok: true,
    plan: { due, capture, tip: delivered.tip.amount, shortfall: due - capture },
  };
}

export function applyCapture(payment: Payment, plan: CapturePlan, now: Date): Payment {
  if (!canTransition(payment.status, 'CAPTURED')) {
    throw new Error(`payment ${payment.id} cannot be captured from ${payment.status}`);
  }
  return {
    ...payment,
    status: 'CAPTURED',
    captured: plan.capture,
    tip: plan.tip,
    shortfall: plan.shortfall,
    nextAction: null,
    updatedAt: now,
  };
}

export type RefundProblem =
  InvalidPaymentState | CurrencyMismatch | RefundExceedsCaptured | InvalidPaymentInput;

/**
 * How much to refund: `requested`, or everything still refundable when it is null. Refunds come
 * out of what was captured, less what was refunded or is being refunded, never more.
 */
export function planRefund(
  payment: Payment,
  requested: Money | null,
): { ok: true; amount: Money } | { ok: false; problem: RefundProblem } {
  if (!canTransition(payment.status, 'REFUNDED')) {
    return {
      ok: false,
      problem: invalidState(payment.status, `A ${payment.status} payment cannot be refunded`),
    };
  }
  if (requested) {
    const wrongCurrency = mismatch(payment, requested);
    if (wrongCurrency) return { ok: false, problem: wrongCurrency };
    if (requested.amount <= 0) {
      return { ok: false, problem: invalidInput('amount', 'A refund must be more than zero') };
    }
  }
  const available = refundable(payment);
  const amount = requested?.amount ?? available;
  if (amount > available || amount <= 0) {
    return {
      ok: false,
      problem: {
        kind: 'RefundExceedsCaptured',
        refundable: money(Math.max(available, 0), payment.currency),
      },
    };
  }
  return { ok: true, amount: money(amount, payment.currency) };
}

/** Reserves the refund's amount (PENDING) before the provider is asked. */
export function startRefund(payment: Payment, refund: Refund, now: Date): Payment {
  if (refund.amount.amount > refundable(payment)) {
    throw new Error(`refund ${refund.id} exceeds what payment ${payment.id} can refund`);
  }
  return { ...payment, refunds: [...payment.refunds, refund], updatedAt: now };
}

/** The provider's answer to a refund; no refundRef when it refused it outright. */
export interface SettledRefund {
  status: RefundOutcome['status'];
  refundRef: string | null;
}

/** The payment with `refund` in place of the refund of the same id. */
function replaceRefund(payment: Payment, refund: Refund, now: Date): Payment {
  const refunds = payment.refunds.map((candidate) =>
    candidate.id === refund.id ? refund : candidate,
  );
  return { ...payment, refunds, updatedAt: now };
}

/**
 * The payment once the provider answered a refund. A refund the provider accepted as pending
 * counts as made: it cannot be taken back, only fail later (see failRefund).
 */
export function settleRefund(
  payment: Payment,
  refundId: string,
  outcome: SettledRefund,
  now: Date,
): Payment {
  const refund = payment.refunds.find((candidate) => candidate.id === refundId);
  if (!refund || refund.status !== 'PENDING') {
    throw new Error(`refund ${refundId} of payment ${payment.id} is not pending`);
  }
  const succeeded = outcome.status !== 'failed';
  const next = replaceRefund(
    payment,
    { ...refund, status: succeeded ? 'SUCCEEDED' : 'FAILED', refundRef: outcome.refundRef },
    now,
  );
  if (!succeeded) return next;
  return withRefunded(next, payment.refunded + refund.amount.amount, 'flow', now);
}

export type FailedRefund =
  | {
      ok: true;
      payment: Payment;
      refund: Refund;
      /** The refund had counted as made: its ledger entry must be reversed. */
      reversed: boolean;
    }
  | {
      ok: false;
      /**
       * `cash`: cash refunds are owed by us and paid out by support, no provider fails them;
       * `already_failed`: a replayed or late report, which changes nothing twice.
       */
      refused: 'cash' | 'already_failed';
    };

/**
 * A refund the provider had accepted failed later (Stripe: its status became `failed`, e.g. the
 * card was closed). Only a SUCCEEDED or PENDING refund can fail. A SUCCEEDED one's amount is the
 * payment's again: `refunded` goes down and the status back (REFUNDED or PARTIALLY_REFUNDED to
 * PARTIALLY_REFUNDED or CAPTURED); a PENDING one (the provider's answer not recorded yet) only
 * releases what it reserved. `refundRef` is the provider's id for it, kept when it had none.
 */
export function failRefund(
  payment: Payment,
  refundId: string,
  refundRef: string,
  now: Date,
): FailedRefund {
  const refund = payment.refunds.find((candidate) => candidate.id === refundId);
  if (!refund) throw new Error(`payment ${payment.id} has no refund ${refundId}`);
  if (payment.method === 'CASH') return { ok: false, refused: 'cash' };
  if (refund.status === 'FAILED') return { ok: false, refused: 'already_failed' };
  const failed: Refund = { ...refund, status: 'FAILED', refundRef: refund.refundRef ?? refundRef };
  const next = replaceRefund(payment, failed, now);
  if (refund.status === 'PENDING')
    return { ok: true, payment: next, refund: failed, reversed: false };
  return {
    ok: true,
    payment: withRefunded(next, payment.refunded - refund.amount.amount, 'refund_failed', now),
    refund: failed,
    reversed: true,
  };
}
