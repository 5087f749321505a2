import { runSubgraphMain } from '../subgraph';
import { echoSubgraph } from './echo-subgraph';

runSubgraphMain(echoSubgraph);
