import { ObjectId, type Document } from 'bson';
import { keyOf } from '../engine/order';
import { MongoServerFailure } from '../errors';
import { collectionArg, type CommandContext } from './context';
import { runBatch, statementsArg } from './statements';
import { applyUpdate, upsertDocument, validateUpdate } from './update-apply';

function withWriteErrors(reply: Document, writeErrors: Document[]): Document {
  return writeErrors.length > 0 ? { ...reply, writeErrors, ok: 1 } : { ...reply, ok: 1 };
}

/** MongoDB stores `_id` first and generates an ObjectId when the client sent none. */
function withId(doc: Document): Document {
  if (doc._id === undefined) return { _id: new ObjectId(), ...doc };
  if (Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

export async function insert(ctx: CommandContext): Promise<Document> {
  const collection = collectionArg(ctx, 'insert');
  const documents = statementsArg(ctx, 'documents');
  let n = 0;
  const writeErrors = await runBatch(ctx, documents, (doc) => {
    ctx.server.engine.insert(ctx.db, collection, withId(doc), ctx.txn);
    n += 1;
  });
  return withWriteErrors({ n }, writeErrors);
}

interface UpdateStatement {
  q?: Document;
  u?: Document | Document[];
  upsert?: boolean;
  multi?: boolean;
  arrayFilters?: Document[];
  hint?: string | Document;
}

export async function update(ctx: CommandContext): Promise<Document> {
  const collection = collectionArg(ctx, 'update');
  const statements = statementsArg(ctx, 'updates') as UpdateStatement[];
  const { engine } = ctx.server;
  let n = 0;
  let nModified = 0;
  const upserted: Document[] = [];
  // A multi update that waited for a transaction runs again: it must skip what it already updated.
  const updated = new Set<string>();
  const writeErrors = await runBatch(ctx, statements, (statement, index) => {
    const filter = statement.q ?? {};
    const u = statement.u;
    if (u === undefined)
      throw new MongoServerFailure(
        'FailedToParse',
        "BSON field 'update.updates.u' is missing but a required field",
      );
    const kind = validateUpdate(u);
    if (statement.multi && kind === 'replacement') {
      throw new MongoServerFailure(
        'FailedToParse',
        'multi update is not supported for replacement-style update',
      );
    }
    const arrayFilters = statement.arrayFilters;
    const docs = engine.find(ctx.db, collection, filter, ctx.txn, {
      ...(statement.multi ? {} : { limit: 1 }),
      ...(statement.hint !== undefined ? { hint: statement.hint } : {}),
    });
    if (docs.length === 0 && statement.upsert) {
      const doc = upsertDocument(filter, u, kind, arrayFilters);
      engine.insert(ctx.db, collection, doc, ctx.txn);
      n += 1;
      upserted.push({ index, _id: doc._id });
      return;
    }
    for (const doc of docs) {
      const id = doc._id;
      const updateKey = `${index}|${keyOf(id)}`;
      if (updated.has(updateKey)) continue;
      const applied = applyUpdate(doc, u, kind, {
        filter,
        inserting: false,
        ...(arrayFilters ? { arrayFilters } : {}),
      });
      if (applied.modified) engine.replace(ctx.db, collection, id, applied.doc, ctx.txn);
      n += 1;
      if (applied.modified) nModified += 1;
      if (statement.multi) updated.add(updateKey);
    }
  });
  const reply: Document = { n, nModified };
  if (upserted.length > 0) reply.upserted = upserted;
  return withWriteErrors(reply, writeErrors);
}

export async function remove(ctx: CommandContext): Promise<Document> {
  const collection = collectionArg(ctx, 'delete');
  const statements = statementsArg(ctx, 'deletes');
  const { engine } = ctx.server;
  let n = 0;
  const writeErrors = await runBatch(ctx, statements, (statement) => {
    const limit = statement.limit;
    if (limit !== 0 && limit !== 1) {
      throw new MongoServerFailure(
        'FailedToParse',
        `The limit field in delete objects must be 0 or 1. Got ${String(limit)}`,
      );
    }
    const filter = (statement.q as Document | undefined) ?? {};
    const hint = statement.hint as string | Document | undefined;
    const docs = engine.find(ctx.db, collection, filter, ctx.txn, {
      ...(limit === 1 ? { limit: 1 } : {}),
      ...(hint !== undefined ? { hint } : {}),
    });
    for (const doc of docs) {
      if (engine.remove(ctx.db, collection, doc._id, ctx.txn)) n += 1;
    }
  });
  return withWriteErrors({ n }, writeErrors);
}
