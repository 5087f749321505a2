/**
 * `pnpm start`: the whole platform with one command on a machine that has only Node.
 *
 * With AMQP_URL set, every subgraph and the gateway run as their own process, as they are
 * deployed, so a crash, a memory leak or a blocking call in one service shows up as it would in
 * production, and events travel through RabbitMQ. Without it, the subgraphs and the gateway
 * share one process, because the in-process broker that carries their events (and the events
 * behind the gateway's subscriptions) only reaches subscribers in its own process; they still
 * meet only over HTTP and events. Every
 * service uses one embedded MongoDB started in this process (each subgraph on its own
 * database), kept under DABBA_DATA_DIR so data survives restarts. Set MONGODB_URL to use a real
 * MongoDB instead.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedMongo } from '@dabba/embedded-mongo';
import { REPO_ROOT, existingSubgraphs } from '@dabba/schema/subgraphs';
import { ServiceProcess, describeExit } from './lib/service-process';
import { loadStartConfig, type ServicePlan } from './lib/start-config';

/** The first start seeds 50,000 demo products before the catalog reports ready. */
const READY_TIMEOUT_MS = 300_000;
const STOP_GRACE_MS = 15_000;

const SAMPLE_QUERY = `{
  stores(first: 3) {
    edges { node { name kind organization { name stores { edges { node { name } } } } } }
  }
}`;

const services: ServiceProcess[] = [];
let stopMongo: (() => Promise<void>) | undefined;
let stopping: Promise<never> | undefined;

/** Stops the gateway, then the subgraphs, then MongoDB, and exits; safe to call repeatedly. */
function shutdown(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    const gateway = services.find((service) => service.name === 'gateway');
    const subgraphs = services.filter((service) => service !== gateway);
    const unclean: string[] = [];
    const stop = async (service: ServiceProcess) => {
      if (!(await service.stop(STOP_GRACE_MS))) unclean.push(service.name);
    };
    if (gateway) await stop(gateway);
    await Promise.all(subgraphs.map(stop));
    let clean = unclean.length === 0;
    if (!clean) console.error(`start: did not stop cleanly: ${unclean.join(', ')}`);
    try {
      await stopMongo?.();
    } catch (error) {
      clean = false;
      console.error('start: embedded MongoDB did not stop cleanly', error);
    }
    process.exit(exitCode !== 0 || clean ? exitCode : 1);
  })();
  return stopping;
}

function launch(plan: ServicePlan, prefixWidth: number): ServiceProcess {
  const service = new ServiceProcess({ ...plan, cwd: REPO_ROOT, prefixWidth });
  services.push(service);
  void service.exited.then((status) => {
    if (stopping) return;
    console.error(`start: ${service.name} exited unexpectedly (${describeExit(status)})`);
    void shutdown(1);
  });
  return service;
}

/** The shared embedded MongoDB, durable in dbPath; returns its URL. */
async function startMongo(dbPath: string, port: number): Promise<string> {
  mkdirSync(dbPath, { recursive: true });
  const mongo = await startEmbeddedMongo({ port, dbPath });
  stopMongo = () => mongo.stop();
  console.log(`start: embedded MongoDB at ${mongo.url}, data in ${dbPath}`);
  return mongo.url;
}

async function main(): Promise<void> {
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));

  const config = loadStartConfig(process.env, existingSubgraphs());
  const missing = config.entries.filter((entry) => !existsSync(path.join(REPO_ROOT, entry)));
  if (missing.length > 0) throw new Error(`missing entry points: ${missing.join(', ')}`);
  const mongoUrl =
    config.mongoUrl ??
    (await startMongo(path.join(config.dataDir, 'mongo'), config.embeddedMongoPort));
  const identitySecret = config.identitySecret ?? randomBytes(32).toString('hex');
  const accessTokenKeys =
    config.accessTokenKeys ??
    generateKeyPairSync('ed25519', {
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });

  const { subgraphs, gateway } = config.plan({ mongoUrl, identitySecret, accessTokenKeys });
  const plans = gateway ? [...subgraphs, gateway] : subgraphs;
  const prefixWidth = Math.max(...plans.map((plan) => plan.name.length));
  const ready = (service: ServiceProcess, plan: ServicePlan) =>
    Promise.all(plan.readyUrls.map((url) => service.waitUntilReady(url, READY_TIMEOUT_MS)));
  await Promise.all(subgraphs.map((plan) => ready(launch(plan, prefixWidth), plan)));
  if (gateway) await ready(launch(gateway, prefixWidth), gateway);

  const gatewayUrl = `http://localhost:${config.gatewayPort}/graphql`;
  console.log(
    [
      '',
      `Dabba is up: ${config.subgraphNames.join(', ')} behind the gateway.`,
      config.amqpUrl
        ? '  Events: RabbitMQ (AMQP_URL)'
        : '  Events: in-process broker (set AMQP_URL to use RabbitMQ)',
      `  GraphQL endpoint: ${gatewayUrl}`,
      `  Apollo Sandbox:   ${gatewayUrl} (open it in a browser)`,
      `  Subscriptions:    ${gatewayUrl.replace(/^http/, 'ws')} (graphql-ws)`,
      '',
      'Try a federated query (stores from catalog, their organisations from users, and back):',
      `  curl -s ${gatewayUrl} -H 'content-type: application/json' \\`,
      `    -d '${JSON.stringify({ query: SAMPLE_QUERY.replace(/\s+/g, ' ') })}'`,
      '',
      `Event tooling: MONGODB_URL=${mongoUrl} pnpm events dead-letters <subgraph>`,
      '',
      'Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (stopping) return;
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  void shutdown(1);
});
