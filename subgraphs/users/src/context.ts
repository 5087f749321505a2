import type { SubgraphContext } from '@dabba/subgraph-kit';
import type { UsersLoaders } from './loaders';
import type { UsersServices } from './services';

export type UsersContext = SubgraphContext<UsersServices, UsersLoaders>;
