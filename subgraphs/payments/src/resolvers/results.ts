import { moneyView, type Money } from '@dabba/subgraph-kit';

/** Money as the GraphQL Money type. */
export const toMoney = moneyView;

export const moneyOf = (money: Money) => toMoney(money.amount, money.currency);

/** The error results' `code` and default `message`, part of the API contract. */
const ERRORS: Record<string, { code: string; message: string }> = {
  InvalidPaymentInput: { code: 'INVALID_INPUT', message: 'Invalid input' },
  UnknownOrder: { code: 'UNKNOWN_ORDER', message: 'Payments knows no such order' },
  OrderAlreadyPaid: { code: 'ORDER_ALREADY_PAID', message: 'This order is already paid for' },
  PaymentDeclined: { code: 'PAYMENT_DECLINED', message: 'The payment was declined' },
  InvalidPaymentState: {
    code: 'INVALID_PAYMENT_STATE',
    message: 'The payment cannot do this now',
  },
  CurrencyMismatch: {
    code: 'CURRENCY_MISMATCH',
    message: "The amount is not in the payment's currency",
  },
  RefundExceedsCaptured: {
    code: 'REFUND_EXCEEDS_CAPTURED',
    message: 'More than what is left to refund',
  },
  PaymentProviderRefused: {
    code: 'PROVIDER_REFUSED',
    message: 'The payment provider refused the request',
  },
  PaymentProviderUnavailable: {
    code: 'PROVIDER_UNAVAILABLE',
    message: 'The payment provider did not answer; try again with the same idempotency key',
  },
};

/**
 * A use case's outcome as the GraphQL object of the same name (unions resolve by __typename);
 * error results get their code, and their default message unless they carry their own.
 */
export function toGraphQL<T extends { kind: string }>(outcome: T) {
  const { kind, ...fields } = outcome;
  const error = ERRORS[kind] ?? {};
  // The result unions' member types; codegen checks each member's fields against the schema.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { __typename: kind, ...error, ...fields } as any;
}
