import { applyAuthorization, refundable, statusOfIntent } from './payment';
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
const vnd = (amount: number) => ({ amount, currency: 'VND' });

describe('authorisation outcomes', () => {
  it('records an authorisation, a 3-D Secure challenge and a decline', () => {
    const pending = aPayment({ status: 'PENDING', authorized: 0, intentRef: null });
    const authorized = applyAuthorization(
      pending,
      { status: 'authorized', intentRef: 'pi_9', amount: vnd(100_000) },
      at,
    );
    expect(authorized).toMatchObject({
      status: 'AUTHORIZED',
      authorized: 100_000,
      intentRef: 'pi_9',
    });
    const challenged = applyAuthorization(
      pending,
      {
        status: 'requires_action',
        intentRef: 'pi_9',
        nextAction: { type: 'use_sdk', clientSecret: 's' },
      },
      at,
    );
    expect(challenged).toMatchObject({
      status: 'REQUIRES_ACTION',
      nextAction: { type: 'use_sdk' },
    });
    const declined = applyAuthorization(
      pending,
      { status: 'declined', reason: 'card_declined', declineCode: 'insufficient_funds' },
      at,
    );
    expect(declined).toMatchObject({
      status: 'FAILED',
      failure: { reason: 'card_declined', declineCode: 'insufficient_funds' },
    });
  });

  it('maps intent statuses, ignoring those we do not act on', () => {
    expect(statusOfIntent('requires_capture')).toBe('AUTHORIZED');
    expect(statusOfIntent('succeeded')).toBe('CAPTURED');
    expect(statusOfIntent('processing')).toBeNull();
  });
});

describe('capture', () => {
  it('captures the final total and the tip', () => {
    const payment = aPayment({ authorized: 120_000 });
    const result = planCapture(payment, { finalTotal: vnd(95_000), tip: vnd(20_000) });
    expect(result).toEqual({
      ok: true,
      plan: { due: 115_000, capture: 115_000, tip: 20_000, shortfall: 0 },
    });
  });

  it('never captures more than authorised and records the shortfall', () => {
    const payment = aPayment({ authorized: 100_000 });
    const result = planCapture(payment, { finalTotal: vnd(104_000), tip: vnd(10_000) });
    expect(result).toEqual({
      ok: true,
      plan: { due: 114_000, capture: 100_000, tip: 10_000, shortfall: 14_000 },
    });
    if (!result.ok) throw new Error('unreachable');
    expect(applyCapture(payment, result.plan, at)).toMatchObject({
      status: 'CAPTURED',
      captured: 100_000,
      shortfall: 14_000,
    });
  });

  it('refuses to capture a failed payment or another currency', () => {
    expect(
      planCapture(aPayment({ status: 'FAILED' }), { finalTotal: vnd(1), tip: vnd(0) }),
    ).toEqual({
      ok: false,
      problem: expect.objectContaining({ kind: 'InvalidPaymentState', status: 'FAILED' }),
    });
    const usd = { amount: 100, currency: 'USD' };
    expect(planCapture(aPayment(), { finalTotal: usd, tip: vnd(0) })).toEqual({
      ok: false,
      problem: { kind: 'CurrencyMismatch', expected: 'VND', given: 'USD' },
    });
  });
});

/** A refund of `pay_1` about to be asked of the provider. */
const refund = (id: string, amount: number) => ({
  id,
  paymentId: 'pay_1',
  amount: vnd(amount),
  reason: 'cold food',
  status: 'PENDING' as const,
  idempotencyKey: id,
  refundRef: null,
  createdAt: at,
});

