import { decodeCursor, encodeCursor, pageSize, toPage, type Page } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { isCategoryPath, type Product } from '../domain/product';
import { BadUserInputError } from '@dabba/subgraph-kit';
import type { ProductRepository } from '../persistence/product-repository';

/** Batch lookup behind the per-request DataLoader; archived products too. */
export type GetProductsByIds = (ids: readonly string[]) => Promise<Product[]>;

/** The store's product with this SKU (archived too), or null. */
export type GetProductBySku = (storeId: string, sku: string) => Promise<Product | null>;

/** A store's live products in SKU order, optionally within a category and its subcategories. */
export type ListStoreProducts = (args: {
  storeId: string;
  first: number;
  after?: string | null;
  category?: string | null;
}) => Promise<Page<Product>>;

const cursorSchema = z.object({ s: z.string().min(1) });

export function makeGetProductsByIds(products: ProductRepository): GetProductsByIds {
  return (ids) => (ids.length === 0 ? Promise.resolve([]) : products.findByIds(ids));
}

export function makeGetProductBySku(products: ProductRepository): GetProductBySku {
  return (storeId, sku) => products.findBySku(storeId, sku.trim());
}

export function makeListStoreProducts(products: ProductRepository): ListStoreProducts {
  return async ({ storeId, first, after, category }) => {
    const size = pageSize(first);
    const position = after ? decodeCursor(after, cursorSchema).s : null;
    if (category != null && !isCategoryPath(category)) {
      throw new BadUserInputError('category must be a slug path such as dairy/milk', {
        argument: 'category',
      });
    }
    const found = await products.listLive({
      storeId,
      category: category ?? null,
      after: position,
      limit: size + 1,
    });
    return toPage(found, size, (product) => encodeCursor({ s: product.sku }));
  };
}
