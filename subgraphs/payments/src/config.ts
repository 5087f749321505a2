import { randomBytes } from 'node:crypto';
import { optionalSetting, parseConfig } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { MAX_FEE_BPS } from './domain/ledger';

const paymentsEnvSchema = z
  .object({
    NODE_ENV: optionalSetting(z.enum(['development', 'test', 'production'])).transform(
      (value) => value ?? 'development',
    ),
    /** When set, cards go through Stripe; else through the in-process sandbox PSP. */
    STRIPE_SECRET_KEY: optionalSetting(
      z.string().regex(/^sk_(test|live)_\w+$/, 'must look like sk_test_… or sk_live_…'),
    ),
    /** Verifies Stripe's webhooks; required with STRIPE_SECRET_KEY in production. */
    STRIPE_WEBHOOK_SECRET: optionalSetting(
      z.string().regex(/^whsec_\S+$/, 'must look like whsec_…'),
    ),
    /** The sandbox PSP signs its webhooks with it; generated per process when unset. */
    SANDBOX_WEBHOOK_SECRET: optionalSetting(z.string().min(16, 'must be at least 16 characters')),
    /** Where the sandbox delivers its webhooks; this process's own endpoint by default. */
    SANDBOX_WEBHOOK_URL: optionalSetting(
      z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    ),
    /** The platform's fee on each delivered order, in basis points (1500 = 15 %). */
    PLATFORM_FEE_BPS: optionalSetting(z.coerce.number().int().min(0).max(MAX_FEE_BPS)).transform(
      (value) => value ?? 1_500,
    ),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.STRIPE_SECRET_KEY) {
      context.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message: 'is required in production (the sandbox PSP is for development and tests)',
      });
    } else if (!env.STRIPE_WEBHOOK_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'is required with STRIPE_SECRET_KEY in production',
      });
    }
  });

export interface PaymentsConfig {
  stripe: { secretKey: string; webhookSecret: string | null } | null;
  sandboxWebhookSecret: string;
  sandboxWebhookUrl: string | null;
  platformFeeBps: number;
}

/** The payments subgraph's port in development (schema/subgraphs.ts). */
export const DEFAULT_PORT = 4004;

/** One secret per process for the sandbox when none is configured. */
let generatedSandboxSecret: string | undefined;

/**
 * The payments settings from `env`; throws a ConfigError listing every bad variable. Secrets are
 * never logged: the logger only ever sees which provider was chosen.
 */
export function parsePaymentsConfig(env: NodeJS.ProcessEnv): PaymentsConfig {
  const parsed = parseConfig(paymentsEnvSchema, env);
  return {
    stripe: parsed.STRIPE_SECRET_KEY
      ? {
          secretKey: parsed.STRIPE_SECRET_KEY,
          webhookSecret: parsed.STRIPE_WEBHOOK_SECRET ?? null,
        }
      : null,
    sandboxWebhookSecret:
      parsed.SANDBOX_WEBHOOK_SECRET ??
      (generatedSandboxSecret ??= `whsec_${randomBytes(24).toString('hex')}`),
    sandboxWebhookUrl: parsed.SANDBOX_WEBHOOK_URL ?? null,
    platformFeeBps: parsed.PLATFORM_FEE_BPS,
  };
}
