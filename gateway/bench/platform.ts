import { generateKeyPairSync } from 'node:crypto';
import { REPO_ROOT } from '@dabba/schema';
import { forkEmbeddedMongo } from '../../infra/embedded-mongo/src/fork';
import { ServiceProcess } from '../../scripts/lib/service-process';
import { freePorts } from '../../test/support/ports';
import { subgraphUrlVariable } from '../src/config';

const READY_TIMEOUT_MS = 180_000;
const STOP_GRACE_MS = 10_000;
const PREFIX_WIDTH = 8;

/** Names each process the platform starts in its environment, for cpu.ts. */
export const SERVICE_VARIABLE = 'BENCH_SERVICE';

export interface BenchPlatform {
  identitySecret: string;
  /** GraphQL URL of each subgraph, by name. */
  subgraphUrls: Record<string, string>;
  /** GraphQL URL of each gateway, by name. */
  gatewayUrls: Record<string, string>;
  /**
   * Restarts a service (a gateway or a subgraph) on the same port with `env` added to its
   * environment (e.g. a profiler in NODE_OPTIONS), and waits until it is ready.
   */
  restart(name: string, env: NodeJS.ProcessEnv): Promise<void>;
  /** Stops every process (the gateway cleanly, so what it writes on exit is written). */
  stop(): Promise<void>;
}

/**
 * The part of the platform the benchmark's query crosses, as `pnpm start` runs it with AMQP_URL
 * set: each subgraph in a process of its own with its demo data, each gateway in another (one
 * per entry of `gateways`, with those variables set), the embedded MongoDB in one more.
 * `demoProductCount` products are seeded instead of 50,000: the query reads stores and
 * organisations only, and a small seed starts in seconds.
 */
export async function startBenchPlatform(options: {
  subgraphs: readonly string[];
  gateways: Record<string, NodeJS.ProcessEnv>;
  demoProductCount: number;
}): Promise<BenchPlatform> {
  const mongo = await forkEmbeddedMongo();
  const identitySecret = 'gateway-bench-identity-secret-0123456789';
  const keys = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const gatewayNames = Object.keys(options.gateways);
  const ports = await freePorts(options.subgraphs.length + gatewayNames.length);
  const shared = {
    ...process.env,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    IDENTITY_SECRET: identitySecret,
    MONGODB_URL: mongo.url,
  };
  const urls = (port: number | undefined) => ({
    graphql: `http://127.0.0.1:${port}/graphql`,
    ready: `http://127.0.0.1:${port}/ready`,
  });
  /** How each service is launched, by name, in start order, and its process once started. */
  const plans = new Map<string, { entry: string; env: NodeJS.ProcessEnv; port: number }>();
  const running = new Map<string, ServiceProcess>();
  const launch = async (name: string, added: NodeJS.ProcessEnv = {}) => {
    const plan = plans.get(name)!;
    const service = new ServiceProcess({
      name,
      entry: plan.entry,
      cwd: REPO_ROOT,
      env: { ...plan.env, ...added, [SERVICE_VARIABLE]: name },
      prefixWidth: PREFIX_WIDTH,
    });
    running.set(name, service);
    await service.waitUntilReady(urls(plan.port).ready, READY_TIMEOUT_MS);
  };
  let stopped: Promise<void> | undefined;
  const stopAll = () =>
    (stopped ??= (async () => {
      // Gateways first, so that no fetch of theirs meets a subgraph that is going away.
      for (const service of [...running.values()].reverse()) await service.stop(STOP_GRACE_MS);
      await mongo.stop();
    })());

  const subgraphUrls: Record<string, string> = {};
  options.subgraphs.forEach((name, index) => {
    const port = ports[index]!;
    subgraphUrls[name] = urls(port).graphql;
    plans.set(name, {
      entry: `subgraphs/${name}/src/main.ts`,
      port,
      env: {
        ...shared,
        PORT: String(port),
        SEED_DEMO_DATA: 'true',
        DEMO_PRODUCT_COUNT: String(options.demoProductCount),
        AUTH_JWT_PRIVATE_KEY: keys.privateKey,
      },
    });
  });
  const gatewayUrls: Record<string, string> = {};
  gatewayNames.forEach((name, index) => {
    const port = ports[options.subgraphs.length + index]!;
    gatewayUrls[name] = urls(port).graphql;
    plans.set(name, {
      entry: 'gateway/src/main.ts',
      port,
      env: {
        ...shared,
        PORT: String(port),
        AUTH_JWT_PUBLIC_KEY: keys.publicKey,
        // One client address sends every request: counted as usual, but never refused.
        RATE_LIMIT_ANONYMOUS: '1000000',
        RATE_LIMIT_ANONYMOUS_BURST: '1000000',
        ...Object.fromEntries(
          Object.entries(subgraphUrls).map(([subgraph, url]) => [
            subgraphUrlVariable(subgraph),
            url,
          ]),
        ),
        ...options.gateways[name],
      },
    });
  });
  try {
    await Promise.all(options.subgraphs.map((name) => launch(name)));
    await Promise.all(gatewayNames.map((name) => launch(name)));
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    identitySecret,
    subgraphUrls,
    gatewayUrls,
    async restart(name, env) {
      const service = running.get(name);
      if (!service) throw new Error(`no service named ${name} is running`);
      running.delete(name);
      if (!(await service.stop(STOP_GRACE_MS))) throw new Error(`${name} did not stop cleanly`);
      await launch(name, env);
    },
    stop: stopAll,
  };
}
