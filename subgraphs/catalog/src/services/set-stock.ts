import type { Transaction } from '@dabba/subgraph-kit';
import { isStockQuantity, type Inventory } from '../domain/inventory';
import {
  invalidField,
  type InsufficientStock,
  type InvalidCatalogInput,
  type StockBelowReserved,
  type UnknownSkus,
} from '../domain/product-results';
import type { StockChange } from '../persistence/inventory-repository';
import { publishIfLow, requireStore, type ProductDeps } from './product-context';

export type StockResult =
  | { kind: 'Inventory'; inventory: Inventory }
  | InvalidCatalogInput
  | UnknownSkus
  | StockBelowReserved
  | InsufficientStock;

/** Sets a SKU's on-hand count (a stock take), and its low-stock threshold when given. */
export type SetStock = (input: {
  storeId: string;
  sku: string;
  onHand: number;
  lowStockThreshold?: number | null;
}) => Promise<StockResult>;

/** Adds (a delivery) or removes (a write-off) on-hand units; removal only from available stock. */
export type AdjustStock = (input: {
  storeId: string;
  sku: string;
  delta: number;
}) => Promise<StockResult>;

async function apply(
  deps: ProductDeps,
  storeId: string,
  sku: string,
  change: (session: Transaction['session']) => Promise<StockChange | null>,
  whenRefused: (current: Inventory) => StockResult,
): Promise<StockResult> {
  const store = await requireStore(deps, storeId);
  const result = await deps.unitOfWork.run(async (tx) => {
    const applied = await change(tx.session);
    if (applied) {
      publishIfLow(tx, applied, store.organizationId);
    }
    return applied;
  });
  if (result) return { kind: 'Inventory', inventory: result.after };
  const [current] = await deps.inventory.find(storeId, [sku]);
  return current ? whenRefused(current) : { kind: 'UnknownSkus', skus: [sku] };
}

export function makeSetStock(deps: ProductDeps): SetStock {
  return async ({ storeId, sku, onHand, lowStockThreshold }) => {
    if (!isStockQuantity(onHand))
      return invalidField('onHand', 'must be a whole number, zero or more');
    if (lowStockThreshold != null && !isStockQuantity(lowStockThreshold)) {
      return invalidField('lowStockThreshold', 'must be a whole number, zero or more');
    }
    return apply(
      deps,
      storeId,
      sku,
      (session) =>
        deps.inventory.setOnHand(storeId, sku, onHand, lowStockThreshold ?? null, session),
      (current) => ({ kind: 'StockBelowReserved', sku, reserved: current.reserved }),
    );
  };
}

export function makeAdjustStock(deps: ProductDeps): AdjustStock {
  return async ({ storeId, sku, delta }) => {
    if (!Number.isInteger(delta) || delta === 0 || !isStockQuantity(Math.abs(delta))) {
      return invalidField('delta', 'must be a non-zero whole number');
    }
    return apply(
      deps,
      storeId,
      sku,
      (session) =>
        delta > 0
          ? deps.inventory.restock(storeId, sku, delta, session)
          : deps.inventory.writeOff(storeId, sku, -delta, session),
      (current) => ({
        kind: 'InsufficientStock',
        lines: [{ sku, requested: -delta, available: current.available }],
      }),
    );
  };
}
