import { alignByKey, groupByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { Store } from './domain/store';
import type { CatalogServices } from './services';

export interface CatalogLoaders {
  storeById: DataLoader<string, Store | null>;
  /** A user's stores, oldest first. */
  storesByOwnerId: DataLoader<string, Store[]>;
}

export function createCatalogLoaders(services: CatalogServices): CatalogLoaders {
  return {
    storeById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getStoresByIds(ids), (store) => store.id),
    ),
    storesByOwnerId: new DataLoader(async (ownerIds) =>
      groupByKey(ownerIds, await services.getStoresByOwnerIds(ownerIds), (store) => store.ownerId),
    ),
  };
}
