import { createHash } from 'node:crypto';
import { UpstreamUnavailableError, signedInUserId, type Identity } from '@dabba/subgraph-kit';
import type { Cart } from '../domain/cart';
import { startOrder, type OrderSeed } from '../domain/lifecycle';
import { money, type Order, type OrderLine } from '../domain/order';
import { samePrice } from '../domain/pricing';
import type { Quote } from '../domain/quote';
import { invalidInput, type OrderRefusal } from '../domain/results';
import { activeCart } from './carts';
import { priceCart } from './price-cart';
import { quoteFor } from './quote-cart';
import type { Deps } from './runtime';
import { storeDeadline } from './saga';
import type { TransitionOrder } from './transition-order';

export interface PlaceOrderInput {
  quoteId: string;
  payment: {
    method: 'CARD' | 'CASH';
    paymentMethodRef?: string | null;
    savePaymentMethod?: boolean | null;
    returnUrl?: string | null;
  };
}

export type PlaceOrderResult = { kind: 'Order'; order: Order } | OrderRefusal;

/** One checkout request, with the customer and the order id its key gives. */
interface Attempt {
  identity: Identity;
  input: PlaceOrderInput;
  idempotencyKey: string;
  customerId: string;
  orderId: string;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;
const HTTP_URL = /^https?:\/\/\S+$/;

/** One checkout, one order: the id is derived from the customer and their idempotency key. */
export const orderIdFor = (customerId: string, idempotencyKey: string): string =>
  `ord_${createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest('hex').slice(0, 24)}`;

function checkPayment(payment: PlaceOrderInput['payment']): OrderRefusal | null {
  if (payment.method === 'CARD' && !payment.paymentMethodRef) {
    return invalidInput('payment.paymentMethodRef', 'A card payment needs a payment method');
  }
  if (payment.method === 'CASH' && payment.paymentMethodRef) {
    return invalidInput('payment.paymentMethodRef', 'A cash payment takes no payment method');
  }
  if (payment.returnUrl && !HTTP_URL.test(payment.returnUrl)) {
    return invalidInput('payment.returnUrl', 'Must be an http(s) URL');
  }
  return null;
}

function seedOf(
  orderId: string,
  idempotencyKey: string,
  quote: Quote,
  cart: Cart,
  now: Date,
): OrderSeed {
  const priced = new Map(quote.price.lines.map((line) => [line.lineId, line]));
  const lines = cart.lines.map((line): OrderLine => {
    const price = priced.get(line.id);
    if (!price) throw new Error(`quote ${quote.id} has no price for line ${line.id}`);
    return {
      id: line.id,
      kind: line.kind,
      sku: line.sku,
      itemId: line.itemId,
      productId: price.productId ?? null,
      modifiers: line.modifiers,
      quantity: line.quantity,
      unitPrice: price.unitPrice,
      netTotal: price.total - price.discount,
      substitution: line.substitution,
      state: 'ORDERED',
      proposedSubstitute: null,
    };
  });
  return {
    id: orderId,
    customerId: quote.customerId,
    storeId: quote.storeId,
    organizationId: quote.organizationId,
    currency: quote.price.currency,
    fulfilment: quote.fulfilment,
    deliveryAddress: quote.deliveryAddress,
    notes: cart.notes,
    lines,
    pricing: quote.price,
    promotionIds: quote.promotionIds,
    idempotencyKey,
    quoteId: quote.id,
    placedAt: now,
  };
}

/**
 * Checkout. The order id comes from the customer's idempotency key, so every attempt with one
 * key works on one order: the first creates it, the others (concurrent or later) find it and go
 * on from where it is. Steps: the quote must be the caller's, alive, for the cart as it is, and
 * still the price now (else PRICE_CHANGED with the new quote); the catalog holds the stock
 * (keyed by the order id); the order, its PLACE entry and `orders.order.placed.v1` are written
 * in one transaction that also removes the cart; then payments authorises exactly the quoted
 * total (keyed by the order id too). A payment authorised moves the order to PLACED, a declined
 * one to FAILED, which releases the stock through the order's event. Without an answer the order
 * stays PENDING_PAYMENT: the payment's own event, a retry with the same key, or the payment
 * timeout settles it.
 */
export function makePlaceOrder(deps: Deps, transition: TransitionOrder) {
  async function pay(order: Order, payment: PlaceOrderInput['payment']): Promise<PlaceOrderResult> {
    if (order.status !== 'PENDING_PAYMENT') return { kind: 'Order', order };
    let outcome;
    try {
      outcome = await deps.payments.authorizeOrderPayment({
        orderId: order.id,
        customerId: order.customerId,
        storeId: order.storeId,
        totalAmount: order.pricing.total - order.pricing.tip,
        currency: order.currency,
        promotionIds: order.promotionIds,
        tipAmount: order.pricing.tip,
        method: payment.method,
        paymentMethodRef: payment.paymentMethodRef ?? null,
        savePaymentMethod: payment.savePaymentMethod === true,
        returnUrl: payment.returnUrl ?? null,
        idempotencyKey: order.id,
      });
    } catch (error) {
      if (!(error instanceof UpstreamUnavailableError)) throw error;
      deps.logger.warn({ err: error, orderId: order.id }, 'payments did not answer at checkout');
      return { kind: 'Order', order };
    }
    switch (outcome.kind) {
      case 'AUTHORIZED': {
        const moved = await transition.bySystem(
          order.id,
          { action: 'PAYMENT_AUTHORIZED' },
          storeDeadline(deps),
          order,
        );
        return 'order' in moved ? moved : current(order.id);
      }
      case 'DECLINED': {
        const moved = await transition.bySystem(
          order.id,
          { action: 'PAYMENT_FAILED', reason: `The payment was declined: ${outcome.reason}` },
          undefined,
          order,
        );
        const failed = 'order' in moved ? moved.order : (await deps.orders.findById(order.id))!;
        return { kind: 'PaymentNotAuthorized', order: failed, reason: outcome.reason };
      }
      case 'INVALID':
        return invalidInput(`payment.${outcome.field}`, outcome.message);
      case 'PENDING':
      case 'UNAVAILABLE':
        return { kind: 'Order', order };
    }
  }

  async function current(orderId: string): Promise<PlaceOrderResult> {
    const order = await deps.orders.findById(orderId);
    if (!order) throw new Error(`order ${orderId} vanished`);
    return { kind: 'Order', order };
  }

  /** A checkout that already created its order: the same quote goes on, another is refused. */
  function resume(
    order: Order,
    input: PlaceOrderInput,
  ): Promise<PlaceOrderResult> | PlaceOrderResult {
    return order.quoteId === input.quoteId
      ? pay(order, input.payment)
      : { kind: 'IdempotencyKeyReused' };
  }

  /**
   * The last checkout attempt of each order id in this process: a retry or a double tap that
   * arrives while an attempt runs waits for it and then goes on from the order it made, instead
   * of pricing and holding stock again. Other replicas meet on the order id in the database.
   */
  const running = new Map<string, Promise<unknown>>();

  return async (
    identity: Identity,
    input: PlaceOrderInput,
    idempotencyKey: string,
  ): Promise<PlaceOrderResult> => {
    if (!IDEMPOTENCY_KEY.test(idempotencyKey)) {
      return invalidInput('idempotencyKey', 'Must be 8 to 128 visible ASCII characters');
    }
    const invalidPayment = checkPayment(input.payment);
    if (invalidPayment) return invalidPayment;
    const customerId = signedInUserId(identity);
    const orderId = orderIdFor(customerId, idempotencyKey);
    // Each attempt waits for the one before it, so a burst of retries runs one at a time.
    const previous = running.get(orderId) ?? Promise.resolve();
    const attempt = previous
      .catch(() => undefined)
      .then(() => place({ identity, input, idempotencyKey, customerId, orderId }));
    running.set(orderId, attempt);
    try {
      return await attempt;
    } finally {
      if (running.get(orderId) === attempt) running.delete(orderId);
    }
  };

  async function place(attempt: Attempt): Promise<PlaceOrderResult> {
    const { input, orderId } = attempt;
    const existing = await deps.orders.findById(orderId);
    if (existing) return resume(existing, input);
    const result = await checkout(attempt);
    if (result.kind === 'Order' || result.kind === 'PaymentNotAuthorized') return result;
    // A concurrent attempt with the same key may have created the order (and used the cart).
    const winner = await deps.orders.findById(orderId);
    return winner ? resume(winner, input) : result;
  }

  async function checkout(attempt: Attempt): Promise<PlaceOrderResult> {
    const { identity, input, idempotencyKey, customerId, orderId } = attempt;
    const quote = await deps.quotes.findById(input.quoteId);
    const now = deps.now();
    if (!quote || quote.customerId !== customerId || quote.expiresAt <= now) {
      return { kind: 'QuoteExpired' };
    }
    const cart = await activeCart(deps, identity, quote.cartId);
    if (!cart) return { kind: 'CartNotFound' };
    if (cart.version !== quote.cartVersion) return changed(await quoteFor(deps, identity, cart));
    const repriced = await priceCart(deps, identity, cart);
    if (!repriced.ok) return repriced.refusal;
    if (!samePrice(repriced.priced.price, quote.price)) {
      return changed(await quoteFor(deps, identity, cart));
    }

    const stock = cart.lines
      .filter((line) => line.kind === 'PRODUCT')
      .map((line) => ({ sku: line.sku!, quantity: line.quantity }));
    if (stock.length > 0) {
      const held = await deps.catalog.reserveStock(
        cart.storeId,
        orderId,
        stock,
        deps.settings.reservationTtlSeconds,
      );
      if (!held.ok) {
        return held.kind === 'OUT_OF_STOCK'
          ? { kind: 'OutOfStock', skus: held.skus }
          : { kind: 'InvalidCartSelection', problems: held.problems };
      }
    }

    const order = startOrder(
      seedOf(orderId, idempotencyKey, quote, cart, now),
      { kind: 'CUSTOMER', id: customerId },
      now,
    );
    const created = await deps.unitOfWork.run(async (tx) => {
      // Read first: a duplicate key error aborts the transaction, and its commit would then be
      // retried for ever; a concurrent insert shows up here as a write conflict, retried.
      if (await deps.orders.findById(orderId, tx.session)) return false;
      if (!(await deps.orders.insert(order, tx.session))) return false;
      await deps.carts.delete(cart.id, tx.session);
      tx.publish({
        type: 'orders.order.placed.v1',
        subject: order.id,
        ...(order.organizationId ? { tenant: order.organizationId } : {}),
        data: {
          orderId: order.id,
          customerId,
          storeId: order.storeId,
          total: money(order.pricing.total - order.pricing.tip, order.currency),
          promotionIds: order.promotionIds,
          placedAt: now.toISOString(),
        },
      });
      return true;
    });
    if (!created) {
      const winner = await deps.orders.findById(orderId);
      if (!winner) throw new Error(`order ${orderId} neither inserted nor found`);
      return resume(winner, input);
    }
    await deps.stores.remember(order.storeId, order.organizationId);
    return pay(order, input.payment);
  }
}

/** The cart or the price moved since the quote: the customer gets the new one. */
function changed(requote: Awaited<ReturnType<typeof quoteFor>>): PlaceOrderResult {
  return requote.kind === 'PriceQuote' ? { kind: 'PriceChanged', quote: requote.quote } : requote;
}
