import fc from 'fast-check';
import {
  ACCOUNTS,
  balances,
  captureEntries,
  isBalanced,
  journalEntry,
  platformFee,
  refundEntry,
  refundFailedEntry,
  type JournalEntry,
} from './ledger';
import { applyAuthorization, refundable, type Payment } from './payment';
import { aPayment } from './payment.fixture';
import {
  applyCapture,
  failRefund,
  planCapture,
  planRefund,
  settleRefund,
  startRefund,
} from './settlement';

const at = new Date('2026-03-01T12:00:00.000Z');

describe('platform fee', () => {
  it('is the basis-point rate of the amount, rounded half up, exactly', () => {
    expect(platformFee(100_000, 1_500)).toBe(15_000);
    expect(platformFee(1_003, 1_500)).toBe(150); // 150.45
    expect(platformFee(1_010, 1_500)).toBe(152); // 151.5
    expect(platformFee(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => platformFee(100, 10_001)).toThrow(RangeError);
  });
});

describe('journal entries', () => {
  it('refuses an entry that does not balance', () => {
    const entry = {
      id: 'x',
      paymentId: 'pay_1',
      orderId: 'ord_1',
      kind: 'SALE' as const,
      currency: 'VND',
      createdAt: at,
      postings: [
        { account: 'a', amount: 10 },
        { account: 'b', amount: -9 },
      ],
    };
    expect(() => journalEntry(entry)).toThrow('does not balance');
  });

  it('splits a card capture between the store, the driver and the platform', () => {
    const payment = aPayment({ authorized: 130_000 });
    const plan = { due: 120_000, capture: 120_000, tip: 20_000, shortfall: 0 };
    const [sale, received] = captureEntries({
      payment,
      plan,
      driverId: 'usr_d',
      feeBps: 1_500,
      now: at,
    });
    expect(sale!.postings).toEqual([
      { account: 'customer:usr_customer', amount: 120_000 },
      { account: 'store_payable:sto_1', amount: -85_000 },
      { account: 'platform_fees', amount: -15_000 },
      { account: 'driver_payable:usr_d', amount: -20_000 },
    ]);
    expect(received).toMatchObject({
      id: 'pay_1:received',
      kind: 'CARD_PAYMENT',
      postings: [
        { account: ACCOUNTS.pspClearing, amount: 120_000 },
        { account: 'customer:usr_customer', amount: -120_000 },
      ],
    });
  });

  it('reverses a card refund that failed later with the opposite postings', () => {
    const payment = aPayment({ status: 'REFUNDED', captured: 100_000, refunded: 100_000 });
    const refund = {
      id: 'ref_1',
      paymentId: payment.id,
      amount: { amount: 100_000, currency: 'VND' },
      reason: 'cold food',
      status: 'FAILED' as const,
      idempotencyKey: 'key-1',
      refundRef: 're_1',
      createdAt: at,
    };
    const made = refundEntry({ payment, refund, now: at });
    const later = new Date('2026-03-09T08:00:00.000Z');
    expect(refundFailedEntry({ payment, refund, now: later })).toEqual({
      ...made,
      id: 'ref_1:refund_failed',
      createdAt: later,
      postings: [
        { account: ACCOUNTS.platformRefunds, amount: -100_000 },
        { account: ACCOUNTS.pspClearing, amount: 100_000 },
      ],
    });
    expect(
      Object.fromEntries(
        balances([made, refundFailedEntry({ payment, refund, now: later })]).get('VND')!,
      ),
    ).toEqual({
      [ACCOUNTS.platformRefunds]: 0,
      [ACCOUNTS.pspClearing]: 0,
    });
  });

  it('leaves a shortfall owed on the customer and cash owed by the driver', () => {
    const payment = aPayment({ method: 'CASH', provider: 'cash' });
    const plan = { due: 110_000, capture: 100_000, tip: 10_000, shortfall: 10_000 };
    const entries = captureEntries({ payment, plan, driverId: 'usr_d', feeBps: 0, now: at });
    const accounts = balances(entries).get('VND')!;
    expect(Object.fromEntries(accounts)).toEqual({
      'customer:usr_customer': 10_000,
      'store_payable:sto_1': -100_000,
      'driver_payable:usr_d': -10_000,
      'driver_cash:usr_d': 100_000,
    });
  });
});

type Op =
  | { op: 'capture'; finalTotal: number; tip: number; driver: number }
  | { op: 'refund'; amount: number | null; accepted: boolean }
  /** The provider reports the `which`-th refund (modulo their number) failed, maybe again. */
  | { op: 'refund_fails'; which: number };

const CURRENCIES = ['VND', 'USD', 'INR'] as const;

interface Scenario {
  currency: (typeof CURRENCIES)[number];
  method: 'CARD' | 'CASH';
  total: number;
  checkoutTip: number;
  feeBps: number;
  ops: Op[];
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  method: fc.constantFrom('CARD' as const, 'CASH' as const),
  total: fc.integer({ min: 1, max: 50_000_000 }),
  checkoutTip: fc.integer({ min: 0, max: 1_000_000 }),
  feeBps: fc.integer({ min: 0, max: 10_000 }),
  ops: fc.array(
    fc.oneof(
      fc.record({
        op: fc.constant('capture' as const),
        finalTotal: fc.integer({ min: 0, max: 60_000_000 }),
        tip: fc.integer({ min: 0, max: 2_000_000 }),
        driver: fc.integer({ min: 0, max: 3 }),
      }),
      fc.record({
        op: fc.constant('refund' as const),
        amount: fc.option(fc.integer({ min: -10, max: 60_000_000 }), { nil: null }),
        accepted: fc.boolean(),
      }),
      fc.record({
        op: fc.constant('refund_fails' as const),
        which: fc.integer({ min: 0, max: 11 }),
      }),
    ),
    { maxLength: 12 },
  ),
});

