import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { createLoginThrottle, type LoginThrottleOptions } from './login-throttle';

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn('REDIS_URL is not set: skipping the Redis login throttle tests');

let redis: Redis | undefined;

beforeAll(() => {
  if (REDIS_URL) redis = new Redis(REDIS_URL);
});

afterAll(async () => {
  await redis?.quit();
});

const adapters: [string, () => LoginThrottleOptions][] = [['in memory', () => ({})]];
if (REDIS_URL) {
  adapters.push(['on Redis', () => ({ redis: redis!, keyPrefix: `test:${randomUUID()}` })]);
}

describe.each(adapters)('LoginThrottle %s', (_name, options) => {
  it('locks an account out after its limit, for the rest of the window', async () => {
    const throttle = createLoginThrottle({ ...options(), accountLimit: 3, windowSeconds: 60 });
    for (let i = 0; i < 3; i += 1) {
      expect(await throttle.retryAfterSeconds('email:a@b.vn', `ip-${i}`)).toBe(0);
      await throttle.recordFailure('email:a@b.vn', `ip-${i}`);
    }
    const wait = await throttle.retryAfterSeconds('email:a@b.vn', 'ip-other');
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await throttle.retryAfterSeconds('email:c@d.vn', 'ip-other')).toBe(0);
  });

  it('locks an address out across accounts', async () => {
    const throttle = createLoginThrottle({ ...options(), ipLimit: 2, windowSeconds: 60 });
    await throttle.recordFailure('email:1@b.vn', '10.0.0.9');
    await throttle.recordFailure('email:2@b.vn', '10.0.0.9');
    expect(await throttle.retryAfterSeconds('email:3@b.vn', '10.0.0.9')).toBeGreaterThan(0);
    expect(await throttle.retryAfterSeconds('email:3@b.vn', '10.0.0.10')).toBe(0);
  });

  it('clears an account’s failures on success, and keeps counting past the limit', async () => {
    const throttle = createLoginThrottle({ ...options(), accountLimit: 2, windowSeconds: 60 });
    await throttle.recordFailure('phone:+84901234567', 'ip');
    await throttle.recordFailure('phone:+84901234567', 'ip');
    await throttle.recordFailure('phone:+84901234567', 'ip');
    expect(await throttle.retryAfterSeconds('phone:+84901234567', 'ip')).toBeGreaterThan(0);
    await throttle.recordSuccess('phone:+84901234567');
    expect(await throttle.retryAfterSeconds('phone:+84901234567', 'ip')).toBe(0);
  });
});
