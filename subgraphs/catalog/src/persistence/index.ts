import type { Connection } from 'mongoose';
import { openProductPersistence, type ProductPersistence } from './product-persistence';
import { openReviewPersistence, type ReviewPersistence } from './reviews';
import { MenuRepository } from './menu-repository';
import { StoreRepository } from './store-repository';

export { StoreRepository };

export interface CatalogPersistence {
  stores: StoreRepository;
  menus: MenuRepository;
  reviews: ReviewPersistence;
  products: ProductPersistence;
}

/** Repositories over the catalog database, with their indexes in place. */
export async function openCatalogPersistence(db: Connection): Promise<CatalogPersistence> {
  const stores = new StoreRepository(db);
  await stores.syncIndexes();
  const menus = new MenuRepository(db);
  await menus.syncIndexes();
  return {
    stores,
    menus,
    reviews: await openReviewPersistence(db),
    products: await openProductPersistence(db),
  };
}
