/**
 * Stock of one SKU in one store. `onHand` is what is on the shelves, `reserved` what checkouts
 * hold for orders not yet paid or shipped, and `available = onHand - reserved` what can still be
 * sold. The three change together, only through conditional updates that keep every one of them
 * at or above zero (see persistence/inventory-repository).
 */
export interface Inventory {
  storeId: string;
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  /** Available stock at or below this is low: catalog.stock.low.v1 is published on the way down. */
  lowStockThreshold: number;
  updatedAt: Date;
}

export const MAX_STOCK = 1_000_000_000;
export const DEFAULT_LOW_STOCK_THRESHOLD = 5;

export function isStockQuantity(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_STOCK;
}

/** Whether a change of available stock from `before` to `after` crossed into low stock. */
export function fellToLowStock(before: number, after: number, threshold: number): boolean {
  return after <= threshold && before > threshold;
}
