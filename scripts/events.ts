/**
 * `pnpm events`: operator tooling for a subgraph's event backbone, over its own database (the
 * running subgraph's relay does the publishing).
 *
 *   pnpm events dead-letters <subgraph> [--consumer <queue>] [--status dead|redelivered] [--limit 50]
 *   pnpm events redeliver <subgraph> (--id <id> ... | --consumer <queue> | --all) [--limit 1000]
 *   pnpm events replay <subgraph> --since <ISO time> [--until <ISO time>] [--type <type> ...]
 *                      [--consumer <queue>]
 *   pnpm events backlog <subgraph>
 *   pnpm events parked <subgraph> [--limit 50]
 *   pnpm events unpark <subgraph> (--id <id> ... | --all)
 *
 * MONGODB_URL names the MongoDB the subgraph uses (`pnpm start` prints the embedded one's).
 */
import { parseArgs } from 'node:util';
import { existingSubgraphs } from '@dabba/schema/subgraphs';
import {
  DeadLetterStore,
  Outbox,
  closeMongo,
  connectMongo,
  redeliverDeadLetters,
  type DeadLetter,
} from '@dabba/subgraph-kit';

const USAGE = `usage:
  pnpm events dead-letters <subgraph> [--consumer <queue>] [--status dead|redelivered] [--limit 50]
  pnpm events redeliver <subgraph> (--id <id> ... | --consumer <queue> | --all) [--limit 1000]
  pnpm events replay <subgraph> --since <ISO time> [--until <ISO time>] [--type <type> ...] [--consumer <queue>]
  pnpm events backlog <subgraph>
  pnpm events parked <subgraph> [--limit 50]
  pnpm events unpark <subgraph> (--id <id> ... | --all)
MONGODB_URL must name the subgraph's MongoDB.`;

class UsageError extends Error {}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    consumer: { type: 'string' },
    status: { type: 'string' },
    limit: { type: 'string' },
    id: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    since: { type: 'string' },
    until: { type: 'string' },
    type: { type: 'string', multiple: true },
  },
});

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new UsageError(`--${name} must be a positive integer`);
  return parsed;
}

function time(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime()))
    throw new UsageError(`--${name} must be an ISO date-time, got ${value}`);
  return parsed;
}

/** A consumer queue is `<subgraph>.<handler>`, owned by one of `owners`. */
function queueOf(owners: readonly string[]): string | undefined {
  const queue = values.consumer;
  if (queue !== undefined && !owners.some((owner) => queue.startsWith(`${owner}.`))) {
    throw new UsageError(
      `--consumer must be a queue of ${owners.join(' or ')} (<subgraph>.<handler>)`,
    );
  }
  return queue;
}

function printDeadLetters(letters: DeadLetter[]): void {
  if (letters.length === 0) {
    console.log('no dead letters');
    return;
  }
  for (const letter of letters) {
    console.log(
      [
        `${letter.id}  ${letter.status}  ${letter.deadAt.toISOString()}  ${letter.consumer}`,
        `  event ${letter.eventId ?? '(unreadable)'} ${letter.type ?? ''} after ${letter.attempts} attempt(s)`,
        `  reason: ${letter.reason}`,
      ].join('\n'),
    );
  }
}

async function main(): Promise<void> {
  const [command, subgraph] = positionals;
  if (!command || !subgraph) throw new UsageError('a command and a subgraph are required');
  const names = existingSubgraphs().map((info) => info.name);
  if (!names.includes(subgraph))
    throw new UsageError(`unknown subgraph ${subgraph}: one of ${names.join(', ')}`);
  const url = process.env.MONGODB_URL;
  if (!url) throw new UsageError('MONGODB_URL is not set');

  const db = await connectMongo({ url, dbName: `dabba_${subgraph}` });
  // Retention only shapes indexes, which the subgraph itself keeps in sync; tooling never syncs them.
  const stores = {
    outbox: new Outbox(db, { retentionSeconds: 0 }),
    deadLetters: new DeadLetterStore(db),
  };
  try {
    switch (command) {
      case 'dead-letters': {
        const status = values.status;
        if (status !== undefined && status !== 'dead' && status !== 'redelivered') {
          throw new UsageError('--status must be dead or redelivered');
        }
        const consumer = queueOf([subgraph]);
        printDeadLetters(
          await stores.deadLetters.list({
            ...(consumer ? { consumer } : {}),
            ...(status ? { status } : {}),
            limit: positiveInt(values.limit, 50, 'limit'),
          }),
        );
        return;
      }
      case 'redeliver': {
        const consumer = queueOf([subgraph]);
        const ids = values.id ?? [];
        if ([ids.length > 0, consumer !== undefined, values.all].filter(Boolean).length !== 1) {
          throw new UsageError('redeliver takes exactly one of --id, --consumer or --all');
        }
        const outcome = await redeliverDeadLetters(
          stores,
          ids.length > 0
            ? { ids }
            : {
                ...(consumer ? { consumer } : {}),
                limit: positiveInt(values.limit, 1000, 'limit'),
              },
        );
        console.log(`redelivered ${outcome.redelivered.length} dead letter(s)`);
        for (const { id, reason } of outcome.refused) console.log(`  not ${id}: ${reason}`);
        return;
      }
      case 'replay': {
        const since = time(values.since, 'since');
        if (!since) throw new UsageError('replay needs --since');
        const until = time(values.until, 'until');
        const consumer = queueOf(names);
        const count = await stores.outbox.requeueSent({
          since,
          ...(until ? { until } : {}),
          ...(values.type ? { types: values.type } : {}),
          ...(consumer ? { route: { queue: consumer } } : {}),
        });
        console.log(
          `requeued ${count} sent event(s) for ${consumer ?? 'every consumer bound to their types'}; ` +
            `the ${subgraph} relay publishes them again, and consumer inboxes drop what they already applied`,
        );
        return;
      }
      case 'backlog': {
        const { backlog, parked, oldestPendingAgeSeconds } = await stores.outbox.stats();
        console.log(
          `${backlog} event(s) waiting in the ${subgraph} outbox` +
            (backlog > 0 ? `, the oldest for ${oldestPendingAgeSeconds.toFixed(1)} s` : '') +
            (parked > 0 ? `; ${parked} parked (pnpm events parked ${subgraph})` : ''),
        );
        return;
      }
      case 'parked': {
        const parked = await stores.outbox.parked(positiveInt(values.limit, 50, 'limit'));
        for (const entry of parked) {
          const route = 'queue' in entry.route ? `queue ${entry.route.queue}` : 'exchange';
          console.log(
            `${entry.id}  ${entry.event.type}  to ${route}  refused ${entry.refusals}×: ${entry.lastError}`,
          );
        }
        console.log(`${parked.length} parked event(s) shown`);
        return;
      }
      case 'unpark': {
        if (Boolean(values.id) === values.all) {
          throw new UsageError('unpark takes exactly one of --id or --all');
        }
        const count = await stores.outbox.unpark(values.id);
        console.log(`${count} parked event(s) set pending again; the ${subgraph} relay sends them`);
        return;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } finally {
    await closeMongo();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`events: ${error.message}\n\n${USAGE}`);
  else console.error('events:', error);
  process.exit(1);
});
