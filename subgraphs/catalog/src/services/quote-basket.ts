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

export interface QuoteLineInput {
  sku: string;
  quantity: number;
}

export type QuoteBasketResult =
  | { kind: 'BasketQuote'; storeId: string; price: BasketPrice }
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

export function makeQuoteBasket(deps: ProductDeps): QuoteBasket {
  return async ({ storeId, lines, couponCode, customerId }) => {
    if (lines.length === 0 || lines.length > MAX_RESERVATION_LINES) {
      return invalidField('lines', `give 1 to ${MAX_RESERVATION_LINES} lines`);
    }
    const quantities = new Map<string, number>();
    for (const { sku, quantity } of lines) {
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
    const [products, promotions] = await Promise.all([
      deps.products.findLiveBySkus(store.id, skus),
      deps.promotions.findLive(store.id),
    ]);
    const bySku = new Map(products.map((product) => [product.sku, product]));
    const unknown = skus.filter((sku) => !bySku.has(sku));
    if (unknown.length > 0) return { kind: 'UnknownSkus', skus: unknown };

    const now = deps.now();
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
    if (result.ok) return { kind: 'BasketQuote', storeId: store.id, price: result.price };
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
