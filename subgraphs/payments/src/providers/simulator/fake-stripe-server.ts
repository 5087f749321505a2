import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SimulatedStripe, type SimulatorOptions } from './simulated-stripe';
import { StripeApi } from './stripe-api';

/** One request as the server saw it, for tests that assert on retries and idempotency keys. */
export interface RecordedAttempt {
  method: string;
  path: string;
  idempotencyKey?: string;
  /** `dropped`: the connection was closed without a response. */
  outcome: 'handled' | 'replayed' | 'dropped';
  status?: number;
}

/**
 * When a dropped connection happens: before the request is handled (it never reached Stripe) or
 * after (Stripe acted on it but the response was lost).
 */
export type DropStage = 'before_handling' | 'after_handling';

export interface FakeStripeServer {
  /** The SDK's `host`, `port` and `protocol` options that point it at this server. */
  readonly host: string;
  readonly port: number;
  readonly protocol: 'http';
  readonly simulator: SimulatedStripe;
  readonly attempts: readonly RecordedAttempt[];
  /** Closes the connection of the next `count` requests instead of answering them. */
  dropConnections(count: number, stage: DropStage): void;
  close(): Promise<void>;
}

/**
 * A local HTTP server that speaks Stripe's API (see StripeApi) over an in-memory SimulatedStripe,
 * so the real stripe SDK can be tested without the network. It listens on 127.0.0.1 and a free
 * port unless one is given. Test infrastructure: it holds nothing after close.
 */
export async function startFakeStripeServer(
  options: SimulatorOptions & { port?: number } = {},
): Promise<FakeStripeServer> {
  const simulator = new SimulatedStripe(options);
  const api = new StripeApi(simulator);
  const attempts: RecordedAttempt[] = [];
  let drops: { count: number; stage: DropStage } = { count: 0, stage: 'before_handling' };

  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const idempotencyKey = single(req.headers['idempotency-key']);
      const attempt = {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').split('?')[0]!,
        idempotencyKey,
      };
      const drop = drops.count > 0 ? drops.stage : undefined;
      if (drop) drops = { ...drops, count: drops.count - 1 };
      if (drop === 'before_handling') {
        attempts.push({ ...attempt, outcome: 'dropped' });
        return req.socket.destroy();
      }
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([name, value]) => [name, single(value)]),
      );
      const response = api.handle({ method: attempt.method, url: req.url ?? '/', headers, body });
      if (drop === 'after_handling') {
        attempts.push({ ...attempt, outcome: 'dropped', status: response.status });
        return req.socket.destroy();
      }
      attempts.push({
        ...attempt,
        outcome: response.replayed ? 'replayed' : 'handled',
        status: response.status,
      });
      res.writeHead(response.status, response.headers).end(response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    host: '127.0.0.1',
    port,
    protocol: 'http',
    simulator,
    attempts,
    dropConnections(count, stage) {
      drops = { count, stage };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
