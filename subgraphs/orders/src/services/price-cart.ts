import type { Identity } from '@dabba/subgraph-kit';
import type { Cart } from '../domain/cart';
import { cityRatesFor } from '../domain/city-rates';
import { distanceMeters, priceOrder, type PriceBreakdown } from '../domain/pricing';
import type { OrderRefusal } from '../domain/results';
import type { CheckoutStore } from '../upstream/catalog';
import type { Deps } from './runtime';

export interface PricedCart {
  price: PriceBreakdown;
  promotionIds: string[];
  store: CheckoutStore;
}

/**
 * Prices a cart now, every amount on the server: the catalog checks the store (open, delivering
 * to the address) and prices the lines with its promotions and the coupon for this customer;
 * the city's rates, the distance and the area's surge give the fees and the tax.
 */
export async function priceCart(
  deps: Deps,
  identity: Identity,
  cart: Cart,
): Promise<{ ok: true; priced: PricedCart } | { ok: false; refusal: OrderRefusal }> {
  const fail = (refusal: OrderRefusal) => ({ ok: false as const, refusal });
  const destination = cart.fulfilment === 'DELIVERY' ? cart.deliveryAddress!.location : null;
  const view = await deps.catalog.checkout(identity, {
    storeId: cart.storeId,
    lines: cart.lines,
    couponCode: cart.couponCode,
    deliverTo: destination,
  });
  const store = view.store;
  if (!store) return fail({ kind: 'CartNotFound' });
  if (!store.openNow) return fail({ kind: 'StoreClosed' });
  if (destination && !store.deliversThere) return fail({ kind: 'AddressNotServed' });
  const basket = view.basket!;
  if (!basket.ok) {
    return fail(
      basket.refusal.kind === 'COUPON_REJECTED'
        ? { kind: 'CouponNotApplied', message: basket.refusal.message }
        : { kind: 'InvalidCartSelection', problems: basket.refusal.problems },
    );
  }
  const rates = cityRatesFor(store.countryCode, store.city);
  if (!rates) return fail({ kind: 'CityNotServed', city: store.city });
  const priced = priceOrder({
    basket,
    fulfilment: cart.fulfilment,
    distanceMeters: destination ? distanceMeters(store.location, destination) : 0,
    surgeMultiplierBps: await deps.surge.multiplierBps(destination ?? store.location),
    rates,
    tip: cart.tip,
  });
  if (!priced.ok) {
    if (priced.code === 'ADDRESS_NOT_SERVED') {
      return fail({ kind: 'AddressNotServed', message: priced.message });
    }
    throw new Error(`cannot price cart ${cart.id}: ${priced.message}`);
  }
  return { ok: true, priced: { price: priced.price, promotionIds: basket.promotionIds, store } };
}
