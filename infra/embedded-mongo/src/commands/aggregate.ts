import { Aggregator } from 'mingo';
import type { Document } from 'bson';
import { commandNotSupported, MongoServerFailure } from '../errors';
import { cursorOwner, documentArg, type CommandContext } from './context';
import { sortDocuments } from './query';

const SUPPORTED_STAGES = new Set([
  '$match',
  '$group',
  '$sort',
  '$limit',
  '$skip',
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$unwind',
  '$lookup',
  '$facet',
  '$count',
  '$sortByCount',
  '$replaceRoot',
  '$replaceWith',
]);

function stageName(stage: unknown): string {
  const keys = stage && typeof stage === 'object' ? Object.keys(stage) : [];
  if (keys.length !== 1) {
    throw new MongoServerFailure(
      'Location16755',
      'A pipeline stage specification object must contain exactly one field.',
    );
  }
  return keys[0] as string;
}

/** Every stage, including those nested in $facet and $lookup pipelines, must be one we run. */
function checkStages(pipeline: Document[]): void {
  for (const stage of pipeline) {
    const name = stageName(stage);
    if (!SUPPORTED_STAGES.has(name)) throw commandNotSupported(`aggregation stage ${name}`);
    const spec = stage[name] as Document;
    if (name === '$facet') for (const sub of Object.values(spec)) checkStages(sub as Document[]);
    if (name === '$lookup' && Array.isArray(spec.pipeline))
      checkStages(spec.pipeline as Document[]);
  }
}

/**
 * aggregate over a collection. A leading $match runs in the engine (so it can use an index), a
 * $sort right after it uses the server's value order; mingo runs the rest, reading $lookup's
 * foreign collections through the engine in the command's transaction.
 */
export function aggregate(ctx: CommandContext): Document {
  const collection = ctx.command.aggregate;
  if (typeof collection !== 'string') throw commandNotSupported('collection-less aggregate');
  const pipeline = ctx.command.pipeline;
  if (!Array.isArray(pipeline)) {
    throw new MongoServerFailure('TypeMismatch', "'pipeline' option must be specified as an array");
  }
  if (ctx.command.explain === true) throw commandNotSupported('aggregate explain');
  const cursor = documentArg(ctx, 'cursor');
  if (!cursor) {
    throw new MongoServerFailure(
      'FailedToParse',
      "The 'cursor' option is required, except for aggregate with the explain argument",
    );
  }
  checkStages(pipeline as Document[]);
  const { engine } = ctx.server;
  let rest = pipeline as Document[];
  let filter: Document = {};
  if (rest[0]?.$match) {
    filter = rest[0].$match as Document;
    rest = rest.slice(1);
  }
  const hint = ctx.command.hint as string | Document | undefined;
  let docs = engine.find(ctx.db, collection, filter, ctx.txn, hint !== undefined ? { hint } : {});
  if (rest[0]?.$sort) {
    docs = sortDocuments(docs, rest[0].$sort as Document);
    rest = rest.slice(1);
  }
  let results: Document[];
  try {
    results = new Aggregator(rest, {
      scriptEnabled: false,
      collectionResolver: (name: string) => engine.find(ctx.db, name, {}, ctx.txn),
    }).run(docs) as Document[];
  } catch (error) {
    throw new MongoServerFailure('BadValue', (error as Error).message);
  }
  const batchSize = cursor.batchSize;
  return ctx.server.cursors.open(`${ctx.db}.${collection}`, results, {
    ...(typeof batchSize === 'number' ? { batchSize } : {}),
    ...cursorOwner(ctx),
  });
}
