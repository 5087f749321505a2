import type { Store } from '../domain/store';
import type { StoreRepository } from '../persistence';

/** Batch lookup behind the per-request DataLoader; returns the stores found, in any order. */
export type GetStoresByIds = (ids: readonly string[]) => Promise<Store[]>;

export function makeGetStoresByIds(stores: StoreRepository): GetStoresByIds {
  return (ids) => (ids.length === 0 ? Promise.resolve([]) : stores.findByIds(ids));
}
