import { randomBytes } from 'node:crypto';
import { MongoClient, type Db, type Document, type ObjectId } from 'mongodb';
import mongoose, { type Connection } from 'mongoose';
import { startEmbeddedMongo } from '../src/index';

/**
 * The conformance suite runs against MONGODB_URL when it is set (a real MongoDB 7 replica set) and
 * against an in-process embedded server otherwise. Every expectation in the suite must hold for
 * both; what only the embedded server can do is fenced by `describeEmbeddedOnly`.
 */
export type EmbeddedOptions = NonNullable<Parameters<typeof startEmbeddedMongo>[0]>;
export type EmbeddedServer = Awaited<ReturnType<typeof startEmbeddedMongo>>;

/** A schemaless collection type whose _id may be any of the scalar ids the suite uses. */
export type Loose = Document & { _id?: string | number | ObjectId };

export interface Target {
  kind: 'embedded' | 'external';
  url: string;
  /** The address the driver dials first: raw-socket tests connect here. */
  host: string;
  port: number;
  stop(): Promise<void>;
}

export interface TestContext {
  target: Target;
  client: MongoClient;
  /** This test file's own database, dropped after the file. */
  db: Db;
  dbName: string;
  /** A mongoose connection (not the global one) to the same database. */
  conn: Connection;
}

const externalUrl = process.env.MONGODB_URL;
const targetsEmbedded = externalUrl === undefined || externalUrl === '';

/** Fail fast instead of hanging a test for the driver's default 30 s. */
export const clientOptions = { serverSelectionTimeoutMS: 5000, monitorCommands: true } as const;

let announced = false;

function announce(message: string): void {
  if (announced) return;
  announced = true;
  console.log(`[embedded-mongo conformance] target: ${message}`);
}

/** Starts an embedded server on an ephemeral loopback port. */
export function startEmbedded(options: EmbeddedOptions = {}): Promise<EmbeddedServer> {
  return startEmbeddedMongo({ host: '127.0.0.1', port: 0, ...options });
}

async function connectTarget(): Promise<Target> {
  if (!targetsEmbedded && externalUrl) {
    const first = new MongoClient(externalUrl).options.hosts[0];
    announce(`MONGODB_URL (${first?.toString() ?? 'unknown host'})`);
    return {
      kind: 'external',
      url: externalUrl,
      host: first?.host ?? '127.0.0.1',
      port: first?.port ?? 27017,
      stop: async () => undefined,
    };
  }
  const server = await startEmbedded();
  announce(`embedded server at ${server.host}:${server.port}`);
  return {
    kind: 'embedded',
    url: server.url,
    host: server.host,
    port: server.port,
    stop: server.stop,
  };
}

function databaseName(label: string): string {
  return `conf_${label.replace(/[^a-z0-9]/gi, '_')}_${randomBytes(4).toString('hex')}`;
}

/**
 * Registers beforeAll/afterAll hooks that connect to the target, hand this file a fresh database,
 * and drop it afterwards. The returned object is filled in by beforeAll.
 */
export function useTestDatabase(label: string): TestContext {
  const context = {} as TestContext;

  beforeAll(async () => {
    context.target = await connectTarget();
    context.dbName = databaseName(label);
    context.client = await new MongoClient(context.target.url, clientOptions).connect();
    context.db = context.client.db(context.dbName);
    context.conn = await mongoose
      .createConnection(context.target.url, { dbName: context.dbName, ...clientOptions })
      .asPromise();
  });

  afterAll(async () => {
    await context.db?.dropDatabase();
    await context.conn?.close();
    await context.client?.close();
    await context.target?.stop();
  });

  return context;
}

/**
 * A describe block for behaviour only the embedded server offers (restarts on a dbPath, raw
 * malformed frames, shortened timers). Against MONGODB_URL it is skipped, loudly.
 */
export function describeEmbeddedOnly(name: string, reason: string, body: () => void): void {
  if (targetsEmbedded) {
    describe(name, body);
    return;
  }
  // Straight to stderr: jest drops console output of a file whose tests are all skipped.
  process.stderr.write(
    `[embedded-mongo conformance] skipping "${name}" on MONGODB_URL: ${reason}\n`,
  );
  describe.skip(name, body);
}

/** Polls until `probe` returns true; for effects that a background monitor applies eventually. */
export async function eventually(
  probe: () => Promise<boolean>,
  { timeoutMs = 5000, intervalMs = 50 } = {},
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Record<string, unknown>;
  }
  throw new Error('expected the operation to fail, but it succeeded');
}
