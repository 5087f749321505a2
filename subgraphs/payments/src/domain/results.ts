import type { Money } from '@dabba/subgraph-kit';
import type { Payment } from './payment';
import type { PaymentStatus } from './payment-status';

/**
 * Failures a client can act on. GraphQL returns them as data, each with a stable code; none of
 * them has moved any money.
 */
export interface InvalidPaymentInput {
  kind: 'InvalidPaymentInput';
  field: string;
  message: string;
}

export interface UnknownOrder {
  kind: 'UnknownOrder';
  orderId: string;
}

/** The order already has a live payment (made with another idempotency key). */
export interface OrderAlreadyPaid {
  kind: 'OrderAlreadyPaid';
  payment: Payment;
}

export interface PaymentDeclined {
  kind: 'PaymentDeclined';
  reason: string;
  declineCode: string | null;
  payment: Payment;
}

export interface InvalidPaymentState {
  kind: 'InvalidPaymentState';
  status: PaymentStatus;
  message: string;
}

export interface CurrencyMismatch {
  kind: 'CurrencyMismatch';
  expected: string;
  given: string;
}

export interface RefundExceedsCaptured {
  kind: 'RefundExceedsCaptured';
  refundable: Money;
}

/** The provider refused the request (not a network failure). */
export interface PaymentProviderRefused {
  kind: 'PaymentProviderRefused';
  providerCode: string;
  message: string;
}

/** The provider could not be reached; the outcome is unknown until a retry with the same key. */
export interface PaymentProviderUnavailable {
  kind: 'PaymentProviderUnavailable';
}

export function invalidInput(field: string, message: string): InvalidPaymentInput {
  return { kind: 'InvalidPaymentInput', field, message };
}

export function invalidState(status: PaymentStatus, message: string): InvalidPaymentState {
  return { kind: 'InvalidPaymentState', status, message };
}
