import { Query } from 'mingo';
import type { Document } from 'bson';
import { compareValues } from '../engine/order';
import type { IndexSpec } from '../engine/types';
import { commandNotSupported, MongoServerFailure } from '../errors';
import {
  collectionArg,
  cursorOwner,
  documentArg,
  type CommandContext,
  type CursorOwner,
} from './context';
import { isEnvelopeField } from './envelope';

function matching<T extends Document>(items: T[], filter: Document | undefined): T[] {
  if (!filter || Object.keys(filter).length === 0) return items;
  const query = new Query(filter, { scriptEnabled: false });
  return items.filter((item) => query.test(item));
}

function cursorOptions(ctx: CommandContext): CursorOwner & { batchSize?: number } {
  const batchSize = documentArg(ctx, 'cursor')?.batchSize;
  return {
    ...(typeof batchSize === 'number' ? { batchSize } : {}),
    ...cursorOwner(ctx),
  };
}

export function listDatabases(ctx: CommandContext): Document {
  const databases = matching(
    ctx.server.engine.listDatabases().map((info) => ({ ...info })),
    documentArg(ctx, 'filter'),
  );
  if (ctx.command.nameOnly === true) {
    return { databases: databases.map(({ name }) => ({ name })), ok: 1 };
  }
  const totalSize = databases.reduce((sum, db) => sum + db.sizeOnDisk, 0);
  return { databases, totalSize, totalSizeMb: Math.floor(totalSize / 1024 / 1024), ok: 1 };
}

export function listCollections(ctx: CommandContext): Document {
  const nameOnly = ctx.command.nameOnly === true;
  const infos = matching(
    ctx.server.engine.listCollections(ctx.db).map((info) => ({ ...info }) as Document),
    documentArg(ctx, 'filter'),
  );
  const docs = nameOnly ? infos.map(({ name, type }) => ({ name, type })) : infos;
  return ctx.server.cursors.open(`${ctx.db}.$cmd.listCollections`, docs, cursorOptions(ctx));
}

const UNSUPPORTED_CREATE_OPTIONS = [
  'capped',
  'viewOn',
  'pipeline',
  'timeseries',
  'validator',
  'clusteredIndex',
  'changeStreamPreAndPostImages',
  'encryptedFields',
];

export function create(ctx: CommandContext): Document {
  const name = collectionArg(ctx, 'create');
  const options: Document = {};
  for (const [field, value] of Object.entries(ctx.command)) {
    if (field === 'create' || isEnvelopeField(field)) continue;
    if (UNSUPPORTED_CREATE_OPTIONS.includes(field))
      throw commandNotSupported(`create option '${field}'`);
    options[field] = value;
  }
  const { engine } = ctx.server;
  const existing = engine.listCollections(ctx.db).find((info) => info.name === name);
  // MongoDB 7 accepts a repeated create whose options match the existing collection.
  if (existing && compareValues(existing.options, options) === 0) return { ok: 1 };
  engine.createCollection(ctx.db, name, options);
  return { ok: 1 };
}

export function drop(ctx: CommandContext): Document {
  const name = collectionArg(ctx, 'drop');
  const { engine } = ctx.server;
  const exists = engine.listCollections(ctx.db).some((info) => info.name === name);
  const nIndexesWas = exists ? engine.listIndexes(ctx.db, name).length : 0;
  if (!engine.dropCollection(ctx.db, name))
    throw new MongoServerFailure('NamespaceNotFound', 'ns not found');
  return { nIndexesWas, ns: `${ctx.db}.${name}`, ok: 1 };
}

export function dropDatabase(ctx: CommandContext): Document {
  ctx.server.engine.dropDatabase(ctx.db);
  return { ok: 1 };
}

function splitNamespace(value: unknown, field: string): [string, string] {
  const dot = typeof value === 'string' ? value.indexOf('.') : -1;
  if (typeof value !== 'string' || dot <= 0 || dot === value.length - 1) {
    throw new MongoServerFailure(
      'InvalidNamespace',
      `Invalid ${field} namespace: ${String(value)}`,
    );
  }
  return [value.slice(0, dot), value.slice(dot + 1)];
}