describe('refunds', () => {
  const captured = aPayment({ status: 'CAPTURED', captured: 100_000 });

  it('refunds in part, then the rest, then nothing more', () => {
    expect(planRefund(captured, vnd(30_000))).toEqual({ ok: true, amount: vnd(30_000) });
    let payment = startRefund(captured, refund('ref_1', 30_000), at);
    expect(refundable(payment)).toBe(70_000);
    payment = settleRefund(payment, 'ref_1', { status: 'succeeded', refundRef: 're_1' }, at);
    expect(payment).toMatchObject({ status: 'PARTIALLY_REFUNDED', refunded: 30_000 });
    expect(planRefund(payment, null)).toEqual({ ok: true, amount: vnd(70_000) });
    payment = settleRefund(
      startRefund(payment, refund('ref_2', 70_000), at),
      'ref_2',
      {
        status: 'succeeded',
        refundRef: 're_2',
      },
      at,
    );
    expect(payment).toMatchObject({ status: 'REFUNDED', refunded: 100_000 });
    expect(planRefund(payment, vnd(1))).toMatchObject({
      ok: false,
      problem: { kind: 'InvalidPaymentState' },
    });
  });

  it('refuses more than captured, counting refunds under way', () => {
    expect(planRefund(captured, vnd(100_001))).toEqual({
      ok: false,
      problem: { kind: 'RefundExceedsCaptured', refundable: vnd(100_000) },
    });
    const underWay = startRefund(captured, refund('ref_1', 60_000), at);
    expect(planRefund(underWay, vnd(50_000))).toEqual({
      ok: false,
      problem: { kind: 'RefundExceedsCaptured', refundable: vnd(40_000) },
    });
  });

  it('releases the amount of a refund the provider refused', () => {
    const failed = settleRefund(
      startRefund(captured, refund('ref_1', 60_000), at),
      'ref_1',
      {
        status: 'failed',
        refundRef: 're_1',
      },
      at,
    );
    expect(failed).toMatchObject({ status: 'CAPTURED', refunded: 0 });
    expect(refundable(failed)).toBe(100_000);
  });

  it('refuses a refund in another currency, of zero, or of an uncaptured payment', () => {
    expect(planRefund(captured, { amount: 10, currency: 'USD' })).toMatchObject({
      ok: false,
      problem: { kind: 'CurrencyMismatch' },
    });
    expect(planRefund(captured, vnd(0))).toMatchObject({
      ok: false,
      problem: { kind: 'InvalidPaymentInput', field: 'amount' },
    });
    expect(planRefund(aPayment(), null)).toMatchObject({
      ok: false,
      problem: { kind: 'InvalidPaymentState', status: 'AUTHORIZED' },
    });
  });
});

describe('refunds that fail later', () => {
  const captured = aPayment({ status: 'CAPTURED', captured: 100_000 });
  /** The payment once the provider accepted a refund of `amount` as pending. */
  const made = (payment: typeof captured, id: string, amount: number) =>
    settleRefund(
      startRefund(payment, refund(id, amount), at),
      id,
      { status: 'pending', refundRef: `re_${id}` },
      at,
    );
  const later = new Date('2026-03-09T08:00:00.000Z');

  it('gives a whole refund back to the payment, which is CAPTURED again and refundable again', () => {
    const refunded = made(captured, 'ref_1', 100_000);
    expect(refunded).toMatchObject({ status: 'REFUNDED', refunded: 100_000 });
    const failed = failRefund(refunded, 'ref_1', 're_ref_1', later);
    expect(failed).toMatchObject({
      ok: true,
      reversed: true,
      refund: { id: 'ref_1', status: 'FAILED', refundRef: 're_ref_1' },
      payment: { status: 'CAPTURED', refunded: 0, updatedAt: later },
    });
    if (!failed.ok) throw new Error('unreachable');
    expect(failed.payment.refunds.map((refund) => refund.status)).toEqual(['FAILED']);
    expect(planRefund(failed.payment, null)).toEqual({ ok: true, amount: vnd(100_000) });
  });

  it('keeps the refunds that did not fail', () => {
    const both = made(made(captured, 'ref_1', 30_000), 'ref_2', 70_000);
    expect(both).toMatchObject({ status: 'REFUNDED', refunded: 100_000 });
    const first = failRefund(both, 'ref_1', 're_ref_1', later);
    expect(first).toMatchObject({ payment: { status: 'PARTIALLY_REFUNDED', refunded: 70_000 } });
    if (!first.ok) throw new Error('unreachable');
    const second = failRefund(first.payment, 'ref_2', 're_ref_2', later);
    expect(second).toMatchObject({ payment: { status: 'CAPTURED', refunded: 0 } });
  });

  it('releases what a PENDING refund reserved, with nothing to reverse', () => {
    const underWay = startRefund(made(captured, 'ref_1', 30_000), refund('ref_2', 50_000), at);
    expect(refundable(underWay)).toBe(20_000);
    const failed = failRefund(underWay, 'ref_2', 're_late', later);
    expect(failed).toMatchObject({
      ok: true,
      reversed: false,
      refund: { status: 'FAILED', refundRef: 're_late' },
      payment: { status: 'PARTIALLY_REFUNDED', refunded: 30_000 },
    });
    if (!failed.ok) throw new Error('unreachable');
    expect(refundable(failed.payment)).toBe(70_000);
  });

  it('fails a refund once: a replayed or late report changes nothing', () => {
    const failed = failRefund(made(captured, 'ref_1', 40_000), 'ref_1', 're_ref_1', later);
    if (!failed.ok) throw new Error('unreachable');
    expect(failRefund(failed.payment, 'ref_1', 're_ref_1', later)).toEqual({
      ok: false,
      refused: 'already_failed',
    });
  });

  it('never fails a cash refund, which support pays out', () => {
    const cash = made(
      aPayment({ method: 'CASH', provider: 'cash', status: 'CAPTURED', captured: 50_000 }),
      'ref_1',
      50_000,
    );
    expect(failRefund(cash, 'ref_1', 'cash_refund:1', later)).toEqual({
      ok: false,
      refused: 'cash',
    });
  });
});