/** Plays one payment's life through the domain, as the use cases do, collecting its entries. */
function play(index: number, s: Scenario): { payment: Payment; entries: JournalEntry[] } {
  const money = (amount: number) => ({ amount, currency: s.currency });
  let payment = applyAuthorization(
    aPayment({
      id: `pay_${index}`,
      customerId: `usr_${index % 3}`,
      status: 'PENDING',
      method: s.method,
      currency: s.currency,
      amount: s.total + s.checkoutTip,
      authorized: 0,
    }),
    { status: 'authorized', intentRef: `pi_${index}`, amount: money(s.total + s.checkoutTip) },
    at,
  );
  const entries: JournalEntry[] = [];
  s.ops.forEach((op: Op, step) => {
    if (op.op === 'capture') {
      const planned = planCapture(payment, {
        finalTotal: money(op.finalTotal),
        tip: money(op.tip),
      });
      if (!planned.ok) return;
      expect(planned.plan.capture).toBeLessThanOrEqual(payment.authorized);
      const driverId = op.driver === 0 ? null : `usr_driver_${op.driver}`;
      entries.push(
        ...captureEntries({ payment, plan: planned.plan, driverId, feeBps: s.feeBps, now: at }),
      );
      payment = applyCapture(payment, planned.plan, at);
      return;
    }
    if (op.op === 'refund_fails') {
      const refund = payment.refunds[op.which % Math.max(payment.refunds.length, 1)];
      if (!refund) return;
      const failed = failRefund(payment, refund.id, `re_${op.which}`, at);
      if (!failed.ok) return;
      if (failed.reversed) entries.push(refundFailedEntry({ payment, refund, now: at }));
      payment = failed.payment;
      return;
    }
    const planned = planRefund(payment, op.amount === null ? null : money(op.amount));
    if (!planned.ok) return;
    const refund = {
      id: `ref_${index}_${step}`,
      paymentId: payment.id,
      amount: planned.amount,
      reason: 'test',
      status: 'PENDING' as const,
      idempotencyKey: `k${step}`,
      refundRef: null,
      createdAt: at,
    };
    payment = startRefund(payment, refund, at);
    payment = settleRefund(
      payment,
      refund.id,
      {
        status: op.accepted ? 'succeeded' : 'failed',
        refundRef: `re_${step}`,
      },
      at,
    );
    if (op.accepted) entries.push(refundEntry({ payment, refund, now: at }));
  });
  return { payment, entries };
}

describe('ledger properties', () => {
  it('keeps every currency balanced and never refunds more than was captured, even when refunds fail later', () => {
    fc.assert(
      fc.property(fc.array(scenario, { minLength: 1, maxLength: 6 }), (scenarios) => {
        const all: JournalEntry[] = [];
        scenarios.forEach((s, index) => {
          const { payment, entries } = play(index, s);
          for (const entry of entries) expect(isBalanced(entry)).toBe(true);
          const refunds = entries.filter((entry) => entry.kind === 'REFUND');
          const refundedInLedger = refunds.reduce(
            (sum, entry) => sum + entry.postings[0]!.amount,
            0,
          );
          expect(refundedInLedger).toBe(payment.refunded);
          expect(payment.refunded).toBeLessThanOrEqual(payment.captured);
          expect(payment.captured).toBeLessThanOrEqual(payment.authorized);
          expect(refundable(payment)).toBeGreaterThanOrEqual(0);
          expect(payment.refunds.filter((refund) => refund.status === 'PENDING')).toEqual([]);
          const succeeded = payment.refunds.filter((refund) => refund.status === 'SUCCEEDED');
          expect(succeeded.reduce((sum, refund) => sum + refund.amount.amount, 0)).toBe(
            payment.refunded,
          );
          if (payment.captured > 0) {
            expect(payment.status).toBe(
              payment.refunded === 0
                ? 'CAPTURED'
                : payment.refunded === payment.captured
                  ? 'REFUNDED'
                  : 'PARTIALLY_REFUNDED',
            );
          }
          all.push(...entries);
        });
        expect(new Set(all.map((entry) => entry.id)).size).toBe(all.length);
        for (const [, accounts] of balances(all)) {
          expect([...accounts.values()].reduce((sum, amount) => sum + amount, 0)).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
