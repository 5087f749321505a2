import path from 'node:path';
import { REPO_ROOT, envPrefix, type SubgraphInfo } from '@dabba/schema/subgraphs';
import {
  ConfigError,
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

/** The Ed25519 pair access tokens are signed (users subgraph) and verified (gateway) with. */
export interface AccessTokenKeys {
  /** PKCS8 PEM: AUTH_JWT_PRIVATE_KEY of the subgraphs. */
  privateKey: string;
  /** SPKI PEM: AUTH_JWT_PUBLIC_KEY of the gateway. */
  publicKey: string;
}

export interface StartRun {
  mongoUrl: string;
  identitySecret: string;
  accessTokenKeys: AccessTokenKeys;
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
  /** Generated for the run when unset, like the identity secret; both halves or neither. */
  accessTokenKeys: AccessTokenKeys | undefined;
  /**
   * RabbitMQ: each subgraph runs as its own process. When unset they share one process, and the
   * in-process broker in it carries their events.
   */
  amqpUrl: string | undefined;
  subgraphNames: string[];
  /** Every service's entry point, relative to the repository root. */
  entries: string[];
  /**
   * The processes to launch: the subgraphs first, then the gateway's own process when it has
   * one (with AMQP_URL; without it, the gateway runs in the subgraphs' process).
   */
  plan(run: StartRun): { subgraphs: ServicePlan[]; gateway: ServicePlan | undefined };
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

/**
 * Both halves of the access token key pair, or neither: a half generated for the run could not
 * match a given one. The services check the keys' type themselves.
 */
function readAccessTokenKeys(env: NodeJS.ProcessEnv): {
  keys: AccessTokenKeys | undefined;
  issues: string[];
} {
  const privateKey = env['AUTH_JWT_PRIVATE_KEY'] || undefined;
  const publicKey = env['AUTH_JWT_PUBLIC_KEY'] || undefined;
  if (privateKey && publicKey) return { keys: { privateKey, publicKey }, issues: [] };
  if (!privateKey && !publicKey) return { keys: undefined, issues: [] };
  const [missing, set] = privateKey
    ? ['AUTH_JWT_PUBLIC_KEY', 'AUTH_JWT_PRIVATE_KEY']
    : ['AUTH_JWT_PRIVATE_KEY', 'AUTH_JWT_PUBLIC_KEY'];
  return { keys: undefined, issues: [`${missing}: is required when ${set} is set`] };
}

/** Runs `parse`, failing with its ConfigError's issues and `issues` listed together. */
function withIssues<T>(parse: () => T, issues: string[]): T {
  let parsed: T;
  try {
    parsed = parse();
  } catch (error) {
    throw error instanceof ConfigError ? new ConfigError([...error.issues, ...issues]) : error;
  }
  if (issues.length > 0) throw new ConfigError(issues);
  return parsed;
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
    .extend({
      IDENTITY_SECRET: identitySecretSchema.optional(),
    })
    .extend(portsShape);
  const accessTokenKeys = readAccessTokenKeys(env);
  const parsed = withIssues(() => parseConfig(schema, env), accessTokenKeys.issues);
  const gatewayPort = parsed[portVariable('gateway')] ?? GATEWAY_DEFAULT_PORT;

  function plan({ mongoUrl, identitySecret, accessTokenKeys }: StartRun) {
    // Each key half goes only to the services that need it: the gateway never holds the private one.
    const { AUTH_JWT_PRIVATE_KEY: _privateKey, AUTH_JWT_PUBLIC_KEY: _publicKey, ...rest } = env;
    const shared = { ...rest, MONGODB_URL: mongoUrl, IDENTITY_SECRET: identitySecret };
    const subgraphEnv = { ...shared, AUTH_JWT_PRIVATE_KEY: accessTokenKeys.privateKey };
    const ports = subgraphs.map((subgraph) => ({
      name: subgraph.name,
      port: parsed[portVariable(subgraph.name)] ?? subgraph.defaultPort,
    }));
    const readyUrl = (port: number) => `http://127.0.0.1:${port}/ready`;
    // Ports are configurable, so the gateway is always told where each subgraph listens.
    const subgraphUrls = Object.fromEntries(
      ports.map(({ name, port }) => [
        `${envPrefix(name)}_SUBGRAPH_URL`,
        `http://127.0.0.1:${port}/graphql`,
      ]),
    );
    const gatewayEnv = {
      ...subgraphUrls,
      AUTH_JWT_PUBLIC_KEY: accessTokenKeys.publicKey,
      PORT: String(gatewayPort),
    };
    if (parsed.AMQP_URL) {
      return {
        subgraphs: ports.map(({ name, port }) => ({
          name,
          entry: subgraphEntry(name),
          readyUrls: [readyUrl(port)],
          env: { ...subgraphEnv, ...subgraphUrls, PORT: String(port), SEED_DEMO_DATA: 'true' },
        })),
        gateway: {
          name: 'gateway',
          entry: GATEWAY_ENTRY,
          readyUrls: [readyUrl(gatewayPort)],
          env: { ...shared, ...gatewayEnv },
        },
      };
    }
    // The in-process broker reaches only its own process: the gateway's subscriptions must
    // listen there, so it runs beside the subgraphs.
    return {
      subgraphs: [
        {
          name: 'platform',
          entry: SUBGRAPHS_HOST_ENTRY,
          readyUrls: [...ports.map(({ port }) => readyUrl(port)), readyUrl(gatewayPort)],
          env: {
            ...subgraphEnv,
            ...Object.fromEntries(
              ports.map(({ name, port }) => [portVariable(name), String(port)]),
            ),
            ...gatewayEnv,
            GATEWAY_IN_PROCESS: 'true',
            SEED_DEMO_DATA: 'true',
          },
        },
      ],
      gateway: undefined,
    };
  }

  return {
    gatewayPort,
    mongoUrl: parsed.MONGODB_URL,
    embeddedMongoPort: parsed[portVariable('embedded_mongo')] ?? 0,
    dataDir: path.resolve(REPO_ROOT, env['DABBA_DATA_DIR'] || '.data'),
    identitySecret: parsed.IDENTITY_SECRET,
    accessTokenKeys: accessTokenKeys.keys,
    amqpUrl: parsed.AMQP_URL,
    subgraphNames: subgraphs.map((subgraph) => subgraph.name),
    entries: [
      ...(parsed.AMQP_URL
        ? [...subgraphs.map((subgraph) => subgraphEntry(subgraph.name)), GATEWAY_ENTRY]
        : [SUBGRAPHS_HOST_ENTRY]),
    ],
    plan,
  };
}
