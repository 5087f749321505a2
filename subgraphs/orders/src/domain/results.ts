import type { Order } from './order';
import type { Quote } from './quote';

/** The refusals orders answers as data; each maps to a GraphQL type with its code. */
export type InvalidOrderInput = { kind: 'InvalidOrderInput'; field: string; message: string };
export type OrderRefusal =
  | InvalidOrderInput
  | { kind: 'InvalidCartSelection'; problems: string[] }
  | { kind: 'CartNotFound' }
  | { kind: 'CartNotReady'; message: string }
  | { kind: 'CouponNotApplied'; message: string }
  | { kind: 'StoreClosed' }
  | { kind: 'AddressNotServed'; message?: string }
  | { kind: 'CityNotServed'; city: string }
  | { kind: 'QuoteExpired' }
  | { kind: 'PriceChanged'; quote: Quote }
  | { kind: 'OutOfStock'; skus: string[] }
  | { kind: 'PaymentNotAuthorized'; order: Order; reason: string }
  | { kind: 'IdempotencyKeyReused' };

export const invalidInput = (field: string, message: string): InvalidOrderInput => ({
  kind: 'InvalidOrderInput',
  field,
  message,
});
