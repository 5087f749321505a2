import { parseConfig } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { NEAR_EXPIRY_DAYS } from '../domain/product';

const positive = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The catalog's settings for stock and products, read from the subgraph's environment. */
export const productSettingsSchema = z.object({
  /** How often held reservations past their time are released (each replica sweeps). */
  RESERVATION_SWEEP_INTERVAL_MS: positive(10_000),
  /** How often perishables are checked for coming near expiry. */
  NEAR_EXPIRY_CHECK_INTERVAL_MS: positive(15 * 60_000),
  /** Days before expiry from which a perishable is near expiry. */
  NEAR_EXPIRY_DAYS: positive(NEAR_EXPIRY_DAYS),
  /** Demo products seeded across the demo grocery stores (SEED_DEMO_DATA); 500 under NODE_ENV=test. */
  DEMO_PRODUCT_COUNT: z.coerce.number().int().min(0).max(200_000).optional(),
});

export interface ProductSettings {
  reservationSweepIntervalMs: number;
  nearExpiryCheckIntervalMs: number;
  nearExpiryDays: number;
  demoProductCount: number;
}

/** Parses the settings; lists every bad variable (ConfigError) rather than starting with one. */
export function parseProductSettings(env: NodeJS.ProcessEnv): ProductSettings {
  const parsed = parseConfig(productSettingsSchema, env);
  return {
    reservationSweepIntervalMs: parsed.RESERVATION_SWEEP_INTERVAL_MS,
    nearExpiryCheckIntervalMs: parsed.NEAR_EXPIRY_CHECK_INTERVAL_MS,
    nearExpiryDays: parsed.NEAR_EXPIRY_DAYS,
    demoProductCount: parsed.DEMO_PRODUCT_COUNT ?? (env.NODE_ENV === 'test' ? 500 : 50_000),
  };
}
