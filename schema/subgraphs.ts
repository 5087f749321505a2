import { existsSync } from 'node:fs';
import path from 'node:path';

/** The repository root: `schema/` sits directly below it. */
export const REPO_ROOT = path.resolve(__dirname, '..');

export interface SubgraphInfo {
  /** Directory under `subgraphs/`, the supergraph's subgraph name and the env prefix (`USERS_`). */
  name: string;
  /** Port in local development; the gateway's default routing URL points at it. */
  defaultPort: number;
}

/**
 * Every subgraph of the platform, in the order they are started: orders after catalog and
 * payments, which it calls at checkout.
 */
export const SUBGRAPHS: readonly SubgraphInfo[] = [
  { name: 'users', defaultPort: 4001 },
  { name: 'catalog', defaultPort: 4002 },
  { name: 'payments', defaultPort: 4004 },
  { name: 'orders', defaultPort: 4003 },
  { name: 'dispatch', defaultPort: 4005 },
  { name: 'tracking', defaultPort: 4006 },
  { name: 'delivery', defaultPort: 4007 },
  { name: 'recommendations', defaultPort: 4008 },
];

export function subgraphSchemaPath(name: string, root: string = REPO_ROOT): string {
  return path.join(root, 'subgraphs', name, 'schema.graphql');
}

/** Subgraphs that exist in this checkout, i.e. have a committed `schema.graphql`. */
export function existingSubgraphs(root: string = REPO_ROOT): SubgraphInfo[] {
  return SUBGRAPHS.filter((subgraph) => existsSync(subgraphSchemaPath(subgraph.name, root)));
}

export function localRoutingUrl(subgraph: SubgraphInfo): string {
  return `http://localhost:${subgraph.defaultPort}/graphql`;
}

/** `order-events` → `ORDER_EVENTS`: the prefix of a subgraph's env variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]/g, '_');
}

/**
 * The SubgraphDefinition that `subgraphs/<name>/src` exports (the object whose `name` is the
 * subgraph's), found at runtime so runners need not import every subgraph by hand.
 */
export function loadSubgraphDefinition(name: string, root: string = REPO_ROOT): object {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- subgraphs are found at runtime
  const exports = require(path.join(root, 'subgraphs', name, 'src')) as Record<string, unknown>;
  const definition = Object.values(exports).find(
    (value): value is object =>
      typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === name &&
      'schemaPath' in value,
  );
  if (!definition) {
    throw new Error(`subgraphs/${name}/src exports no SubgraphDefinition named ${name}`);
  }
  return definition;
}
