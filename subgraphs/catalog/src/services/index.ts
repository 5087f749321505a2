import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { CatalogPersistence } from '../persistence';
import { makeGetStoresByIds, type GetStoresByIds } from './get-stores-by-ids';
import { makeListStores, type ListStores } from './list-stores';
import { createReviewServices, type ReviewServices } from './reviews';
import { makeSaveStore, type SaveStore } from './save-store';

export interface CatalogServices extends ReviewServices {
  getStoresByIds: GetStoresByIds;
  listStores: ListStores;
  saveStore: SaveStore;
}

/** What the use cases need besides the database. */
export interface CatalogRuntime {
  unitOfWork: UnitOfWork;
}

export function createCatalogServices(
  { stores, reviews }: CatalogPersistence,
  { unitOfWork }: CatalogRuntime,
): CatalogServices {
  return {
    ...createReviewServices(reviews, unitOfWork),
    getStoresByIds: makeGetStoresByIds(stores),
    listStores: makeListStores(stores),
    saveStore: makeSaveStore(stores),
  };
}
