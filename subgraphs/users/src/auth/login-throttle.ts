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
 * them; in memory otherwise. While Redis cannot be reached, each process counts in its own memory
 * (rate-limiter-flexible's insurance limiter) rather than failing the login.
 */
export interface LoginThrottle {
  /** Seconds the caller must wait before trying this account from this address; 0 when free. */
  retryAfterSeconds(account: string, clientIp: string): Promise<number>;
  recordFailure(account: string, clientIp: string): Promise<void>;
  /** A successful login clears the account's failures (not the address's). */
  recordSuccess(account: string): Promise<void>;
}

/** The part of the service's (pino) logger a throttle uses. */
export interface ThrottleLogger {
  warn(fields: object, message: string): void;
  info(fields: object, message: string): void;
}

export interface LoginThrottleOptions {
  redis?: Redis;
  /** Told once per Redis outage that this throttle counts in memory, and when Redis is back. */
  logger?: ThrottleLogger;
  /** Failures allowed per account in a window; defaults to 5. */
  accountLimit?: number;
  /** Failures allowed per address in a window; defaults to 50. */
  ipLimit?: number;
  /** Defaults to 15 minutes. */
  windowSeconds?: number;
  /** Separates independent throttles on one Redis, e.g. in tests. */
  keyPrefix?: string;
}

type MemoryOptions = ConstructorParameters<typeof RateLimiterMemory>[0];

/**
 * The in-memory stand-in of a Redis limiter: rate-limiter-flexible calls the insurance limiter's
 * method of the same name when Redis fails, so these are the operations the throttle uses.
 */
class MemoryInsurance extends RateLimiterMemory {
  constructor(
    options: MemoryOptions,
    private readonly onUse: () => void,
  ) {
    super(options);
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>) {
    this.onUse();
    return super.consume(...args);
  }

  override get(...args: Parameters<RateLimiterMemory['get']>) {
    this.onUse();
    return super.get(...args);
  }

  override delete(...args: Parameters<RateLimiterMemory['delete']>) {
    this.onUse();
    return super.delete(...args);
  }
}

/**
 * Logs the start of an outage at the first operation that fell back on memory, and its end at the
 * first operation after it that Redis answered alone.
 */
function outageLog(prefix: string, logger: LoginThrottleOptions['logger']) {
  let fallbacks = 0;
  let inOutage = false;
  return {
    fellBack() {
      fallbacks += 1;
      if (inOutage) return;
      inOutage = true;
      logger?.warn(
        { throttle: prefix },
        'redis unavailable: counting attempts in this process’s memory until it answers again',
      );
    },
    async track<T>(operation: () => Promise<T>): Promise<T> {
      const before = fallbacks;
      const result = await operation();
      if (inOutage && fallbacks === before) {
        inOutage = false;
        logger?.info({ throttle: prefix }, 'redis answers again: counting attempts there');
      }
      return result;
    },
  };
}

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'msBeforeNext' in value;
}

export function createLoginThrottle(options: LoginThrottleOptions = {}): LoginThrottle {
  const { redis, accountLimit = 5, ipLimit = 50, windowSeconds = 15 * 60 } = options;
  const prefix = options.keyPrefix ?? 'login_failures';
  const outage = outageLog(prefix, options.logger);
  const limiter = (name: string, points: number): RateLimiterAbstract => {
    const keyPrefix = `${prefix}:${name}`;
    if (!redis) return new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds });
    return new RateLimiterRedis({
      storeClient: redis,
      keyPrefix,
      points,
      duration: windowSeconds,
      // Not connected: straight to the insurance, without waiting on the client.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new MemoryInsurance({ keyPrefix, points, duration: windowSeconds }, () =>
        outage.fellBack(),
      ),
    });
  };
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
    retryAfterSeconds: (account, clientIp) =>
      outage.track(async () => {
        const [accountRes, ipRes] = await Promise.all([byAccount.get(account), byIp.get(clientIp)]);
        return Math.max(waitFor(accountRes, accountLimit), waitFor(ipRes, ipLimit));
      }),
    recordFailure: (account, clientIp) =>
      outage.track(async () => {
        await Promise.all([consume(byAccount, account), consume(byIp, clientIp)]);
      }),
    recordSuccess: (account) =>
      outage.track(async () => {
        await byAccount.delete(account);
      }),
  };
}
