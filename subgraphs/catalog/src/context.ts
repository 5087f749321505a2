import type { SubgraphContext } from '@dabba/subgraph-kit';
import type { CatalogLoaders } from './loaders';
import type { CatalogServices } from './services';

export type CatalogContext = SubgraphContext<CatalogServices, CatalogLoaders>;
