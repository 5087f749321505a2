import { createStore, type NewStore, type Store } from '../domain/store';
import type { StoreRepository } from '../persistence';

/** Validates and stores a store, replacing any with the same id. */
export type SaveStore = (input: NewStore) => Promise<Store>;

export function makeSaveStore(stores: StoreRepository): SaveStore {
  return async (input) => {
    const store = createStore(input);
    await stores.save(store);
    return store;
  };
}
