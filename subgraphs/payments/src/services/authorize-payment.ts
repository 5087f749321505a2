import { parseMoney } from '@dabba/subgraph-kit';
import { applyAuthorization, money, type Payment, type PaymentMethodKind } from '../domain/payment';
import {
  invalidInput,
  type InvalidPaymentInput,
  type OrderAlreadyPaid,
  type PaymentDeclined,
  type PaymentProviderUnavailable,
  type UnknownOrder,
} from '../domain/results';
import {
  ProviderRequestError,
  ProviderUnavailableError,
  type AuthorizationOutcome,
} from '../providers/port';
import { IDEMPOTENCY_KEY, newPaymentId, providerKeys } from './ids';
import { recordChange } from './record';
import { providerFor, type Deps } from './runtime';

/** How the customer pays for an order, whoever asks. */
export interface CheckoutRequest {
  orderId: string;
  method: PaymentMethodKind;
  paymentMethodRef?: string | null;
  savePaymentMethod?: boolean | null;
  returnUrl?: string | null;
  idempotencyKey: string;
}

export interface AuthorizePaymentInput extends CheckoutRequest {
  /** A decimal amount in the order's currency, e.g. "1.50". */
  tip?: string | null;
}

/**
 * The tip as it was given: a decimal in the order's currency (customers), or minor units (the
 * orders service), each checked under its own input field.
 */
export type Tip = { decimal: string | null | undefined } | { minor: number };

export type AuthorizePaymentResult =
  | ({ kind: 'Payment' } & Payment)
  | PaymentDeclined
  | UnknownOrder
  | OrderAlreadyPaid
  | InvalidPaymentInput
  | PaymentProviderUnavailable;

/**
 * Pays for an order by its customer: holds the order's total plus the tip (cash: nothing to
 * hold). The payment is saved PENDING before the provider is called and updated after, so a
 * crash in between leaves a PENDING payment that a retry with the same idempotency key takes up
 * again, calling the provider with the same key (`<paymentId>:authorize`), which answers once.
 */
export type AuthorizePayment = (
  customerId: string,
  input: AuthorizePaymentInput,
) => Promise<AuthorizePaymentResult>;

/** AuthorizePayment for a tip given either way: the one code path both mutations take. */
export type AuthorizeCheckout = (
  customerId: string,
  request: CheckoutRequest,
  tip: Tip,
) => Promise<AuthorizePaymentResult>;

/** GraphQL's Int, in which amounts are returned. */
const MAX_AMOUNT = 2_147_483_647;
const HTTPS_URL = /^https?:\/\/\S+$/;

/** The tip in the order's currency's minor units, or why it is refused. */
function tipIn(tip: Tip, currency: string): { amount: number } | InvalidPaymentInput {
  if ('minor' in tip) {
    return Number.isSafeInteger(tip.minor) && tip.minor >= 0
      ? { amount: tip.minor }
      : invalidInput('tipAmount', 'Must be a whole, non-negative number of minor units');
  }
  const parsed = parseMoney(tip.decimal ?? '0', currency);
  return parsed.ok ? { amount: parsed.money.amount } : invalidInput('tip', `Tip ${parsed.reason}`);
}

function outcomeOf(payment: Payment): AuthorizePaymentResult {
  if (payment.status === 'FAILED') {
    return {
      kind: 'PaymentDeclined',
      reason: payment.failure?.reason ?? 'declined',
      declineCode: payment.failure?.declineCode ?? null,
      payment,
    };
  }
  return { kind: 'Payment', ...payment };
}

export function makeAuthorizePayment(deps: Deps): AuthorizePayment {
  const checkout = makeAuthorizeCheckout(deps);
  return (customerId, { tip, ...request }) => checkout(customerId, request, { decimal: tip });
}

