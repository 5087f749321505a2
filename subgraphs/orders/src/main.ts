import { runSubgraphMain } from '@dabba/subgraph-kit';
import { ordersSubgraph } from './index';

runSubgraphMain(ordersSubgraph);
