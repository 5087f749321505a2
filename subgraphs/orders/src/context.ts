import type { SubgraphContext } from '@dabba/subgraph-kit';
import type { OrdersLoaders } from './loaders';
import type { OrdersServices } from './services';

export type OrdersContext = SubgraphContext<OrdersServices, OrdersLoaders>;
