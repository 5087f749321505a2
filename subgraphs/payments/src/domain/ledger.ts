import type { Payment, Refund } from './payment';
import type { CapturePlan } from './settlement';

/**
 * The double-entry ledger: every movement of money is a journal entry whose postings sum to zero.
 * A posting's amount is in the minor units of the entry's currency, positive for a debit and
 * negative for a credit. An account's balance is the sum of its postings: positive means it holds
 * or is owed money (psp_clearing, driver_cash, a customer who still owes), negative means money
 * is owed from it or earned (store_payable, driver_payable, platform_fees).
 */
export interface Posting {
  account: string;
  amount: number;
}

export type EntryKind =
  /** The delivered order: charged to the customer, split into store, driver tip and our fee. */
  | 'SALE'
  /** The customer paid by card: the PSP holds the captured money for us. */
  | 'CARD_PAYMENT'
  /** The customer paid the driver in cash, which the driver owes us. */
  | 'CASH_COLLECTED'
  /**
   * Money given back to the customer, borne by the platform; with the opposite postings, the
   * reversal of a refund that failed after it was made.
   */
  | 'REFUND';

export interface JournalEntry {
  /**
   * Derived from what it records (`<paymentId>:sale`, `<refundId>:refund`,
   * `<refundId>:refund_failed`): written once.
   */
  id: string;
  paymentId: string;
  orderId: string;
  kind: EntryKind;
  currency: string;
  postings: Posting[];
  createdAt: Date;
}

export const ACCOUNTS = {
  customer: (customerId: string) => `customer:${customerId}`,
  pspClearing: 'psp_clearing',
  storePayable: (storeId: string) => `store_payable:${storeId}`,
  driverPayable: (driverId: string | null) => `driver_payable:${driverId ?? 'unassigned'}`,
  driverCash: (driverId: string | null) => `driver_cash:${driverId ?? 'unassigned'}`,
  platformFees: 'platform_fees',
  platformRefunds: 'platform_refunds',
} as const;

export const MAX_FEE_BPS = 10_000;

/** The platform's fee on `amount` at `bps` basis points, rounded half up, in exact integers. */
export function platformFee(amount: number, bps: number): number {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`bad amount ${amount}`);
  if (!Number.isInteger(bps) || bps < 0 || bps > MAX_FEE_BPS)
    throw new RangeError(`bad bps ${bps}`);
  return Number((BigInt(amount) * BigInt(bps) + 5_000n) / 10_000n);
}

export function isBalanced(entry: Pick<JournalEntry, 'postings'>): boolean {
  return entry.postings.reduce((sum, posting) => sum + posting.amount, 0) === 0;
}

/**
 * A journal entry, with zero postings dropped and the postings of one account merged. Throws on
 * an unbalanced entry or a non-integer amount: a bug, never written.
 */
export function journalEntry(entry: JournalEntry): JournalEntry {
  const merged = new Map<string, number>();
  for (const { account, amount } of entry.postings) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`posting ${amount} is not an integer`);
    merged.set(account, (merged.get(account) ?? 0) + amount);
  }
  const postings = [...merged]
    .filter(([, amount]) => amount !== 0)
    .map(([account, amount]) => ({ account, amount }));
  if (!isBalanced({ postings })) {
    throw new Error(`journal entry ${entry.id} does not balance`);
  }
  return { ...entry, postings };
}

/**
 * The entries of a capture: the sale (the customer is charged what was due, the store is owed it
 * less our fee, the driver the tip) and the payment received (what was captured, by card or as
 * cash the driver holds). A shortfall stays on the customer's account as owed.
 */
export function captureEntries(input: {
  payment: Payment;
  plan: CapturePlan;
  driverId: string | null;
  feeBps: number;
  now: Date;
}): JournalEntry[] {
  const { payment, plan, driverId, feeBps, now } = input;
  const goods = plan.due - plan.tip;
  const fee = platformFee(goods, feeBps);
  const base = { paymentId: payment.id, orderId: payment.orderId, currency: payment.currency };
  const sale = journalEntry({
    ...base,
    id: `${payment.id}:sale`,
    kind: 'SALE',
    createdAt: now,
    postings: [
      { account: ACCOUNTS.customer(payment.customerId), amount: plan.due },
      { account: ACCOUNTS.storePayable(payment.storeId), amount: -(goods - fee) },
      { account: ACCOUNTS.platformFees, amount: -fee },
      { account: ACCOUNTS.driverPayable(driverId), amount: -plan.tip },
    ],
  });
  const cash = payment.method === 'CASH';
  const received = journalEntry({
    ...base,
    id: `${payment.id}:received`,
    kind: cash ? 'CASH_COLLECTED' : 'CARD_PAYMENT',
    createdAt: now,
    postings: [
      {
        account: cash ? ACCOUNTS.driverCash(driverId) : ACCOUNTS.pspClearing,
        amount: plan.capture,
      },
      { account: ACCOUNTS.customer(payment.customerId), amount: -plan.capture },
    ],
  });
  return [sale, received];
}

/**
 * A refund the provider made. The platform bears it; a card refund leaves the PSP's clearing
 * account, a cash refund is owed back to the customer (paid out by support).
 */
export function refundEntry(input: { payment: Payment; refund: Refund; now: Date }): JournalEntry {
  const { payment, refund, now } = input;
  return journalEntry({
    id: `${refund.id}:refund`,
    paymentId: payment.id,
    orderId: payment.orderId,
    kind: 'REFUND',
    currency: payment.currency,
    createdAt: now,
    postings: [
      { account: ACCOUNTS.platformRefunds, amount: refund.amount.amount },
      {
        account:
          payment.method === 'CASH' ? ACCOUNTS.customer(payment.customerId) : ACCOUNTS.pspClearing,
        amount: -refund.amount.amount,
      },
    ],
  });
}

/**
 * A refund that failed after it was made: the provider kept the money (Stripe returns it to our
 * balance), so the refund's entry is reversed by a new one with the opposite postings. Entries
 * are never changed.
 */
export function refundFailedEntry(input: {
  payment: Payment;
  refund: Refund;
  now: Date;
}): JournalEntry {
  const made = refundEntry(input);
  return journalEntry({
    ...made,
    id: `${input.refund.id}:refund_failed`,
    postings: made.postings.map(({ account, amount }) => ({ account, amount: -amount })),
  });
}

/** Each account's balance per currency. */
export function balances(entries: readonly JournalEntry[]): Map<string, Map<string, number>> {
  const byCurrency = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    const accounts = byCurrency.get(entry.currency) ?? new Map<string, number>();
    byCurrency.set(entry.currency, accounts);
    for (const { account, amount } of entry.postings) {
      accounts.set(account, (accounts.get(account) ?? 0) + amount);
    }
  }
  return byCurrency;
}
