/**
 * A benchmark client process: its own mongoose connection, driven over IPC by `mongo.bench.ts`.
 * Messages in: `init` (connect), `run` (one timed closed-loop run), `stop`. Each is answered
 * with `ready`, the run's result, or an error.
 */
import mongoose, { Types } from 'mongoose';
import { runFor } from './measure';
import { operationsFor, type OperationName } from './operations';

export type ClientRequest =
  | { type: 'init'; url: string; dbName: string; ids: string[] }
  | { type: 'run'; operation: OperationName; concurrency: number; durationMs: number }
  | { type: 'stop' };

export type ClientReply =
  | { type: 'ready' }
  | { type: 'result'; opsPerSecond: number; latencies: number[] }
  | { type: 'error'; message: string };

let conn: mongoose.Connection | undefined;
let operations: ReturnType<typeof operationsFor> | undefined;

function reply(message: ClientReply): void {
  process.send?.(message);
}

async function handle(request: ClientRequest): Promise<void> {
  switch (request.type) {
    case 'init':
      conn = await mongoose
        .createConnection(request.url, { dbName: request.dbName, maxPoolSize: 64 })
        .asPromise();
      operations = operationsFor(
        conn,
        request.ids.map((id) => new Types.ObjectId(id)),
      );
      reply({ type: 'ready' });
      return;
    case 'run': {
      if (!operations) throw new Error('run before init');
      const result = await runFor(
        request.durationMs,
        request.concurrency,
        operations[request.operation],
      );
      reply({ type: 'result', ...result });
      return;
    }
    case 'stop':
      await conn?.close();
      process.disconnect();
  }
}

process.on('message', (request: ClientRequest) => {
  handle(request).catch((error: unknown) => {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  });
});
process.on('disconnect', () => process.exit(0));
