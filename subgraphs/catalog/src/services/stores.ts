import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { StoreRepository } from '../persistence';
import { makeCreateStore, type CreateStore } from './create-store';
import { makeGetStoresByIds, type GetStoresByIds } from './get-stores-by-ids';
import { makeListStores, type ListStores } from './list-stores';
import { makeSaveStore, type SaveStore } from './save-store';
import { makeUpdateStore, type UpdateStore } from './update-store';

export interface StoreServices {
  getStoresByIds: GetStoresByIds;
  listStores: ListStores;
  saveStore: SaveStore;
  createStore: CreateStore;
  updateStore: UpdateStore;
}

export function createStoreServices(
  stores: StoreRepository,
  unitOfWork: UnitOfWork,
): StoreServices {
  return {
    getStoresByIds: makeGetStoresByIds(stores),
    listStores: makeListStores(stores),
    saveStore: makeSaveStore(stores, unitOfWork),
    createStore: makeCreateStore(stores, unitOfWork),
    updateStore: makeUpdateStore(stores, unitOfWork),
  };
}
