import { ConfigError } from '@dabba/subgraph-kit';
import { parsePaymentsConfig } from './config';

function issuesOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parsePaymentsConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues;
    throw error;
  }
  return [];
}

describe('payments config', () => {
  it('defaults to the sandbox with a generated webhook secret and a 15 % fee', () => {
    const config = parsePaymentsConfig({ NODE_ENV: 'test' });
    expect(config.stripe).toBeNull();
    expect(config.sandboxWebhookSecret).toMatch(/^whsec_[0-9a-f]{48}$/);
    expect(parsePaymentsConfig({}).sandboxWebhookSecret).toBe(config.sandboxWebhookSecret);
    expect(config.platformFeeBps).toBe(1_500);
  });

  it('takes Stripe and the fee from the environment', () => {
    const config = parsePaymentsConfig({
      STRIPE_SECRET_KEY: 'sk_test_abc123',
      STRIPE_WEBHOOK_SECRET: 'whsec_xyz',
      SANDBOX_WEBHOOK_SECRET: '',
      PLATFORM_FEE_BPS: '1200',
    });
    expect(config.stripe).toEqual({ secretKey: 'sk_test_abc123', webhookSecret: 'whsec_xyz' });
    expect(config.platformFeeBps).toBe(1_200);
  });

  it('lists every bad variable at once', () => {
    expect(
      issuesOf({
        STRIPE_SECRET_KEY: 'pk_live_nope',
        STRIPE_WEBHOOK_SECRET: 'secret',
        SANDBOX_WEBHOOK_SECRET: 'short',
        PLATFORM_FEE_BPS: '10001',
      }),
    ).toEqual([
      expect.stringMatching(/^STRIPE_SECRET_KEY: must look like sk_/),
      expect.stringMatching(/^STRIPE_WEBHOOK_SECRET: must look like whsec_/),
      expect.stringMatching(/^SANDBOX_WEBHOOK_SECRET: /),
      expect.stringMatching(/^PLATFORM_FEE_BPS: /),
    ]);
  });

  it('requires Stripe and its webhook secret in production', () => {
    expect(issuesOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/^STRIPE_SECRET_KEY: is required in production/),
    ]);
    expect(issuesOf({ NODE_ENV: 'production', STRIPE_SECRET_KEY: 'sk_live_abc' })).toEqual([
      'STRIPE_WEBHOOK_SECRET: is required with STRIPE_SECRET_KEY in production',
    ]);
  });
});
