/**
 * A consumer process that is killed (SIGKILL) right after it has applied its first event and
 * before it acknowledges it: RabbitMQ must redeliver, and the inbox must absorb the redelivery.
 */
import { connectMongo } from '../../mongo';
import { rabbitmqTransport } from '../rabbitmq-transport';
import { countingConsumer, startTestEvents } from './backbone';
import { crashAfterHandling } from './crash-after-handling';

async function main(): Promise<void> {
  const { MONGODB_URL, AMQP_URL, EXCHANGE, SUBGRAPH } = process.env;
  if (!MONGODB_URL || !AMQP_URL || !EXCHANGE || !SUBGRAPH) throw new Error('missing environment');
  const db = await connectMongo({ url: MONGODB_URL, dbName: SUBGRAPH });
  const consumer = countingConsumer(db);
  const transport = crashAfterHandling(
    rabbitmqTransport({ url: AMQP_URL, exchange: EXCHANGE }),
    `${SUBGRAPH}.${consumer.name}`,
    () => process.kill(process.pid, 'SIGKILL'),
  );
  const events = await startTestEvents({ subgraph: SUBGRAPH, db, transport });
  await events.consume([consumer]);
  process.stdout.write('ready\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
