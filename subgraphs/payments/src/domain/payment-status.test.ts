import { PAYMENT_STATUSES, canTransition, isFinal, isLive, judgeReport } from './payment-status';

describe('payment status transitions', () => {
  it('follows the happy path from PENDING to REFUNDED', () => {
    const path = ['PENDING', 'REQUIRES_ACTION', 'AUTHORIZED', 'CAPTURED', 'PARTIALLY_REFUNDED'];
    for (let i = 1; i < path.length; i++) {
      expect(canTransition(path[i - 1] as never, path[i] as never)).toBe(true);
    }
    expect(canTransition('PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED')).toBe(true);
    expect(canTransition('PARTIALLY_REFUNDED', 'REFUNDED')).toBe(true);
    expect(canTransition('CAPTURED', 'REFUNDED')).toBe(true);
  });

  it('rejects illegal transitions', () => {
    expect(canTransition('FAILED', 'CAPTURED')).toBe(false);
    expect(canTransition('PENDING', 'CAPTURED')).toBe(false);
    expect(canTransition('AUTHORIZED', 'REFUNDED')).toBe(false);
    expect(canTransition('CAPTURED', 'CANCELLED')).toBe(false);
    expect(canTransition('CAPTURED', 'AUTHORIZED')).toBe(false);
    expect(canTransition('REQUIRES_ACTION', 'CAPTURED')).toBe(false);
  });

  it('moves back only when a refund that was made fails, to where its amount puts the payment', () => {
    expect(canTransition('REFUNDED', 'CAPTURED', 'refund_failed')).toBe(true);
    expect(canTransition('REFUNDED', 'PARTIALLY_REFUNDED', 'refund_failed')).toBe(true);
    expect(canTransition('PARTIALLY_REFUNDED', 'CAPTURED', 'refund_failed')).toBe(true);
    expect(canTransition('PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED', 'refund_failed')).toBe(true);
    // Nothing else: a failed refund never un-captures or un-cancels a payment…
    expect(canTransition('REFUNDED', 'AUTHORIZED', 'refund_failed')).toBe(false);
    expect(canTransition('CAPTURED', 'AUTHORIZED', 'refund_failed')).toBe(false);
    expect(canTransition('CANCELLED', 'CAPTURED', 'refund_failed')).toBe(false);
    // …and the payment's own flow never moves back.
    expect(canTransition('REFUNDED', 'CAPTURED')).toBe(false);
    expect(canTransition('PARTIALLY_REFUNDED', 'CAPTURED')).toBe(false);
  });

  it('ends only at FAILED and CANCELLED (a refund may still fail after REFUNDED), which are not live', () => {
    expect(PAYMENT_STATUSES.filter(isFinal)).toEqual(['FAILED', 'CANCELLED']);
    expect(PAYMENT_STATUSES.filter((status) => !isLive(status))).toEqual(['FAILED', 'CANCELLED']);
  });

  it('applies a reported status the table allows', () => {
    expect(judgeReport('REQUIRES_ACTION', 'AUTHORIZED')).toEqual({ verdict: 'apply' });
    expect(judgeReport('PENDING', 'FAILED')).toEqual({ verdict: 'apply' });
    expect(judgeReport('AUTHORIZED', 'CANCELLED')).toEqual({ verdict: 'apply' });
  });

  it('never moves a payment backwards on a late or replayed report', () => {
    // amount_capturable_updated (requires_capture) arriving after succeeded
    expect(judgeReport('CAPTURED', 'AUTHORIZED')).toEqual({ verdict: 'stale' });
    expect(judgeReport('AUTHORIZED', 'REQUIRES_ACTION')).toEqual({ verdict: 'stale' });
    expect(judgeReport('AUTHORIZED', 'AUTHORIZED')).toEqual({ verdict: 'stale' });
    expect(judgeReport('REFUNDED', 'CAPTURED')).toEqual({ verdict: 'stale' });
    expect(judgeReport('PARTIALLY_REFUNDED', 'CAPTURED')).toEqual({ verdict: 'stale' });
    expect(judgeReport('FAILED', 'AUTHORIZED')).toEqual({ verdict: 'stale' });
  });

  it('calls a report that contradicts the payment illegal', () => {
    expect(judgeReport('CAPTURED', 'FAILED')).toEqual({ verdict: 'illegal' });
    expect(judgeReport('AUTHORIZED', 'FAILED')).toEqual({ verdict: 'illegal' });
    expect(judgeReport('CANCELLED', 'REFUNDED')).toEqual({ verdict: 'illegal' });
  });
});
