import { BadUserInputError, type UnitOfWork } from '@dabba/subgraph-kit';
import { createStore, type NewStore, type Store } from '../domain/store';
import type { StoreRepository } from '../persistence';
import { publishStoreChanged } from './store-events';

/**
 * Validates and stores a store with a fixed id, replacing any with the same id (demo data and
 * tests); publishes catalog.store.changed.v1.
 */
export type SaveStore = (input: NewStore) => Promise<Store>;

export function makeSaveStore(stores: StoreRepository, unitOfWork: UnitOfWork): SaveStore {
  return async (input) => {
    const built = createStore(input);
    if (!built.ok) {
      throw new BadUserInputError(`Invalid store: ${built.error.field}`, { error: built.error });
    }
    await unitOfWork.run(async (tx) => {
      await stores.save(built.store, tx.session);
      publishStoreChanged(tx, built.store);
    });
    return built.store;
  };
}
