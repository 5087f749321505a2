import { runSubgraphMain } from '@dabba/subgraph-kit';
import { paymentsSubgraph } from './index';

runSubgraphMain(paymentsSubgraph);
