import type { Logger, UnitOfWork } from '@dabba/subgraph-kit';
import type { CatalogPersistence } from '../persistence';
import { createProductServices, type ProductServices } from './product-services';
import type { ProductSettings } from './product-settings';
import { createReviewServices, type ReviewServices } from './reviews';
import type { SearchServices } from './search';
import { createMenuServices, type MenuServices } from './menus';
import { createStoreServices, type StoreServices } from './stores';

export interface CatalogServices
  extends ReviewServices, StoreServices, ProductServices, SearchServices, MenuServices {}

/** What the use cases need besides the database. */
export interface CatalogRuntime {
  unitOfWork: UnitOfWork;
  logger: Logger;
  productSettings: ProductSettings;
  /** Search over the index startSearch opened. */
  search: SearchServices;
}

export function createCatalogServices(
  { stores, menus, reviews, products }: CatalogPersistence,
  { unitOfWork, logger, productSettings, search }: CatalogRuntime,
): CatalogServices {
  const menuServices = createMenuServices(stores, menus, unitOfWork);
  return {
    ...search,
    ...createReviewServices(reviews, unitOfWork),
    ...createStoreServices(stores, unitOfWork),
    ...menuServices,
    ...createProductServices(products, {
      checkMenuSelection: menuServices.validateMenuSelection,
      unitOfWork,
      logger,
      findStore: async (id) => (await stores.findByIds([id]))[0] ?? null,
      nearExpiryDays: productSettings.nearExpiryDays,
      demoProductCount: productSettings.demoProductCount,
    }),
  };
}
