import path from 'node:path';
import { REPO_ROOT, envPrefix, type SubgraphInfo } from '@dabba/schema/subgraphs';
import {
  identitySecretSchema,
  parseConfig,
  portSchema,
  subgraphEnvSchema,
} from '@dabba/subgraph-kit/src/config';

const GATEWAY_DEFAULT_PORT = 4000;

export interface ServicePlan {
  name: string;
  /** Entry point relative to the repository root. */
  entry: string;
  port: number;
  readyUrl: string;
  env: NodeJS.ProcessEnv;
}

export interface StartConfig {
  gatewayPort: number;
  /** A real MongoDB; when unset, an embedded one is started. */
  mongoUrl: string | undefined;
  /** 0 picks a free port for the embedded MongoDB. */
  embeddedMongoPort: number;
  dataDir: string;
  /** Generated for the run when unset: it only has to be shared by the gateway and subgraphs. */
  identitySecret: string | undefined;
  /** Every service's entry point, relative to the repository root. */
  entries: string[];
  plan(
    mongoUrl: string,
    identitySecret: string,
  ): { subgraphs: ServicePlan[]; gateway: ServicePlan };
}

type PortVariable = `${string}_PORT`;

const GATEWAY_ENTRY = path.join('gateway', 'src', 'main.ts');

function subgraphEntry(name: string): string {
  return path.join('subgraphs', name, 'src', 'main.ts');
}

function portVariable(name: string): PortVariable {
  return `${envPrefix(name)}_PORT`;
}

/** Reads the start script's variables (ports, MongoDB, data directory), listing every bad one. */
export function loadStartConfig(env: NodeJS.ProcessEnv, subgraphs: SubgraphInfo[]): StartConfig {
  const portsShape: Record<PortVariable, typeof portSchema> = Object.fromEntries(
    [...subgraphs.map((subgraph) => subgraph.name), 'gateway', 'embedded_mongo'].map((name) => [
      portVariable(name),
      portSchema,
    ]),
  );
  const schema = subgraphEnvSchema
    .pick({ MONGODB_URL: true })
    .extend({ IDENTITY_SECRET: identitySecretSchema.optional() })
    .extend(portsShape);
  const parsed = parseConfig(schema, env);
  const gatewayPort = parsed[portVariable('gateway')] ?? GATEWAY_DEFAULT_PORT;

  function plan(mongoUrl: string, identitySecret: string) {
    const shared = { ...env, MONGODB_URL: mongoUrl, IDENTITY_SECRET: identitySecret };
    const subgraphPlans = subgraphs.map((subgraph): ServicePlan => {
      const port = parsed[portVariable(subgraph.name)] ?? subgraph.defaultPort;
      return {
        name: subgraph.name,
        entry: subgraphEntry(subgraph.name),
        port,
        readyUrl: `http://127.0.0.1:${port}/ready`,
        env: { ...shared, PORT: String(port), SEED_DEMO_DATA: 'true' },
      };
    });
    // Ports are configurable, so the gateway is always told where each subgraph listens.
    const subgraphUrls = Object.fromEntries(
      subgraphPlans.map((subgraph) => [
        `${envPrefix(subgraph.name)}_SUBGRAPH_URL`,
        `http://127.0.0.1:${subgraph.port}/graphql`,
      ]),
    );
    const gateway: ServicePlan = {
      name: 'gateway',
      entry: GATEWAY_ENTRY,
      port: gatewayPort,
      readyUrl: `http://127.0.0.1:${gatewayPort}/ready`,
      env: { ...shared, ...subgraphUrls, PORT: String(gatewayPort) },
    };
    return { subgraphs: subgraphPlans, gateway };
  }

  return {
    gatewayPort,
    mongoUrl: parsed.MONGODB_URL,
    embeddedMongoPort: parsed[portVariable('embedded_mongo')] ?? 0,
    dataDir: path.resolve(REPO_ROOT, env['DABBA_DATA_DIR'] || '.data'),
    identitySecret: parsed.IDENTITY_SECRET,
    entries: [...subgraphs.map((subgraph) => subgraphEntry(subgraph.name)), GATEWAY_ENTRY],
    plan,
  };
}
