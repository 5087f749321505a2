import { parseArgs } from 'node:util';
import { startEmbeddedMongo } from './index';

/**
 * `tsx src/cli.ts --port <p> [--host <h>] [--dbpath <dir>]`: serve until SIGINT or SIGTERM, or
 * until the parent that forked it goes away.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '27017' },
      host: { type: 'string', default: '127.0.0.1' },
      dbpath: { type: 'string' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be an integer from 0 to 65535, got ${values.port}`);
  }
  const server = await startEmbeddedMongo({
    port,
    host: values.host,
    ...(values.dbpath !== undefined ? { dbPath: values.dbpath } : {}),
  });
  console.log(server.url);
  const shutdown = (): void => {
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('embedded-mongo: failed to stop cleanly', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // Forked by a parent (the benchmark): stop with it rather than outlive it.
  process.once('disconnect', shutdown);
}

main().catch((error: unknown) => {
  console.error('embedded-mongo:', error instanceof Error ? error.message : error);
  process.exit(1);
});
