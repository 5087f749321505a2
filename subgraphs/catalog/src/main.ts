import { runSubgraphMain } from '@dabba/subgraph-kit';
import { catalogSubgraph } from './index';

runSubgraphMain(catalogSubgraph);
