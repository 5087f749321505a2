/**
 * Every subgraph in one process: how `pnpm start` runs them when AMQP_URL is unset, so the
 * in-process broker they share carries their events. Each listens on `<NAME>_PORT`. With
 * GATEWAY_IN_PROCESS=true the gateway runs here too, on PORT, so that its subscriptions hear
 * those events.
 */
import { envPrefix, existingSubgraphs, loadSubgraphDefinition } from '@dabba/schema/subgraphs';
import { startGateway } from '@dabba/gateway';
import { runSubgraphsMain, type HostedSubgraph } from '@dabba/subgraph-kit';

function hosted(name: string): HostedSubgraph {
  const definition = loadSubgraphDefinition(name) as HostedSubgraph['definition'];
  const port = process.env[`${envPrefix(name)}_PORT`];
  return { definition, ...(port ? { port: Number(port) } : {}) };
}

runSubgraphsMain(
  'subgraphs',
  existingSubgraphs().map((subgraph) => hosted(subgraph.name)),
  process.env.GATEWAY_IN_PROCESS === 'true' ? { companion: () => startGateway() } : {},
);
