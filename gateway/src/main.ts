import { ConfigError, createLogger } from '@dabba/subgraph-kit';
import { startGateway } from './index';

/** Startup and shutdown events, as JSON lines like the rest of the gateway's logs. */
const logger = createLogger('gateway', process.env.LOG_LEVEL || 'info');

async function main(): Promise<void> {
  const gateway = await startGateway();
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    gateway.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'unclean shutdown');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal({ issues: error.issues }, 'invalid configuration');
  else logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
});
