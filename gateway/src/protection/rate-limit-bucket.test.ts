import { takeToken, type BucketLimit, type BucketState } from './rate-limit-bucket';

/** 3 at once, then one every 2 s. */
const LIMIT: BucketLimit = { capacity: 3, refillPerMinute: 30 };

/** Takes `count` times at `nowMs`, from `state`; the last take. */
function takeTimes(state: BucketState | undefined, nowMs: number, count: number) {
  let take = takeToken(state, nowMs, LIMIT);
  for (let i = 1; i < count; i += 1) take = takeToken(take.state, nowMs, LIMIT);
  return take;
}

describe('takeToken', () => {
  it('gives a caller without a bucket a full one, and takes a token from it', () => {
    expect(takeToken(undefined, 1_000, LIMIT)).toEqual({
      state: { tokens: 2, atMs: 1_000 },
      waitMs: 0,
      // One token short of full: one refill period.
      ttlMs: 2_000,
    });
  });

  it('lets the capacity through at once, then answers the wait for the next token', () => {
    const emptied = takeTimes(undefined, 0, 3);
    expect(emptied).toEqual({ state: { tokens: 0, atMs: 0 }, waitMs: 0, ttlMs: 6_000 });

    expect(takeToken(emptied.state, 0, LIMIT)).toEqual({
      state: { tokens: 0, atMs: 0 },
      waitMs: 2_000,
      ttlMs: 6_000,
    });
    // Half a period later, half the wait is left; a refusal takes nothing.
    expect(takeToken(emptied.state, 1_000, LIMIT)).toEqual({
      state: { tokens: 0.5, atMs: 1_000 },
      waitMs: 1_000,
      ttlMs: 5_000,
    });
  });

  it('refills by the time elapsed, one token per period, up to the capacity', () => {
    const emptied = takeTimes(undefined, 0, 3).state;

    expect(takeToken(emptied, 2_000, LIMIT)).toMatchObject({ state: { tokens: 0 }, waitMs: 0 });
    expect(takeTimes(emptied, 4_000, 2)).toMatchObject({ state: { tokens: 0 }, waitMs: 0 });
    expect(takeTimes(emptied, 4_000, 3).waitMs).toBe(2_000);
    // Idle for an hour: full, not 1,800 tokens.
    expect(takeTimes(emptied, 3_600_000, 3)).toMatchObject({ state: { tokens: 0 }, waitMs: 0 });
    expect(takeTimes(emptied, 3_600_000, 4).waitMs).toBe(2_000);
  });

  it('rounds a fractional wait up to the next whole ms', () => {
    const limit = { capacity: 1, refillPerMinute: 7 };
    const emptied = takeToken(undefined, 0, limit).state;
    // One token every 8571.43 ms.
    expect(takeToken(emptied, 0, limit).waitMs).toBe(8_572);
    expect(takeToken(emptied, 8_571, limit).waitMs).toBe(1);
    expect(takeToken(emptied, 8_572, limit).waitMs).toBe(0);
  });

  it('adds nothing, and does not go back in time, when the clock goes back', () => {
    const emptied = takeTimes(undefined, 10_000, 3).state;

    const earlier = takeToken(emptied, 5_000, LIMIT);
    expect(earlier).toEqual({ state: { tokens: 0, atMs: 10_000 }, waitMs: 2_000, ttlMs: 6_000 });
    // The 5 s it went back are not counted again as it moves on.
    expect(takeToken(earlier.state, 11_000, LIMIT).waitMs).toBe(1_000);
  });
});
