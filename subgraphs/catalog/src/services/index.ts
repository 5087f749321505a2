import type { CatalogPersistence } from '../persistence';
import { makeGetStoresByIds, type GetStoresByIds } from './get-stores-by-ids';
import { makeListStores, type ListStores } from './list-stores';
import { makeSaveStore, type SaveStore } from './save-store';

export interface CatalogServices {
  getStoresByIds: GetStoresByIds;
  listStores: ListStores;
  saveStore: SaveStore;
}

export function createCatalogServices({ stores }: CatalogPersistence): CatalogServices {
  return {
    getStoresByIds: makeGetStoresByIds(stores),
    listStores: makeListStores(stores),
    saveStore: makeSaveStore(stores),
  };
}
