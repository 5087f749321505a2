import { NotFoundError, type UnitOfWork } from '@dabba/subgraph-kit';
import { updateStore, type StoreDetails } from '../domain/store';
import type { InvalidInput, InvalidOpeningHours } from '../domain/store-results';
import type { StoreRepository } from '../persistence';
import type { StoreSaved } from './create-store';
import { publishStoreChanged } from './store-events';

export type UpdateStoreResult = StoreSaved | InvalidInput | InvalidOpeningHours;

/**
 * A partner changes a store's details, hours, zone or temporarily-closed flag; fields left out
 * stay as they are. Publishes catalog.store.changed.v1.
 */
export type UpdateStore = (
  storeId: string,
  changes: Partial<StoreDetails>,
) => Promise<UpdateStoreResult>;

export function makeUpdateStore(stores: StoreRepository, unitOfWork: UnitOfWork): UpdateStore {
  return (storeId, changes) =>
    unitOfWork.run(async (tx) => {
      const [store] = await stores.findByIds([storeId], tx.session);
      if (!store) throw new NotFoundError('No such store', { storeId });
      const updated = updateStore(store, changes, new Date());
      if (!updated.ok) return updated.error;
      await stores.save(updated.store, tx.session);
      publishStoreChanged(tx, updated.store);
      return { kind: 'StoreSaved', store: updated.store };
    });
}
