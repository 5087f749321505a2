import { signedInUserId, type Identity } from '@dabba/subgraph-kit';
import {
  addLine,
  cartIdFor,
  isExpired,
  newCart,
  updateDetails,
  updateLine,
  type Cart,
} from '../domain/cart';
import { invalidInput, type OrderRefusal } from '../domain/results';
import type { Deps } from './runtime';

export type CartResult = { kind: 'Cart'; cart: Cart } | OrderRefusal;

type Edit = (cart: Cart, now: Date) => ReturnType<typeof addLine> | ReturnType<typeof updateLine>;

/** Tries of one edit that lost a race with another edit of the same cart. */
const MAX_ATTEMPTS = 5;

/** The caller's cart if it is theirs and alive. */
export async function activeCart(
  deps: Deps,
  identity: Identity,
  cartId: string,
): Promise<Cart | null> {
  const cart = await deps.carts.findById(cartId);
  if (!cart || cart.customerId !== signedInUserId(identity) || isExpired(cart, deps.now()))
    return null;
  return cart;
}

export function makeCarts(deps: Deps) {
  const ttl = deps.settings.cartTtlMs;

  /**
   * Applies `edit` to the cart and, when its lines changed, has the catalog check them (the
   * store exists and sells every selection) before saving at the version read.
   */
  async function edit(
    identity: Identity,
    load: () => Promise<{ cart: Cart | null; base: Cart | null }>,
    change: Edit,
  ): Promise<CartResult> {
    for (let attempt = 1; ; attempt += 1) {
      const { cart, base } = await load();
      if (!cart) return { kind: 'CartNotFound' };
      const now = deps.now();
      const changed = change(cart, now);
      if (!changed.ok) {
        return changed.code === 'UNKNOWN_LINE'
          ? invalidInput('lineId', 'The cart has no such line')
          : invalidInput(changed.field, changed.message);
      }
      let next = changed.cart;
      if (next.lines !== cart.lines || cart !== base) {
        const view = await deps.catalog.checkout(identity, {
          storeId: next.storeId,
          lines: next.lines,
          couponCode: null,
          deliverTo: null,
        });
        if (!view.store) return invalidInput('storeId', 'No such store');
        if (view.basket && !view.basket.ok && view.basket.refusal.kind === 'INVALID_SELECTION') {
          return { kind: 'InvalidCartSelection', problems: view.basket.refusal.problems };
        }
        next = { ...next, currency: view.store.currency };
      }
      if (await deps.carts.save(next, base?.version ?? 0)) return { kind: 'Cart', cart: next };
      if (attempt === MAX_ATTEMPTS) throw new Error(`cart ${next.id} kept changing; gave up`);
    }
  }

  /** The caller's cart by id, for edits of an existing cart. */
  const existing = (identity: Identity, cartId: string) => async () => {
    const cart = await activeCart(deps, identity, cartId);
    return { cart, base: cart };
  };

  return {
    /** Adds a line to the caller's cart at the store, starting a cart when there is none alive. */
    addCartLine: (identity: Identity, input: Parameters<typeof addLine>[1] & { storeId: string }) =>
      edit(
        identity,
        async () => {
          const customerId = signedInUserId(identity);
          const stored = await deps.carts.findById(cartIdFor(customerId, input.storeId));
          const now = deps.now();
          const alive = stored && !isExpired(stored, now) ? stored : null;
          // A new cart continues the expired one's versions, so no old quote matches it.
          const cart = alive ?? {
            ...newCart(customerId, input.storeId, stored?.currency ?? 'XXX', now, ttl),
            version: stored?.version ?? 0,
          };
          return { cart, base: stored };
        },
        (cart, now) => addLine(cart, input, now, ttl),
      ),

    updateCartLine: (
      identity: Identity,
      cartId: string,
      lineId: string,
      input: Parameters<typeof updateLine>[2],
    ) =>
      edit(identity, existing(identity, cartId), (cart, now) =>
        updateLine(cart, lineId, input, now, ttl),
      ),

    updateCart: (identity: Identity, cartId: string, input: Parameters<typeof updateDetails>[1]) =>
      edit(identity, existing(identity, cartId), (cart, now) =>
        updateDetails(cart, input, now, ttl),
      ),

    discardCart: async (identity: Identity, cartId: string): Promise<boolean> => {
      const cart = await activeCart(deps, identity, cartId);
      if (!cart) return false;
      await deps.carts.delete(cart.id);
      return true;
    },

    myCart: async (identity: Identity, storeId: string): Promise<Cart | null> =>
      activeCart(deps, identity, cartIdFor(signedInUserId(identity), storeId)),
  };
}

export type Carts = ReturnType<typeof makeCarts>;
