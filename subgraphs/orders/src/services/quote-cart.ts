import { randomUUID } from 'node:crypto';
import type { Identity } from '@dabba/subgraph-kit';
import { readyForQuote, type Cart } from '../domain/cart';
import type { Quote } from '../domain/quote';
import type { OrderRefusal } from '../domain/results';
import { activeCart } from './carts';
import { priceCart } from './price-cart';
import type { Deps } from './runtime';

export type QuoteResult = { kind: 'PriceQuote'; quote: Quote } | OrderRefusal;

/** Prices `cart` now and keeps the price as a quote, which checkout charges exactly. */
export async function quoteFor(deps: Deps, identity: Identity, cart: Cart): Promise<QuoteResult> {
  const ready = readyForQuote(cart);
  if (!ready.ok) return { kind: 'CartNotReady', message: ready.message };
  const result = await priceCart(deps, identity, cart);
  if (!result.ok) return result.refusal;
  const now = deps.now();
  const quote: Quote = {
    id: `quo_${randomUUID()}`,
    customerId: cart.customerId,
    cartId: cart.id,
    cartVersion: cart.version,
    storeId: cart.storeId,
    organizationId: result.priced.store.organizationId,
    fulfilment: cart.fulfilment,
    deliveryAddress: cart.deliveryAddress,
    price: result.priced.price,
    promotionIds: result.priced.promotionIds,
    createdAt: now,
    expiresAt: new Date(now.getTime() + deps.settings.quoteTtlMs),
  };
  await deps.quotes.insert(quote);
  return { kind: 'PriceQuote', quote };
}

export function makeQuoteCart(deps: Deps) {
  return async (identity: Identity, cartId: string): Promise<QuoteResult> => {
    const cart = await activeCart(deps, identity, cartId);
    return cart ? quoteFor(deps, identity, cart) : { kind: 'CartNotFound' };
  };
}