export function makeAuthorizeCheckout(deps: Deps): AuthorizeCheckout {
  /** Asks the provider for a PENDING payment and records its answer. */
  async function authorize(payment: Payment): Promise<AuthorizePaymentResult> {
    if (payment.status !== 'PENDING') return outcomeOf(payment);
    const provider = providerFor(deps, payment);
    let outcome: AuthorizationOutcome;
    try {
      outcome = await provider.authorize(
        {
          paymentId: payment.id,
          orderId: payment.orderId,
          amount: money(payment.amount, payment.currency),
          ...(payment.checkout.customerRef ? { customerRef: payment.checkout.customerRef } : {}),
          ...(payment.checkout.paymentMethodRef
            ? { paymentMethodRef: payment.checkout.paymentMethodRef }
            : {}),
          savePaymentMethod: payment.checkout.savePaymentMethod,
          ...(payment.checkout.returnUrl ? { returnUrl: payment.checkout.returnUrl } : {}),
        },
        providerKeys.authorize(payment.id),
      );
    } catch (error) {
      // Unknown outcome: the payment stays PENDING until a retry with the same key.
      if (error instanceof ProviderUnavailableError) return { kind: 'PaymentProviderUnavailable' };
      if (!(error instanceof ProviderRequestError)) throw error;
      outcome = { status: 'declined', reason: error.code };
    }
    const next = applyAuthorization(payment, outcome, deps.now());
    try {
      await deps.unitOfWork.run((tx) => recordChange(deps, tx, payment, next));
      return outcomeOf(next);
    } catch (error) {
      // A webhook or a concurrent retry recorded the outcome first.
      const current = await deps.payments.findById(payment.id);
      if (!current || current.status === 'PENDING') throw error;
      if (current.status === 'CANCELLED' && outcome.status !== 'declined') {
        // The order ended while the provider was answering: release the hold.
        await provider.cancel(outcome.intentRef, providerKeys.cancel(payment.id));
      }
      return outcomeOf(current);
    }
  }

  return async (customerId, input, givenTip) => {
    if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
      return invalidInput('idempotencyKey', 'Must be 8 to 128 visible ASCII characters');
    }
    const replay = await deps.payments.findByIdempotencyKey(customerId, input.idempotencyKey);
    if (replay) return authorize(replay);

    const order = await deps.orders.findById(input.orderId);
    if (!order || order.customerId !== customerId) {
      return { kind: 'UnknownOrder', orderId: input.orderId };
    }
    if (order.closed) return invalidInput('orderId', 'This order has ended');
    const cash = input.method === 'CASH';
    if (!cash && !input.paymentMethodRef) {
      return invalidInput('paymentMethodRef', 'A card payment needs a payment method');
    }
    if (cash && input.paymentMethodRef) {
      return invalidInput('paymentMethodRef', 'A cash payment takes no payment method');
    }
    if (input.returnUrl && !HTTPS_URL.test(input.returnUrl)) {
      return invalidInput('returnUrl', 'Must be an http(s) URL');
    }
    const tip = tipIn(givenTip, order.total.currency);
    if ('kind' in tip) return tip;
    const amount = order.total.amount + tip.amount;
    if (amount > MAX_AMOUNT) {
      return invalidInput('minor' in givenTip ? 'tipAmount' : 'tip', 'The amount is too large');
    }

    const provider = cash ? deps.providers.cash : deps.providers.card;
    const save = !cash && input.savePaymentMethod === true;
    let customerRef = await deps.customers.find(provider.name, customerId);
    if (!customerRef && save) {
      const created = await provider.ensureCustomer(
        { userId: customerId },
        providerKeys.customer(customerId),
      );
      customerRef = await deps.customers.remember(provider.name, customerId, created.customerRef);
    }
    const now = deps.now();
    const payment: Payment = {
      id: newPaymentId(),
      orderId: order.id,
      customerId,
      storeId: order.storeId,
      method: input.method,
      provider: provider.name,
      status: 'PENDING',
      currency: order.total.currency,
      amount,
      tip: tip.amount,
      authorized: 0,
      captured: 0,
      refunded: 0,
      shortfall: 0,
      intentRef: null,
      nextAction: null,
      failure: null,
      idempotencyKey: input.idempotencyKey,
      checkout: {
        paymentMethodRef: input.paymentMethodRef ?? null,
        savePaymentMethod: save,
        returnUrl: input.returnUrl ?? null,
        customerRef: cash ? null : customerRef,
      },
      refunds: [],
      createdAt: now,
      updatedAt: now,
    };
    switch (await deps.payments.insert(payment)) {
      case 'inserted':
        return authorize(payment);
      case 'duplicate_idempotency_key': {
        const first = await deps.payments.findByIdempotencyKey(customerId, input.idempotencyKey);
        if (!first) throw new Error(`payment with key ${input.idempotencyKey} vanished`);
        return authorize(first);
      }
      case 'order_has_live_payment': {
        const live = await deps.payments.findLiveByOrderId(order.id);
        if (!live) throw new Error(`the live payment of order ${order.id} vanished`);
        return { kind: 'OrderAlreadyPaid', payment: live };
      }
    }
  };
}
