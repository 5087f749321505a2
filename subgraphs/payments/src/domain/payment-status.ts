/**
 * A payment's life as a transition table. A payment starts PENDING (saved before the provider is
 * called), may need the customer to act (3-D Secure), is AUTHORIZED (money held), CAPTURED at
 * delivery, and then refunded in part or in full. FAILED and CANCELLED end it without moving
 * money. A refund the provider had accepted may still fail later, which gives its amount back to
 * the payment: the only moves back, and the reason REFUNDED is not final.
 */
export const PAYMENT_STATUSES = [
  'PENDING',
  'REQUIRES_ACTION',
  'AUTHORIZED',
  'CAPTURED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'FAILED',
  'CANCELLED',
] as const;

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What moves a payment. */
export type TransitionCause =
  /** Its own flow, forwards: what we ask the provider, and what the provider reports. */
  | 'flow'
  /** A refund the provider had accepted failed later: what it gave back is the payment's again. */
  | 'refund_failed';

const TRANSITIONS: Readonly<
  Record<TransitionCause, Readonly<Partial<Record<PaymentStatus, readonly PaymentStatus[]>>>>
> = {
  flow: {
    PENDING: ['REQUIRES_ACTION', 'AUTHORIZED', 'FAILED', 'CANCELLED'],
    REQUIRES_ACTION: ['AUTHORIZED', 'FAILED', 'CANCELLED'],
    AUTHORIZED: ['CAPTURED', 'CANCELLED'],
    CAPTURED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
    // Each further partial refund stays PARTIALLY_REFUNDED until the last one.
    PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  },
  refund_failed: {
    // Back to CAPTURED when no other refund succeeded, else PARTIALLY_REFUNDED.
    PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'CAPTURED'],
    REFUNDED: ['PARTIALLY_REFUNDED', 'CAPTURED'],
  },
};

/**
 * How far along each status is. A report that would take a payment to a status no further than
 * where it is (a late or replayed webhook) is stale.
 */
const STAGE: Readonly<Record<PaymentStatus, number>> = {
  PENDING: 0,
  REQUIRES_ACTION: 1,
  AUTHORIZED: 2,
  CAPTURED: 3,
  PARTIALLY_REFUNDED: 4,
  REFUNDED: 5,
  FAILED: 5,
  CANCELLED: 5,
};

export function canTransition(
  from: PaymentStatus,
  to: PaymentStatus,
  cause: TransitionCause = 'flow',
): boolean {
  return TRANSITIONS[cause][from]?.includes(to) ?? false;
}

/** Nothing, of any cause, moves the payment any more. */
export function isFinal(status: PaymentStatus): boolean {
  return Object.values(TRANSITIONS).every((table) => (table[status] ?? []).length === 0);
}

/** Statuses in which money is held or has moved: the order's one live payment. */
export function isLive(status: PaymentStatus): boolean {
  return status !== 'FAILED' && status !== 'CANCELLED';
}

export type StatusReport =
  /** Move the payment to the reported status. */
  | { verdict: 'apply' }
  /** The payment is already there or further along: nothing to do, not an error. */
  | { verdict: 'stale' }
  /** The report contradicts the payment's state (e.g. failed after captured): not applied. */
  | { verdict: 'illegal' };

/**
 * What to do with a status reported from outside (a webhook, a provider's answer), which may
 * arrive late, twice or out of order: it is applied only when the table allows it in the
 * payment's flow, and never moves a payment backwards (a refund failing is no status report).
 */
export function judgeReport(current: PaymentStatus, reported: PaymentStatus): StatusReport {
  if (canTransition(current, reported)) return { verdict: 'apply' };
  if (current === reported || STAGE[reported] < STAGE[current]) return { verdict: 'stale' };
  return { verdict: 'illegal' };
}
