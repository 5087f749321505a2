/**
 * Every subgraph in one process: how `pnpm start` runs them when AMQP_URL is unset, so the
 * in-process broker they share carries their events. Each listens on `<NAME>_PORT`.
 */
import path from 'node:path';
import { REPO_ROOT, envPrefix, existingSubgraphs } from '@dabba/schema/subgraphs';
import { runSubgraphsMain, type HostedSubgraph } from '@dabba/subgraph-kit';

function isDefinitionOf(name: string) {
  return (value: unknown): value is HostedSubgraph['definition'] =>
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === name &&
    'schemaPath' in value;
}

function hosted(name: string): HostedSubgraph {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- subgraphs are found at runtime
  const exports = require(path.join(REPO_ROOT, 'subgraphs', name, 'src')) as Record<
    string,
    unknown
  >;
  const definition = Object.values(exports).find(isDefinitionOf(name));
  if (!definition)
    throw new Error(`subgraphs/${name}/src exports no SubgraphDefinition named ${name}`);
  const port = process.env[`${envPrefix(name)}_PORT`];
  return { definition, ...(port ? { port: Number(port) } : {}) };
}

runSubgraphsMain(
  'subgraphs',
  existingSubgraphs().map((subgraph) => hosted(subgraph.name)),
);
