import { join } from 'node:path';
import type { SubgraphDefinition } from '@dabba/subgraph-kit';
import { createCatalogLoaders, type CatalogLoaders } from './loaders';
import { openCatalogPersistence } from './persistence';
import { resolvers } from './resolvers';
import { storeAccessRules } from './resolvers/store-access';
import { seedDemoStores } from './seed';
import { createCatalogServices, type CatalogServices } from './services';

export const catalogSubgraph: SubgraphDefinition<CatalogServices, CatalogLoaders> = {
  name: 'catalog',
  defaultPort: 4002,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  accessRules: { ...storeAccessRules },
  createServices: async (db, runtime) =>
    createCatalogServices(await openCatalogPersistence(db), runtime),
  createLoaders: createCatalogLoaders,
  consumers: (services) => [
    {
      name: 'on_order_delivered',
      events: ['orders.order.delivered.v1'],
      handle: (event, tx) => services.recordDeliveredOrder(event, tx),
    },
  ],
  seed: seedDemoStores,
};
