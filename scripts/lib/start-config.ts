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
  /** Each /ready URL the process serves: one per subgraph it runs. */
  readyUrls: string[];
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
  /**
   * RabbitMQ: each subgraph runs as its own process. When unset they share one process, and the
   * in-process broker in it carries their events.
   */
  amqpUrl: string | undefined;
  subgraphNames: string[];
  /** Every service's entry point, relative to the repository root. */
  entries: string[];
  plan(
    mongoUrl: string,
    identitySecret: string,
  ): { subgraphs: ServicePlan[]; gateway: ServicePlan };
}

type PortVariable = `${string}_PORT`;

const GATEWAY_ENTRY = path.join('gateway', 'src', 'main.ts');
const SUBGRAPHS_HOST_ENTRY = path.join('scripts', 'subgraphs.ts');

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
    .pick({ MONGODB_URL: true, AMQP_URL: true })
    .extend({ IDENTITY_SECRET: identitySecretSchema.optional() })
    .extend(portsShape);
  const parsed = parseConfig(schema, env);
  const gatewayPort = parsed[portVariable('gateway')] ?? GATEWAY_DEFAULT_PORT;

  function plan(mongoUrl: string, identitySecret: string) {
    const shared = { ...env, MONGODB_URL: mongoUrl, IDENTITY_SECRET: identitySecret };
    const ports = subgraphs.map((subgraph) => ({
      name: subgraph.name,
      port: parsed[portVariable(subgraph.name)] ?? subgraph.defaultPort,
    }));
    const readyUrl = (port: number) => `http://127.0.0.1:${port}/ready`;
    const subgraphPlans: ServicePlan[] = parsed.AMQP_URL
      ? ports.map(({ name, port }) => ({
          name,
          entry: subgraphEntry(name),
          readyUrls: [readyUrl(port)],
          env: { ...shared, PORT: String(port), SEED_DEMO_DATA: 'true' },
        }))
      : [
          {
            name: 'subgraphs',
            entry: SUBGRAPHS_HOST_ENTRY,
            readyUrls: ports.map(({ port }) => readyUrl(port)),
            env: {
              ...shared,
              ...Object.fromEntries(
                ports.map(({ name, port }) => [portVariable(name), String(port)]),
              ),
              SEED_DEMO_DATA: 'true',
            },
          },
        ];
    // Ports are configurable, so the gateway is always told where each subgraph listens.
    const subgraphUrls = Object.fromEntries(
      ports.map(({ name, port }) => [
        `${envPrefix(name)}_SUBGRAPH_URL`,
        `http://127.0.0.1:${port}/graphql`,
      ]),
    );
    const gateway: ServicePlan = {
      name: 'gateway',
      entry: GATEWAY_ENTRY,
      readyUrls: [readyUrl(gatewayPort)],
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
    amqpUrl: parsed.AMQP_URL,
    subgraphNames: subgraphs.map((subgraph) => subgraph.name),
    entries: [
      ...(parsed.AMQP_URL
        ? subgraphs.map((subgraph) => subgraphEntry(subgraph.name))
        : [SUBGRAPHS_HOST_ENTRY]),
      GATEWAY_ENTRY,
    ],
    plan,
  };
}
