import type Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';

/**
 * Counts failed logins per account and per client address, so guessing is slow both for one
 * account and across accounts. Counters live in Redis when there is one, so every replica shares
 * them; in memory otherwise.
 */
export interface LoginThrottle {
  /** Seconds the caller must wait before trying this account from this address; 0 when free. */
  retryAfterSeconds(account: string, clientIp: string): Promise<number>;
  recordFailure(account: string, clientIp: string): Promise<void>;
  /** A successful login clears the account's failures (not the address's). */
  recordSuccess(account: string): Promise<void>;
}

export interface LoginThrottleOptions {
  redis?: Redis;
  /** Failures allowed per account in a window; defaults to 5. */
  accountLimit?: number;
  /** Failures allowed per address in a window; defaults to 50. */
  ipLimit?: number;
  /** Defaults to 15 minutes. */
  windowSeconds?: number;
  /** Separates independent throttles on one Redis, e.g. in tests. */
  keyPrefix?: string;
}

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'msBeforeNext' in value;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const { redis, accountLimit = 5, ipLimit = 50, windowSeconds = 15 * 60 } = options;
  const prefix = options.keyPrefix ?? 'login_failures';
  const limiter = (name: string, points: number): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${prefix}:${name}`,
          points,
          duration: windowSeconds,
        })
      : new RateLimiterMemory({ keyPrefix: `${prefix}:${name}`, points, duration: windowSeconds });
  const byAccount = limiter('account', accountLimit);
  const byIp = limiter('ip', ipLimit);

  const waitFor = (res: RateLimiterRes | null, limit: number): number =>
    res && res.consumedPoints >= limit ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;

  /** Over the limit, consume rejects with the counter state: that is not an error here. */
  const consume = (limiterOf: RateLimiterAbstract, key: string) =>
    limiterOf.consume(key).then(
      () => undefined,
      (error: unknown) => {
        if (!isRateLimiterRes(error)) throw error;
      },
    );

  return {
    async retryAfterSeconds(account, clientIp) {
      const [accountRes, ipRes] = await Promise.all([byAccount.get(account), byIp.get(clientIp)]);
      return Math.max(waitFor(accountRes, accountLimit), waitFor(ipRes, ipLimit));
    },
    async recordFailure(account, clientIp) {
      await Promise.all([consume(byAccount, account), consume(byIp, clientIp)]);
    },
    async recordSuccess(account) {
      await byAccount.delete(account);
    },
  };
}
