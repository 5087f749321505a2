import { join } from 'node:path';
import type { SubgraphDefinition } from '@dabba/subgraph-kit';
import { createCatalogLoaders, type CatalogLoaders } from './loaders';
import { openCatalogPersistence } from './persistence';
import { resolvers } from './resolvers';
import { menuAccessRules } from './resolvers/menu-access';
import { productAccessRules } from './resolvers/product-access';
import { storeAccessRules } from './resolvers/store-access';
import { seedDemoStores } from './seed';
import { createCatalogServices, type CatalogServices } from './services';
import { productConsumers } from './services/product-consumers';
import { startProductJobs } from './services/product-jobs';
import { parseProductSettings } from './services/product-settings';
import { searchConsumers, startSearch } from './services/search';

export const catalogSubgraph: SubgraphDefinition<CatalogServices, CatalogLoaders> = {
  name: 'catalog',
  defaultPort: 4002,
  schemaPath: join(__dirname, '..', 'schema.graphql'),
  resolvers,
  accessRules: { ...storeAccessRules, ...productAccessRules, ...menuAccessRules },
  createServices: async (db, runtime) => {
    const productSettings = parseProductSettings(runtime.env);
    const persistence = await openCatalogPersistence(db);
    const search = await startSearch(
      {
        stores: persistence.stores,
        products: persistence.products.products,
        menus: persistence.menus,
        ratings: persistence.reviews.ratings,
      },
      { ...runtime, lifetime: db },
    );
    const services = createCatalogServices(persistence, { ...runtime, productSettings, search });
    // The jobs end with the database connection (see RunningSubgraph.close).
    db.once('close', startProductJobs(services, productSettings, runtime.logger));
    return services;
  },
  createLoaders: createCatalogLoaders,
  consumers: (services) => [
    {
      name: 'on_order_delivered',
      events: ['orders.order.delivered.v1'],
      handle: (event, tx) => services.recordDeliveredOrder(event, tx),
    },
    ...productConsumers(services),
    ...searchConsumers(services),
  ],
  seed: async (services) => {
    await seedDemoStores(services);
    await services.rebuildSearchIndex();
  },
};
