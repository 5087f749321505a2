/**
 * A caller's token bucket: it holds at most `capacity` tokens, one operation takes one, and it
 * refills continuously at `refillPerMinute`. A caller can so make `capacity` operations at once,
 * then `refillPerMinute` a minute, and never more than `capacity + refillPerMinute × t` in any
 * stretch of `t` minutes.
 */
export interface BucketLimit {
  capacity: number;
  refillPerMinute: number;
}

/** What a store keeps of a caller's bucket: the tokens it held at `atMs`. */
export interface BucketState {
  tokens: number;
  atMs: number;
}

export interface TokenTake {
  /** The bucket after this attempt, to keep. */
  state: BucketState;
  /** 0 when a token was taken; otherwise how many ms until the bucket holds one. */
  waitMs: number;
  /** How many ms until the bucket is full again: after that, keeping it changes nothing. */
  ttlMs: number;
}

/**
 * One attempt to take a token at `nowMs`. A caller without a bucket (new, or idle long enough for
 * its bucket to be dropped) has a full one. The bucket refills by the time elapsed since it was
 * last seen, up to its capacity; a clock that went back adds nothing and does not move the
 * bucket back in time. {@link TAKE_TOKEN_LUA} is this function, line for line, run in Redis.
 */
export function takeToken(
  state: BucketState | undefined,
  nowMs: number,
  limit: BucketLimit,
): TokenTake {
  const perMs = limit.refillPerMinute / 60_000;
  let tokens = limit.capacity;
  let atMs = nowMs;
  if (state) {
    atMs = Math.max(state.atMs, nowMs);
    tokens = Math.min(limit.capacity, state.tokens + (atMs - state.atMs) * perMs);
  }
  let waitMs = 0;
  if (tokens >= 1) tokens -= 1;
  else waitMs = Math.ceil((1 - tokens) / perMs);
  return {
    state: { tokens, atMs },
    waitMs,
    ttlMs: Math.ceil((limit.capacity - tokens) / perMs),
  };
}

/**
 * {@link takeToken} as one atomic Redis script, on Redis's own clock (`TIME`), so every gateway
 * instance counts alike whatever its own clock says. KEYS[1] is the caller's bucket, a hash of
 * `tokens` and `at` (ms); ARGV[1] the capacity, ARGV[2] the refill per minute. It answers the wait
 * in ms (0: a token was taken) and expires the bucket once it would be full again, so idle
 * callers leave nothing behind. Redis replicates a script's writes, not the script, so reading
 * `TIME` before writing is allowed (Redis 5 and later).
 */
export const TAKE_TOKEN_LUA = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2]) / 60000
local time = redis.call('TIME')
local nowMs = tonumber(time[1]) * 1000 + tonumber(time[2]) / 1000
local tokens = capacity
local atMs = nowMs
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
if state[1] and state[2] then
  local lastMs = tonumber(state[2])
  atMs = math.max(lastMs, nowMs)
  tokens = math.min(capacity, tonumber(state[1]) + (atMs - lastMs) * perMs)
end
local waitMs = 0
if tokens >= 1 then
  tokens = tokens - 1
else
  waitMs = math.ceil((1 - tokens) / perMs)
end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', atMs)
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs))
return waitMs
`;
