import { identitySecretSchema, optionalSetting, parseConfig } from '@dabba/subgraph-kit';
import { z } from 'zod';

const seconds = (fallback: number, min = 1, max = 30 * 24 * 3600) =>
  optionalSetting(z.coerce.number().int().min(min).max(max)).transform(
    (value) => value ?? fallback,
  );

const url = (fallback: string) =>
  optionalSetting(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })).transform(
    (value) => value ?? fallback,
  );

const ordersEnvSchema = z.object({
  IDENTITY_SECRET: identitySecretSchema,
  /** Where orders reaches the catalog (store checks, prices, stock) and payments. */
  CATALOG_SUBGRAPH_URL: url('http://localhost:4002/graphql'),
  PAYMENTS_SUBGRAPH_URL: url('http://localhost:4004/graphql'),
  /**
   * The longest orders waits for the catalog or payments. Below the gateway's subgraph timeout
   * (10 s), so a slow payment still answers the order, PENDING_PAYMENT, instead of a timeout.
   */
  UPSTREAM_TIMEOUT_MS: optionalSetting(z.coerce.number().int().min(100).max(60_000)).transform(
    (value) => value ?? 8_000,
  ),
  /** A cart not changed for this long is gone. */
  CART_TTL_SECONDS: seconds(24 * 3600, 60),
  /** How long a price quote can be placed. */
  QUOTE_TTL_SECONDS: seconds(600, 30, 3600),
  /** A PLACED order the store has not answered within this is cancelled and refunded. */
  STORE_RESPONSE_TIMEOUT_SECONDS: seconds(300, 10, 24 * 3600),
  /** An order whose payment is still not authorised after this FAILS and its stock goes back. */
  PAYMENT_TIMEOUT_SECONDS: seconds(900, 30, 6900),
  /** How long a customer has to answer a proposed substitute before their preference applies. */
  SUBSTITUTION_RESPONSE_SECONDS: seconds(300, 10, 24 * 3600),
  /** How often each replica looks for orders past one of those deadlines. */
  ORDER_SWEEP_INTERVAL_MS: optionalSetting(z.coerce.number().int().min(50).max(600_000)).transform(
    (value) => value ?? 5_000,
  ),
});

export interface OrdersConfig {
  identitySecret: string;
  catalogUrl: string;
  paymentsUrl: string;
  upstreamTimeoutMs: number;
  cartTtlMs: number;
  quoteTtlMs: number;
  storeResponseTimeoutMs: number;
  paymentTimeoutMs: number;
  substitutionResponseMs: number;
  /** The catalog holds an order's stock this long: it must outlast the payment timeout. */
  reservationTtlSeconds: number;
  sweepIntervalMs: number;
}

/** The orders subgraph's port in development (schema/subgraphs.ts). */
export const DEFAULT_PORT = 4003;

/** The most the catalog holds a reservation (its ReserveStockInput.ttlSeconds limit). */
const MAX_RESERVATION_SECONDS = 7200;

/** The orders settings from `env`; throws a ConfigError listing every bad variable. */
export function parseOrdersConfig(env: NodeJS.ProcessEnv): OrdersConfig {
  const parsed = parseConfig(ordersEnvSchema, env);
  return {
    identitySecret: parsed.IDENTITY_SECRET,
    catalogUrl: parsed.CATALOG_SUBGRAPH_URL,
    paymentsUrl: parsed.PAYMENTS_SUBGRAPH_URL,
    upstreamTimeoutMs: parsed.UPSTREAM_TIMEOUT_MS,
    cartTtlMs: parsed.CART_TTL_SECONDS * 1000,
    quoteTtlMs: parsed.QUOTE_TTL_SECONDS * 1000,
    storeResponseTimeoutMs: parsed.STORE_RESPONSE_TIMEOUT_SECONDS * 1000,
    paymentTimeoutMs: parsed.PAYMENT_TIMEOUT_SECONDS * 1000,
    substitutionResponseMs: parsed.SUBSTITUTION_RESPONSE_SECONDS * 1000,
    reservationTtlSeconds: Math.min(MAX_RESERVATION_SECONDS, parsed.PAYMENT_TIMEOUT_SECONDS + 300),
    sweepIntervalMs: parsed.ORDER_SWEEP_INTERVAL_MS,
  };
}
