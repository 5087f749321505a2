import type { Logger, UnitOfWork } from '@dabba/subgraph-kit';
import { NEAR_EXPIRY_DAYS } from '../domain/product';
import type { Store } from '../domain/store';
import type { ProductPersistence } from '../persistence/product-persistence';
import { makeAnnounceNearExpiry, type AnnounceNearExpiry } from './announce-near-expiry';
import { makeCreateProduct, type CreateProduct } from './create-product';
import {
  makeGetProductBySku,
  makeGetProductsByIds,
  makeListStoreProducts,
  type GetProductBySku,
  type GetProductsByIds,
  type ListStoreProducts,
} from './get-products';
import {
  makeArchivePromotion,
  makeCreatePromotion,
  makeUpdatePromotion,
  type ArchivePromotion,
  type CreatePromotion,
  type GetPromotionsByIds,
  type ListStorePromotions,
  type UpdatePromotion,
} from './manage-promotions';
import type { ProductDeps } from './product-context';
import {
  makeRecordPromotionUsage,
  makeReturnPromotionUsage,
  type RecordPromotionUsage,
  type ReturnPromotionUsage,
} from './promotion-usage';
import { makeQuoteBasket, type QuoteBasket } from './quote-basket';
import type { ValidateMenuSelection } from './validate-menu-selection';
import { makeReserveStock, type ReserveStock } from './reserve-stock';
import { makeAdjustStock, makeSetStock, type AdjustStock, type SetStock } from './set-stock';
import {
  makeCommitReservation,
  makeExpireReservations,
  makeReleaseReservation,
  type CommitReservation,
  type ExpireReservations,
  type ReleaseReservation,
} from './settle-reservation';
import {
  makeArchiveProduct,
  makeUpdateProduct,
  type ArchiveProduct,
  type UpdateProduct,
} from './update-product';
import type { Inventory } from '../domain/inventory';
import type { Product } from '../domain/product';

/** Grocery products, stock and reservations, promotions and basket quotes: part of CatalogServices. */
export interface ProductServices {
  getProductsByIds: GetProductsByIds;
  getProductBySku: GetProductBySku;
  listStoreProducts: ListStoreProducts;
  createProduct: CreateProduct;
  updateProduct: UpdateProduct;
  archiveProduct: ArchiveProduct;
  /** Stock records by (store, SKU), for the per-request DataLoader. */
  getInventories: (keys: readonly { storeId: string; sku: string }[]) => Promise<Inventory[]>;
  setStock: SetStock;
  adjustStock: AdjustStock;
  reserveStock: ReserveStock;
  commitReservation: CommitReservation;
  releaseReservation: ReleaseReservation;
  expireReservations: ExpireReservations;
  announceNearExpiry: AnnounceNearExpiry;
  getPromotionsByIds: GetPromotionsByIds;
  listStorePromotions: ListStorePromotions;
  createPromotion: CreatePromotion;
  updatePromotion: UpdatePromotion;
  archivePromotion: ArchivePromotion;
  quoteBasket: QuoteBasket;
  recordPromotionUsage: RecordPromotionUsage;
  returnPromotionUsage: ReturnPromotionUsage;
  /** Every product, in batches, for projections (search) to build from. */
  streamProducts: () => AsyncGenerator<Product[]>;
  /** Days before expiry from which a perishable counts as near expiry. */
  nearExpiryDays: number;
  /** How many demo products seeding spreads over the demo grocery stores. */
  demoProductCount: number;
  /** Writes many products and their stock as they are (demo seeding). */
  seedProducts: (products: readonly Product[], stock: readonly Inventory[]) => Promise<void>;
  countStoreProducts: (storeId: string) => Promise<number>;
}

export interface ProductRuntime {
  unitOfWork: UnitOfWork;
  logger: Logger;
  findStore: (id: string) => Promise<Store | null>;
  nearExpiryDays?: number;
  demoProductCount?: number;
  now?: () => Date;
  /** Prices menu item lines in quoteBasket; without it only products are quoted. */
  checkMenuSelection?: ValidateMenuSelection;
}

export function createProductServices(
  persistence: ProductPersistence,
  runtime: ProductRuntime,
): ProductServices {
  const deps: ProductDeps = {
    ...persistence,
    unitOfWork: runtime.unitOfWork,
    logger: runtime.logger,
    findStore: runtime.findStore,
    nearExpiryDays: runtime.nearExpiryDays ?? NEAR_EXPIRY_DAYS,
    now: runtime.now ?? (() => new Date()),
  };
  const { products, inventory, promotions } = persistence;
  return {
    getProductsByIds: makeGetProductsByIds(products),
    getProductBySku: makeGetProductBySku(products),
    listStoreProducts: makeListStoreProducts(products),
    createProduct: makeCreateProduct(deps),
    updateProduct: makeUpdateProduct(deps),
    archiveProduct: makeArchiveProduct(deps),
    getInventories: (keys) => (keys.length === 0 ? Promise.resolve([]) : inventory.findByIds(keys)),
    setStock: makeSetStock(deps),
    adjustStock: makeAdjustStock(deps),
    reserveStock: makeReserveStock(deps),
    commitReservation: makeCommitReservation(deps),
    releaseReservation: makeReleaseReservation(deps),
    expireReservations: makeExpireReservations(deps),
    announceNearExpiry: makeAnnounceNearExpiry(deps),
    getPromotionsByIds: (ids) =>
      ids.length === 0 ? Promise.resolve([]) : promotions.findByIds(ids),
    listStorePromotions: (storeId) => promotions.findLive(storeId),
    createPromotion: makeCreatePromotion(deps),
    updatePromotion: makeUpdatePromotion(deps),
    archivePromotion: makeArchivePromotion(deps),
    quoteBasket: makeQuoteBasket(deps, runtime.checkMenuSelection),
    recordPromotionUsage: makeRecordPromotionUsage(deps),
    returnPromotionUsage: makeReturnPromotionUsage(deps),
    streamProducts: () => products.streamAll(),
    nearExpiryDays: deps.nearExpiryDays,
    demoProductCount: runtime.demoProductCount ?? 0,
    seedProducts: async (batch, stock) => {
      await products.upsertMany(batch);
      await inventory.upsertMany(stock);
    },
    countStoreProducts: (storeId) => products.countInStore(storeId),
  };
}
