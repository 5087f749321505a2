import type { Store } from '../domain/store';
import type { StoreRepository } from '../persistence';

/** Every store of these owners, oldest first: one query for a whole DataLoader batch. */
export type GetStoresByOwnerIds = (ownerIds: readonly string[]) => Promise<Store[]>;

export function makeGetStoresByOwnerIds(stores: StoreRepository): GetStoresByOwnerIds {
  return (ownerIds) =>
    ownerIds.length === 0 ? Promise.resolve([]) : stores.findByOwnerIds(ownerIds);
}
