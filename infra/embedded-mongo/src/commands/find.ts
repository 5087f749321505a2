import type { Document } from 'bson';
import { keyOf, compareValues } from '../engine/order';
import { MongoServerFailure } from '../errors';
import {
  batchSizeArg,
  collectionArg,
  cursorOwner,
  documentArg,
  integerArg,
  type CommandContext,
} from './context';
import { projectDocuments, sortDocuments, valuesAtPath } from './query';

/** Filtered, sorted, skipped and limited documents: the core of find, count and explain. */
export function findDocuments(
  ctx: CommandContext,
  collection: string,
  filter: Document,
  { sort, skip = 0, limit = 0 }: { sort?: Document; skip?: number; limit?: number },
): Document[] {
  if (skip < 0) throw new MongoServerFailure('BadValue', 'skip value must be non-negative');
  const hint = ctx.command.hint as string | Document | undefined;
  const sorted = sort !== undefined && Object.keys(sort).length > 0;
  const scanLimit = !sorted && limit > 0 ? skip + limit : undefined;
  let docs = ctx.server.engine.find(ctx.db, collection, filter, ctx.txn, {
    ...(scanLimit !== undefined ? { limit: scanLimit } : {}),
    ...(hint !== undefined ? { hint } : {}),
  });
  if (sorted) docs = sortDocuments(docs, sort);
  if (skip > 0 || limit > 0) docs = docs.slice(skip, limit > 0 ? skip + limit : undefined);
  return docs;
}

export function find(ctx: CommandContext): Document {
  const collection = collectionArg(ctx, 'find');
  const filter = documentArg(ctx, 'filter') ?? {};
  const rawLimit = integerArg(ctx, 'limit') ?? 0;
  const projection = documentArg(ctx, 'projection');
  let docs = findDocuments(ctx, collection, filter, {
    sort: documentArg(ctx, 'sort'),
    skip: integerArg(ctx, 'skip'),
    limit: Math.abs(rawLimit),
  });
  if (projection) docs = projectDocuments(docs, projection, filter);
  const batchSize = batchSizeArg(ctx);
  return ctx.server.cursors.open(`${ctx.db}.${collection}`, docs, {
    ...(batchSize !== undefined ? { batchSize } : {}),
    singleBatch: ctx.command.singleBatch === true || rawLimit < 0,
    ...cursorOwner(ctx),
  });
}

export function count(ctx: CommandContext): Document {
  const collection = collectionArg(ctx, 'count');
  const docs = findDocuments(ctx, collection, documentArg(ctx, 'query') ?? {}, {
    skip: integerArg(ctx, 'skip'),
    limit: Math.abs(integerArg(ctx, 'limit') ?? 0),
  });
  return { n: docs.length, ok: 1 };
}

export function distinct(ctx: CommandContext): Document {
  const collection = collectionArg(ctx, 'distinct');
  const key = ctx.command.key;
  if (typeof key !== 'string') {
    throw new MongoServerFailure(
      'TypeMismatch',
      "BSON field 'distinct.key' is missing or not a string",
    );
  }
  const path = key.split('.');
  const seen = new Map<string, unknown>();
  for (const doc of findDocuments(ctx, collection, documentArg(ctx, 'query') ?? {}, {})) {
    for (const value of valuesAtPath(doc, path)) {
      if (value === undefined) continue;
      const id = keyOf(value);
      if (!seen.has(id)) seen.set(id, value);
    }
  }
  return { values: [...seen.values()].sort(compareValues), ok: 1 };
}
