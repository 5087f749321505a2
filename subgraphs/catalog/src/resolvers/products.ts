import type {
  MutationResolvers,
  QueryResolvers,
  Resolvers,
  StoreResolvers,
} from '../__generated__/resolvers-types';
import { describeRule } from '../domain/pricing';
import { isNearExpiry } from '../domain/product';
import { customerOf } from '../services/quote-basket';
import { basketQuote, toGraphQL } from './product-results';

const Query: QueryResolvers = {
  product: (_parent, { id }, { loaders }) => loaders.productById.load(id),
  productBySku: (_parent, { storeId, sku }, { services }) => services.getProductBySku(storeId, sku),
  quoteBasket: async (_parent, { storeId, lines, couponCode }, { identity, services }) => {
    const outcome = await services.quoteBasket({
      storeId,
      lines: lines.map(({ kind, sku, itemId, modifiers, quantity }) =>
        kind === 'MENU_ITEM'
          ? { kind, itemId: itemId ?? '', quantity, modifiers: modifiers ?? [] }
          : { kind: 'PRODUCT' as const, sku: sku ?? '', quantity },
      ),
      couponCode: couponCode ?? null,
      customerId: customerOf(identity),
    });
    return outcome.kind === 'BasketQuote'
      ? basketQuote(outcome.price, outcome.lines)
      : toGraphQL(outcome);
  },
};

const Mutation: MutationResolvers = {
  createProduct: async (_parent, { storeId, input }, { services }) =>
    toGraphQL(await services.createProduct({ ...input, storeId })),
  updateProduct: async (_parent, { productId, input }, { services }) =>
    toGraphQL(
      await services.updateProduct(productId, {
        ...input,
        name: input.name ?? undefined,
        unit: input.unit ?? undefined,
        unitSize: input.unitSize ?? undefined,
        price: input.price ?? undefined,
        perishable: input.perishable ?? undefined,
      }),
    ),
  archiveProduct: (_parent, { productId }, { services }) => services.archiveProduct(productId),
  setStock: async (_parent, { storeId, input }, { services }) =>
    toGraphQL(await services.setStock({ ...input, storeId })),
  adjustStock: async (_parent, { storeId, input }, { services }) =>
    toGraphQL(await services.adjustStock({ ...input, storeId })),
  reserveStock: async (_parent, { input }, { services }) =>
    toGraphQL(await services.reserveStock(input)),
  createPromotion: async (_parent, { storeId, input }, { services }) =>
    toGraphQL(
      await services.createPromotion({
        ...input.promotion,
        storeId,
        idempotencyKey: input.idempotencyKey,
      }),
    ),
  updatePromotion: async (_parent, { promotionId, input }, { services }) =>
    toGraphQL(await services.updatePromotion(promotionId, input)),
  archivePromotion: (_parent, { promotionId }, { services }) =>
    services.archivePromotion(promotionId),
};

const Store: StoreResolvers = {
  products: (store, { first, after, category }, { services }) =>
    services.listStoreProducts({ storeId: store.id, first, after, category }),
  promotions: (store, _args, { services }) => services.listStorePromotions(store.id),
};

const types: Pick<Resolvers, 'Product' | 'Promotion' | 'StockReservation'> = {
  Product: {
    __resolveReference: (reference, { loaders }) => loaders.productById.load(reference.id),
    store: (product, _args, { loaders }) =>
      loaders.storeById.load(product.storeId).then((store) => store!),
    nearExpiry: (product, _args, { services }) =>
      isNearExpiry(product, new Date().toISOString().slice(0, 10), services.nearExpiryDays),
    inStock: async (product, _args, { loaders }) =>
      !product.archived &&
      ((await loaders.inventoryBySku.load({ storeId: product.storeId, sku: product.sku }))
        ?.available ?? 0) > 0,
    rating: (product, _args, { loaders }) =>
      loaders.ratingBySubject.load({ kind: 'PRODUCT', id: product.id }),
    inventory: (product, _args, { loaders }) =>
      loaders.inventoryBySku.load({ storeId: product.storeId, sku: product.sku }),
  },
  Promotion: {
    description: (promotion) =>
      `${promotion.name}: ${describeRule(promotion.rule, promotion.currency)}`,
    rule: (promotion) => promotion.rule.kind,
    target: (promotion) => promotion.target.kind,
    minimumOrder: (promotion) =>
      promotion.minimumOrder === null
        ? null
        : { amount: promotion.minimumOrder, currency: promotion.currency },
    needsCoupon: (promotion) => promotion.couponCode !== null,
  },
  StockReservation: {
    reservationKey: (reservation) => reservation.key,
  },
};

/** Products, stock, reservations, promotions and basket quotes, merged into the catalog's resolvers. */
export const productResolvers = { Query, Mutation, Store, types };
