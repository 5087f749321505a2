import { REPO_ROOT } from '@dabba/schema';
import { forkEmbeddedMongo } from '../../../infra/embedded-mongo/src/fork';
import { ServiceProcess } from '../../../scripts/lib/service-process';
import { freePorts } from '../../../test/support/ports';
import { subgraphUrlVariable } from '../../../gateway/src/config';
import type { AccessTokenKeys } from '../../../gateway/src/testing';

const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;

/** Names each process in its environment, for gateway/bench/cpu.ts. */
export const SERVICE_VARIABLE = 'BENCH_SERVICE';

/** The subgraphs a checkout crosses, then orders (which calls catalog and payments), then the gateway. */
const UPSTREAM = ['users', 'catalog', 'payments'] as const;
const SERVICES = [...UPSTREAM, 'orders', 'gateway'] as const;
export type ServiceName = (typeof SERVICES)[number];

export interface OrdersBenchPlatform {
  identitySecret: string;
  mongoUrl: string;
  gatewayUrl: string;
  /** GraphQL URL of each subgraph. */
  urls: Record<Exclude<ServiceName, 'gateway'>, string>;
  /** Restarts a service on its port with `env` added (e.g. a profiler) and waits until ready. */
  restart(name: ServiceName, env: NodeJS.ProcessEnv): Promise<void>;
  /** Stops the gateway, the subgraphs, then MongoDB; what a process writes on exit is written. */
  stop(): Promise<void>;
}

/**
 * The services of a checkout, each in a process of its own as deployed, on the embedded MongoDB
 * (forked, so its CPU is its own) and on whatever broker and Redis `env` names (AMQP_URL,
 * REDIS_URL; unset: each process's in-process broker and memory adapters).
 */
export async function startOrdersPlatform(
  env: NodeJS.ProcessEnv,
  keys: AccessTokenKeys,
): Promise<OrdersBenchPlatform> {
  const mongo = await forkEmbeddedMongo();
  const identitySecret = 'orders-bench-identity-secret-0123456789';
  const ports = await freePorts(SERVICES.length);
  const portOf = (name: ServiceName) => ports[SERVICES.indexOf(name)]!;
  const url = (name: ServiceName, path = '/graphql') => `http://127.0.0.1:${portOf(name)}${path}`;
  const urls = Object.fromEntries(
    SERVICES.filter((name) => name !== 'gateway').map((name) => [name, url(name)]),
  ) as OrdersBenchPlatform['urls'];
  const routes = Object.fromEntries(
    Object.entries(urls).map(([name, graphql]) => [subgraphUrlVariable(name), graphql]),
  );
  const shared = {
    ...env,
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    IDENTITY_SECRET: identitySecret,
    MONGODB_URL: mongo.url,
  };
  const envOf = (name: ServiceName): NodeJS.ProcessEnv =>
    name === 'gateway'
      ? { ...shared, ...routes, AUTH_JWT_PUBLIC_KEY: keys.publicKey }
      : {
          ...shared,
          ...(name === 'orders' ? routes : {}),
          SEED_DEMO_DATA: 'true',
          DEMO_PRODUCT_COUNT: '200',
          AUTH_JWT_PRIVATE_KEY: keys.privateKey,
        };
  const running = new Map<ServiceName, ServiceProcess>();
  const launch = async (name: ServiceName, added: NodeJS.ProcessEnv = {}) => {
    const service = new ServiceProcess({
      name,
      entry: name === 'gateway' ? 'gateway/src/main.ts' : `subgraphs/${name}/src/main.ts`,
      cwd: REPO_ROOT,
      env: { ...envOf(name), ...added, PORT: String(portOf(name)), [SERVICE_VARIABLE]: name },
      prefixWidth: 8,
    });
    running.set(name, service);
    await service.waitUntilReady(url(name, '/ready'), READY_TIMEOUT_MS);
  };
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      for (const service of [...running.values()].reverse()) await service.stop(STOP_GRACE_MS);
      await mongo.stop();
    })());
  try {
    await Promise.all(UPSTREAM.map((name) => launch(name)));
    await launch('orders');
    await launch('gateway');
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    identitySecret,
    mongoUrl: mongo.url,
    gatewayUrl: url('gateway'),
    urls,
    async restart(name, added) {
      const service = running.get(name)!;
      running.delete(name);
      if (!(await service.stop(STOP_GRACE_MS))) throw new Error(`${name} did not stop cleanly`);
      await launch(name, added);
    },
    stop,
  };
}
