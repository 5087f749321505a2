import { ConflictError } from '@dabba/subgraph-kit';
import { DEFAULT_LOW_STOCK_THRESHOLD, isStockQuantity } from '../domain/inventory';
import { validateProductFields, type Product, type ProductFieldsInput } from '../domain/product';
import {
  invalidField,
  invalidInput,
  type InvalidCatalogInput,
  type SkuTaken,
} from '../domain/product-results';
import { idFromKey, requireStore, type ProductDeps } from './product-context';

export interface CreateProductInput extends ProductFieldsInput {
  storeId: string;
  /** The client's key for this create: a retry with the same key returns the first product. */
  idempotencyKey: string;
  lowStockThreshold?: number | null;
}

export type CreateProductResult =
  { kind: 'Product'; product: Product } | InvalidCatalogInput | SkuTaken;

/** Adds a product to a grocery store, with an empty stock record; publishes catalog.product.changed.v1. */
export type CreateProduct = (input: CreateProductInput) => Promise<CreateProductResult>;

export function makeCreateProduct(deps: ProductDeps): CreateProduct {
  return async (input) => {
    const store = await requireStore(deps, input.storeId);
    if (store.kind !== 'GROCERY')
      return invalidField('storeId', 'only grocery stores sell products');
    const key = input.idempotencyKey.trim();
    if (key.length === 0 || key.length > 128) {
      return invalidField('idempotencyKey', 'must be 1 to 128 characters');
    }
    const threshold = input.lowStockThreshold ?? DEFAULT_LOW_STOCK_THRESHOLD;
    if (!isStockQuantity(threshold)) {
      return invalidField('lowStockThreshold', 'must be a whole number, zero or more');
    }
    const id = idFromKey('prd', store.id, key);
    const [replayed] = await deps.products.findByIds([id]);
    if (replayed) return { kind: 'Product', product: replayed };
    const fields = validateProductFields(input, store.currency);
    if (!fields.ok) return invalidInput(fields.problems);

    const now = deps.now();
    const product: Product = {
      id,
      storeId: store.id,
      ...fields.value,
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await deps.unitOfWork.run(async (tx) => {
        await deps.products.insert(product, tx.session);
        await deps.inventory.ensure(store.id, product.sku, threshold, tx.session);
        tx.publish({
          type: 'catalog.product.changed.v1',
          subject: product.id,
          data: { productId: product.id, storeId: store.id },
          tenant: store.organizationId,
        });
      });
      return { kind: 'Product', product };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      if (error.details?.field === 'sku') return { kind: 'SkuTaken', sku: product.sku };
      // The same key raced us: return what it created.
      const [created] = await deps.products.findByIds([id]);
      if (!created) throw error;
      return { kind: 'Product', product: created };
    }
  };
}
