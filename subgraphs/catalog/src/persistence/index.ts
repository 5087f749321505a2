import type { Connection } from 'mongoose';
import { openProductPersistence, type ProductPersistence } from './product-persistence';
import { openReviewPersistence, type ReviewPersistence } from './reviews';
import { StoreRepository } from './store-repository';

export { StoreRepository };

export interface CatalogPersistence {
  stores: StoreRepository;
  reviews: ReviewPersistence;
  products: ProductPersistence;
}

/** Repositories over the catalog database, with their indexes in place. */
export async function openCatalogPersistence(db: Connection): Promise<CatalogPersistence> {
  const stores = new StoreRepository(db);
  await stores.syncIndexes();
  return {
    stores,
    reviews: await openReviewPersistence(db),
    products: await openProductPersistence(db),
  };
}
