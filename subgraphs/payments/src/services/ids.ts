import { randomUUID } from 'node:crypto';

export const newPaymentId = (): string => `pay_${randomUUID()}`;
export const newRefundId = (): string => `ref_${randomUUID()}`;

/**
 * Idempotency keys for the provider, derived from our own ids: a call retried after a crash or
 * a timeout reuses the key, so the provider answers it once.
 */
export const providerKeys = {
  authorize: (paymentId: string) => `${paymentId}:authorize`,
  capture: (paymentId: string) => `${paymentId}:capture`,
  cancel: (paymentId: string) => `${paymentId}:cancel`,
  refund: (refundId: string) => `${refundId}:refund`,
  customer: (userId: string) => `${userId}:customer`,
};

/** A client's idempotency key: 8 to 128 visible ASCII characters. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;
