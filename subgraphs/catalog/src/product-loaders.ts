import { alignByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { Inventory } from './domain/inventory';
import type { Product } from './domain/product';
import type { Promotion } from './domain/promotion';
import type { ProductServices } from './services/product-services';

/** A SKU in a store. */
export interface SkuKey {
  storeId: string;
  sku: string;
}

const skuKey = ({ storeId, sku }: SkuKey) => `${storeId}/${sku}`;

export interface ProductLoaders {
  productById: DataLoader<string, Product | null>;
  /** Stock records, for Product.inventory and Product.inStock. */
  inventoryBySku: DataLoader<SkuKey, Inventory | null, string>;
  promotionById: DataLoader<string, Promotion | null>;
}

export function createProductLoaders(services: ProductServices): ProductLoaders {
  return {
    productById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getProductsByIds(ids), (product) => product.id),
    ),
    inventoryBySku: new DataLoader(
      async (keys) => {
        const found = await services.getInventories(keys);
        return alignByKey(keys.map(skuKey), found, skuKey);
      },
      { cacheKeyFn: skuKey },
    ),
    promotionById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getPromotionsByIds(ids), (promotion) => promotion.id),
    ),
  };
}
