import type { Identity } from '@dabba/subgraph-kit';
import { BadUserInputError } from '@dabba/subgraph-kit';
import { priceBasket, type BasketLine, type BasketPrice } from '../domain/pricing';
import { isNearExpiry, isSku } from '../domain/product';
import type {
  BelowMinimumOrder,
  CouponRejected,
  InvalidCatalogInput,
  UnknownSkus,
} from '../domain/product-results';
import { invalidField } from '../domain/product-results';
import { MAX_LINE_QUANTITY, MAX_RESERVATION_LINES } from '../domain/reservation';
import { requireStore, type ProductDeps } from './product-context';
import { menuBasketLines, type MenuQuoteLine, type QuotedLineRef } from './quote-menu-lines';
import type { InvalidLine, ValidateMenuSelection } from './validate-menu-selection';

/** A product line (by SKU) or a menu item line (by item id, with its modifiers). */
export type QuoteLineInput = { kind?: 'PRODUCT'; sku: string; quantity: number } | MenuQuoteLine;

export interface InvalidMenuSelection {
  kind: 'InvalidMenuSelection';
  lines: InvalidLine[];
}

export type QuoteBasketResult =
  | {
      kind: 'BasketQuote';
      storeId: string;
      price: BasketPrice;
      /** What each priced line is, by lineId. */
      lines: Record<string, QuotedLineRef>;
    }
  | InvalidMenuSelection
  | InvalidCatalogInput
  | UnknownSkus
  | CouponRejected
  | BelowMinimumOrder;

/**
 * Prices a basket of a store's products with its promotions now, for the signed-in customer
 * (per-customer limits) or anonymously. Lines of the same SKU are added together.
 */
export type QuoteBasket = (args: {
  storeId: string;
  lines: readonly QuoteLineInput[];
  couponCode?: string | null;
  customerId: string | null;
}) => Promise<QuoteBasketResult>;

/** The customer a quote is for: signed-in users only. */
export function customerOf(identity: Identity): string | null {
  return identity.kind === 'user' ? identity.userId : null;
}

/**
 * Menu item lines are checked and priced by `checkMenuSelection` (unit price with the options'
 * deltas); without it, a basket with menu items is refused.
 */
export function makeQuoteBasket(
  deps: ProductDeps,
  checkMenuSelection?: ValidateMenuSelection,
): QuoteBasket {
  return async ({ storeId, lines, couponCode, customerId }) => {
    if (lines.length === 0 || lines.length > MAX_RESERVATION_LINES) {
      return invalidField('lines', `give 1 to ${MAX_RESERVATION_LINES} lines`);
    }
    const menuLines = lines.filter((line) => line.kind === 'MENU_ITEM');
    if (menuLines.length > 0 && !checkMenuSelection) {
      return invalidField('lines.kind', 'this service prices products only');
    }
    const quantities = new Map<string, number>();
    for (const line of lines) {
      if (line.kind === 'MENU_ITEM') continue;
      const { sku, quantity } = line;
      if (!isSku(sku)) return invalidField('lines.sku', `"${sku.slice(0, 64)}" is not a valid SKU`);
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
        return invalidField('lines.quantity', `must be from 1 to ${MAX_LINE_QUANTITY}`);
      }
      quantities.set(sku, (quantities.get(sku) ?? 0) + quantity);
    }
    if (couponCode != null && couponCode.length > 64) {
      throw new BadUserInputError('couponCode is too long', { argument: 'couponCode' });
    }
    const store = await requireStore(deps, storeId);
    const skus = [...quantities.keys()];
    const now = deps.now();
    const [products, promotions, menu] = await Promise.all([
      skus.length === 0 ? [] : deps.products.findLiveBySkus(store.id, skus),
      deps.promotions.findLive(store.id),
      menuLines.length === 0 || !checkMenuSelection
        ? null
        : menuBasketLines(checkMenuSelection, store.id, menuLines, now),
    ]);
    const bySku = new Map(products.map((product) => [product.sku, product]));
    const unknown = skus.filter((sku) => !bySku.has(sku));
    if (unknown.length > 0) return { kind: 'UnknownSkus', skus: unknown };
    if (menu && !menu.ok) return { kind: 'InvalidMenuSelection', lines: menu.invalid };

    const today = now.toISOString().slice(0, 10);
    const basket: BasketLine[] = skus.map((sku) => {
      const product = bySku.get(sku)!;
      return {
        lineId: sku,
        sku,
        categories: product.categories,
        unitPrice: product.price.amount,
        quantity: quantities.get(sku)!,
        nearExpiry: isNearExpiry(product, today, deps.nearExpiryDays),
      };
    });
    const refs: Record<string, QuotedLineRef> = Object.fromEntries(
      skus.map((sku) => [
        sku,
        { kind: 'PRODUCT', sku, itemId: null, productId: bySku.get(sku)!.id },
      ]),
    );
    if (menu) {
      basket.push(...menu.lines);
      Object.assign(refs, menu.refs);
    }
    const customerUsage =
      customerId === null || promotions.length === 0
        ? {}
        : await deps.promotionUsage.usageOf(
            customerId,
            promotions.map((promotion) => promotion.id),
          );
    const result = priceBasket({
      currency: store.currency,
      lines: basket,
      promotions,
      couponCode: couponCode ?? null,
      customerUsage,
      now,
    });
    if (result.ok) {
      return { kind: 'BasketQuote', storeId: store.id, price: result.price, lines: refs };
    }
    const { problem } = result;
    if (problem.code === 'BELOW_MINIMUM_ORDER') {
      return {
        kind: 'BelowMinimumOrder',
        promotionId: problem.promotionId,
        minimumOrder: { amount: problem.minimumOrder, currency: store.currency },
        subtotal: { amount: problem.subtotal, currency: store.currency },
      };
    }
    return { kind: 'CouponRejected', code: problem.code, couponCode: problem.couponCode };
  };
}
