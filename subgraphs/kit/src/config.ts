import { z } from 'zod';

/** Thrown at startup when the environment is invalid; lists every bad variable, not just the first. */
export class ConfigError extends Error {
  readonly issues: string[];

  constructor(issues: string[]) {
    super(`Invalid configuration:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export function parseConfig<T extends z.ZodTypeAny>(
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = issue.path.map(String).join('.') || '(root)';
        return `${name}: ${issue.message}`;
      }),
    );
  }
  return result.data;
}

/** An empty variable is treated as unset, so `FOO=` in a .env file does not defeat a default. */
const unsetWhenEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

/** A setting that may be left out (or empty), for a service's own config schema. */
export const optionalSetting = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess(unsetWhenEmpty, schema.optional());

export const portSchema = z.preprocess(
  unsetWhenEmpty,
  z.coerce.number().int().min(0).max(65535).optional(),
);

export const mongoUrlSchema = z.preprocess(
  unsetWhenEmpty,
  z
    .string()
    .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URL')
    .optional(),
);

export const amqpUrlSchema = z.preprocess(
  unsetWhenEmpty,
  z
    .string()
    .regex(/^amqps?:\/\/\S+$/, 'must be an amqp:// or amqps:// URL')
    .optional(),
);

const positiveInt = (fallback: number) =>
  z.preprocess(unsetWhenEmpty, z.coerce.number().int().positive().default(fallback));

export const identitySecretSchema = z
  .string({ error: 'is required' })
  .min(32, 'must be at least 32 characters');

export const subgraphEnvSchema = z.object({
  NODE_ENV: z.preprocess(
    unsetWhenEmpty,
    z.enum(['development', 'test', 'production']).default('development'),
  ),
  LOG_LEVEL: z.preprocess(
    unsetWhenEmpty,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  PORT: portSchema,
  MONGODB_URL: mongoUrlSchema,
  IDENTITY_SECRET: identitySecretSchema,
  SEED_DEMO_DATA: z.preprocess(unsetWhenEmpty, z.stringbool().default(false)),
  /** RabbitMQ; when unset, events go through the in-process broker shared by the process. */
  AMQP_URL: amqpUrlSchema,
  /** How long sent outbox events (replay window) and inbox records (deduplication) are kept. */
  EVENT_RETENTION_DAYS: positiveInt(7),
  /** Deliveries of one event to one consumer, the first included, before its DLQ. */
  EVENT_MAX_ATTEMPTS: positiveInt(5),
  EVENT_RETRY_INITIAL_MS: positiveInt(1_000),
  EVENT_RETRY_MAX_MS: positiveInt(60_000),
});

export type SubgraphConfig = z.infer<typeof subgraphEnvSchema>;
