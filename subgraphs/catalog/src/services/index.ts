import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { CatalogPersistence } from '../persistence';
import { createReviewServices, type ReviewServices } from './reviews';
import { createStoreServices, type StoreServices } from './stores';

export interface CatalogServices extends ReviewServices, StoreServices {}

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
    ...createStoreServices(stores, unitOfWork),
  };
}
