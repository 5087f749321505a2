import { calculateObjectSize, type Document } from 'bson';
import { MongoServerFailure } from '../errors';
import { collectionArg, integerArg, type CommandContext } from './context';

interface Sizes {
  count: number;
  dataSize: number;
  indexNames: string[];
}

/** Document count and uncompressed BSON size of a collection (zeros when it does not exist). */
function sizesOf(ctx: CommandContext, collection: string): Sizes {
  const { engine } = ctx.server;
  const exists = engine.listCollections(ctx.db).some((info) => info.name === collection);
  if (!exists) return { count: 0, dataSize: 0, indexNames: [] };
  const docs = engine.find(ctx.db, collection, {}, ctx.txn);
  let dataSize = 0;
  for (const doc of docs) dataSize += calculateObjectSize(doc);
  const indexNames = engine.listIndexes(ctx.db, collection).map((spec) => spec.name);
  return { count: docs.length, dataSize, indexNames };
}

function scaleArg(ctx: CommandContext): number {
  const scale = integerArg(ctx, 'scale') ?? 1;
  if (scale < 1) throw new MongoServerFailure('BadValue', 'scale has to be >= 1');
  return scale;
}

/**
 * Sizes are the uncompressed BSON sizes of the documents, as MongoDB's `size`/`dataSize`. Memory
 * holds no compressed pages and the B-tree keys are not measured, so `storageSize` equals the
 * data size and index sizes are 0.
 */
export function dbStats(ctx: CommandContext): Document {
  const scale = scaleArg(ctx);
  const collections = ctx.server.engine.listCollections(ctx.db);
  let objects = 0;
  let bytes = 0;
  let indexes = 0;
  for (const { name } of collections) {
    const sizes = sizesOf(ctx, name);
    objects += sizes.count;
    bytes += sizes.dataSize;
    indexes += sizes.indexNames.length;
  }
  const dataSize = Math.floor(bytes / scale);
  return {
    db: ctx.db,
    collections: collections.length,
    views: 0,
    objects,
    avgObjSize: objects > 0 ? bytes / objects : 0,
    dataSize,
    storageSize: dataSize,
    indexes,
    indexSize: 0,
    totalSize: dataSize,
    scaleFactor: scale,
    ok: 1,
  };
}

export function collStats(ctx: CommandContext): Document {
  const collection = collectionArg(ctx, 'collStats');
  const scale = scaleArg(ctx);
  const { count, dataSize, indexNames } = sizesOf(ctx, collection);
  const size = Math.floor(dataSize / scale);
  return {
    ns: `${ctx.db}.${collection}`,
    size,
    count,
    ...(count > 0 ? { avgObjSize: Math.floor(dataSize / count) } : {}),
    storageSize: size,
    capped: false,
    nindexes: indexNames.length,
    totalIndexSize: 0,
    indexSizes: Object.fromEntries(indexNames.map((name) => [name, 0])),
    totalSize: size,
    scaleFactor: scale,
    ok: 1,
  };
}
