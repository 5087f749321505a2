import { createHash } from 'node:crypto';
import { NotFoundError, type Logger, type Transaction, type UnitOfWork } from '@dabba/subgraph-kit';
import { fellToLowStock } from '../domain/inventory';
import type { Store } from '../domain/store';
import type { ProductPersistence } from '../persistence/product-persistence';
import type { StockChange } from '../persistence/inventory-repository';

/** What the product, stock and promotion use cases share. */
export interface ProductDeps extends ProductPersistence {
  unitOfWork: UnitOfWork;
  logger: Logger;
  /** The store with this id, or null. */
  findStore(id: string): Promise<Store | null>;
  /** Days before expiry from which perishables are near expiry. */
  nearExpiryDays: number;
  now(): Date;
}

export async function requireStore(
  deps: Pick<ProductDeps, 'findStore'>,
  storeId: string,
): Promise<Store> {
  const store = await deps.findStore(storeId);
  if (!store) throw new NotFoundError(`No store ${storeId}`, { storeId });
  return store;
}

/**
 * A stable id from the store and the caller's idempotency key, so a retried create lands on the
 * same document and returns it instead of creating a second one.
 */
export function idFromKey(prefix: 'prd' | 'pro', storeId: string, idempotencyKey: string): string {
  const digest = createHash('sha256')
    .update(`${storeId}\u0000${idempotencyKey}`)
    .digest('base64url');
  return `${prefix}_${digest.slice(0, 22)}`;
}

/** Publishes catalog.stock.low.v1 when the change took available stock to its threshold or below. */
export function publishIfLow(tx: Transaction, change: StockChange, tenant: string): void {
  const { after, availableBefore } = change;
  if (!fellToLowStock(availableBefore, after.available, after.lowStockThreshold)) return;
  tx.publish({
    type: 'catalog.stock.low.v1',
    subject: `${after.storeId}/${after.sku}`,
    data: {
      storeId: after.storeId,
      sku: after.sku,
      available: after.available,
      threshold: after.lowStockThreshold,
    },
    tenant,
  });
}
