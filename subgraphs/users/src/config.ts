import { createPrivateKey } from 'node:crypto';
import { identitySecretSchema, parseConfig, subgraphEnvSchema } from '@dabba/subgraph-kit';
import { z } from 'zod';

/** An empty variable is treated as unset, as in the kit's schema. */
const unsetWhenEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

/** Secret stores and .env files often carry a PEM on one line with literal `\n`s. */
const pemLines = (value: unknown): unknown =>
  typeof value === 'string' ? value.replace(/\\n/g, '\n') : unsetWhenEmpty(value);

function isEd25519PrivateKey(pem: string): boolean {
  try {
    return createPrivateKey({ key: pem, format: 'pem' }).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
}

/**
 * The users subgraph's own variables. The kit parses and reports the common ones (PORT,
 * IDENTITY_SECRET, …) from the env it is given; NODE_ENV is read here with the kit's rules.
 */
export const usersEnvSchema = subgraphEnvSchema
  .pick({ NODE_ENV: true })
  .extend({
    /** PKCS8 PEM of the Ed25519 key that signs access tokens; the gateway holds its public half. */
    AUTH_JWT_PRIVATE_KEY: z.preprocess(
      pemLines,
      z
        .string()
        .refine(isEd25519PrivateKey, 'must be an Ed25519 private key in PKCS8 PEM')
        .optional(),
    ),
    /** Names the key in the tokens' `kid` header, so the gateway can hold several during a rotation. */
    AUTH_JWT_KEY_ID: z.preprocess(unsetWhenEmpty, z.string().min(1).max(64).default('dabba-1')),
    /** Login throttling counters; in memory (per process) when unset. */
    REDIS_URL: z.preprocess(
      unsetWhenEmpty,
      z
        .string()
        .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
        .optional(),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.AUTH_JWT_PRIVATE_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_JWT_PRIVATE_KEY'],
        message: 'is required in production',
      });
    }
  });

export type UsersConfig = z.infer<typeof usersEnvSchema>;

/** Throws the kit's ConfigError listing every bad variable. */
export function parseUsersConfig(env: NodeJS.ProcessEnv = process.env): UsersConfig {
  return parseConfig(usersEnvSchema, env);
}

/**
 * The kit's IDENTITY_SECRET (it validates it at startup too): the users subgraph checks with it
 * that its internal routes are called by the gateway.
 */
export function readIdentitySecret(env: NodeJS.ProcessEnv = process.env): string {
  return parseConfig(z.object({ IDENTITY_SECRET: identitySecretSchema }), env).IDENTITY_SECRET;
}