export function renameCollection(ctx: CommandContext): Document {
  if (ctx.db !== 'admin') {
    throw new MongoServerFailure(
      'Unauthorized',
      'renameCollection may only be run against the admin database.',
    );
  }
  const [fromDb, from] = splitNamespace(ctx.command.renameCollection, 'source');
  const [toDb, to] = splitNamespace(ctx.command.to, 'target');
  ctx.server.engine.renameCollection(fromDb, from, toDb, to, ctx.command.dropTarget === true);
  return { ok: 1 };
}

export function collMod(ctx: CommandContext): Document {
  const name = collectionArg(ctx, 'collMod');
  const options: Document = {};
  for (const [field, value] of Object.entries(ctx.command)) {
    if (field !== 'collMod' && !isEnvelopeField(field)) options[field] = value;
  }
  return { ...ctx.server.engine.collMod(ctx.db, name, options), ok: 1 };
}

function indexSpec(raw: unknown): IndexSpec {
  const spec = raw as Document;
  if (!spec || typeof spec !== 'object' || !spec.key || typeof spec.key !== 'object') {
    throw new MongoServerFailure(
      'FailedToParse',
      "The 'key' field is a required property of an index specification",
    );
  }
  if (typeof spec.name !== 'string' || spec.name.length === 0) {
    throw new MongoServerFailure(
      'FailedToParse',
      "The 'name' field is a required property of an index specification",
    );
  }
  return spec as IndexSpec;
}

export function createIndexes(ctx: CommandContext): Document {
  const name = collectionArg(ctx, 'createIndexes');
  const indexes = ctx.command.indexes;
  if (!Array.isArray(indexes) || indexes.length === 0) {
    throw new MongoServerFailure('BadValue', 'Must specify at least one index to create');
  }
  const result = ctx.server.engine.createIndexes(ctx.db, name, indexes.map(indexSpec));
  const note =
    result.numIndexesAfter === result.numIndexesBefore ? { note: 'all indexes already exist' } : {};
  return { ...result, ...note, ok: 1 };
}

export function listIndexes(ctx: CommandContext): Document {
  const name = collectionArg(ctx, 'listIndexes');
  const specs = ctx.server.engine.listIndexes(ctx.db, name).map((spec) => ({ v: 2, ...spec }));
  return ctx.server.cursors.open(`${ctx.db}.${name}`, specs, cursorOptions(ctx));
}

function sameKey(a: Document, b: Document): boolean {
  const left = Object.entries(a);
  const right = Object.entries(b);
  return (
    left.length === right.length &&
    left.every(([k, v], i) => right[i]?.[0] === k && right[i]?.[1] === v)
  );
}

export function dropIndexes(ctx: CommandContext): Document {
  const name = collectionArg(ctx, 'dropIndexes');
  const { engine } = ctx.server;
  const index = ctx.command.index;
  let names: '*' | string[];
  if (index === '*') names = '*';
  else if (typeof index === 'string') names = [index];
  else if (Array.isArray(index)) names = index.map(String);
  else if (index && typeof index === 'object') {
    const found = engine
      .listIndexes(ctx.db, name)
      .find((spec) => sameKey(spec.key, index as Document));
    if (!found) {
      throw new MongoServerFailure(
        'IndexNotFound',
        `can't find index with key: ${JSON.stringify(index)}`,
      );
    }
    names = [found.name];
  } else {
    throw new MongoServerFailure(
      'TypeMismatch',
      "BSON field 'dropIndexes.index' must be a string, array or object",
    );
  }
  if (names !== '*' && names.includes('_id_')) {
    throw new MongoServerFailure('InvalidOptions', 'cannot drop _id index');
  }
  return { nIndexesWas: engine.dropIndexes(ctx.db, name, names), ok: 1 };
}
