import type { CatalogPersistence } from '../persistence';
import { makeGetStoresByIds, type GetStoresByIds } from './get-stores-by-ids';
import { makeGetStoresByOwnerIds, type GetStoresByOwnerIds } from './get-stores-by-owner-ids';
import { makeListStores, type ListStores } from './list-stores';
import { makeSaveStore, type SaveStore } from './save-store';

export interface CatalogServices {
  getStoresByIds: GetStoresByIds;
  getStoresByOwnerIds: GetStoresByOwnerIds;
  listStores: ListStores;
  saveStore: SaveStore;
}

export function createCatalogServices({ stores }: CatalogPersistence): CatalogServices {
  return {
    getStoresByIds: makeGetStoresByIds(stores),
    getStoresByOwnerIds: makeGetStoresByOwnerIds(stores),
    listStores: makeListStores(stores),
    saveStore: makeSaveStore(stores),
  };
}
