import os from 'node:os';
import { Long, ObjectId, type Document } from 'bson';
import { commandNotSupported } from '../errors';
import { MAX_BSON_OBJECT_SIZE, MAX_MESSAGE_SIZE_BYTES } from '../wire/protocol';
import { LOGICAL_SESSION_TIMEOUT_MINUTES } from '../sessions/sessions';
import type { CommandContext } from './context';

const VERSION = '7.0.0';
/** Constant: this node is the only member and never loses an election. */
const ELECTION_ID = new ObjectId('7fffffff0000000000000001');
const TERM = Long.fromNumber(1);

/**
 * hello / isMaster as a single-node replica-set primary. An awaitable hello (with
 * topologyVersion and maxAwaitTimeMS) waits that long first: our topology never changes.
 */
export async function hello(ctx: CommandContext): Promise<Document> {
  const { command, connection } = ctx;
  const maxAwaitTimeMS = command.maxAwaitTimeMS;
  if (command.topologyVersion !== undefined && typeof maxAwaitTimeMS === 'number') {
    await connection.sleep(maxAwaitTimeMS);
  }
  return helloReply(ctx);
}

function helloReply({ command, server, connection }: CommandContext): Document {
  const me = connection.localHostPort;
  const opTime = { ts: server.clock.now(), t: TERM };
  const now = new Date();
  const legacy = 'isMaster' in command || 'ismaster' in command;
  return {
    topologyVersion: { processId: server.processId, counter: Long.ZERO },
    hosts: [me],
    setName: server.setName,
    setVersion: 1,
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    secondary: false,
    primary: me,
    me,
    electionId: ELECTION_ID,
    lastWrite: { opTime, lastWriteDate: now, majorityOpTime: opTime, majorityWriteDate: now },
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: 100_000,
    localTime: now,
    logicalSessionTimeoutMinutes: LOGICAL_SESSION_TIMEOUT_MINUTES,
    connectionId: connection.id,
    minWireVersion: 0,
    maxWireVersion: 21,
    readOnly: false,
    ...(command.helloOk === true ? { helloOk: true } : {}),
    ok: 1,
  };
}

export function ping(): Document {
  return { ok: 1 };
}

export function buildInfo(): Document {
  return {
    version: VERSION,
    gitVersion: 'embedded',
    versionArray: [7, 0, 0, 0],
    bits: 64,
    debug: false,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    storageEngines: ['embedded'],
    modules: [],
    ok: 1,
  };
}

const PARAMETERS: Document = {
  featureCompatibilityVersion: { version: '7.0' },
  maxBSONDepth: 200,
};

export function getParameter(ctx: CommandContext): Document {
  const all = ctx.command.getParameter === '*';
  const reply: Document = {};
  const parameters = {
    ...PARAMETERS,
    transactionLifetimeLimitSeconds: ctx.server.transactionLifetimeLimitSeconds,
  };
  for (const [name, value] of Object.entries(parameters)) {
    if (all || name in ctx.command) reply[name] = value;
  }
  if (Object.keys(reply).length === 0)
    throw commandNotSupported('getParameter of these parameters');
  return { ...reply, ok: 1 };
}

export function getCmdLineOpts(): Document {
  return { argv: ['embedded-mongo'], parsed: {}, ok: 1 };
}

export function hostInfo(): Document {
  return {
    system: {
      currentTime: new Date(),
      hostname: os.hostname(),
      cpuAddrSize: 64,
      numCores: os.cpus().length,
      memSizeMB: Math.floor(os.totalmem() / 1024 / 1024),
    },
    os: { type: os.type(), name: os.platform(), version: os.release() },
    extra: {},
    ok: 1,
  };
}

export function serverStatus(ctx: CommandContext): Document {
  return {
    host: ctx.connection.localHostPort,
    version: VERSION,
    process: 'embedded-mongo',
    pid: Long.fromNumber(process.pid),
    uptime: Math.floor(process.uptime()),
    localTime: new Date(),
    connections: { current: ctx.server.connectionCount(), available: 1_000_000 },
    ok: 1,
  };
}
