import { runSubgraphMain } from '@dabba/subgraph-kit';
import { usersSubgraph } from './index';

runSubgraphMain(usersSubgraph);
