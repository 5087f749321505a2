import { deserialize, serialize, type Document } from 'bson';
import { MongoServerFailure } from '../errors';
import { collectionArg, documentArg, type CommandContext } from './context';
import { findDocuments } from './find';
import { projectDocuments } from './query';
import { runStatement } from './statements';
import { applyUpdate, upsertDocument, validateUpdate } from './update-apply';

function project(
  doc: Document | null,
  fields: Document | undefined,
  filter: Document,
): Document | null {
  if (!doc || !fields) return doc;
  return projectDocuments([doc], fields, filter)[0] ?? null;
}

/** findAndModify: one document found (by `sort`), then updated, upserted or removed atomically. */
export async function findAndModify(ctx: CommandContext): Promise<Document> {
  const collection = collectionArg(ctx, 'findAndModify');
  const filter = documentArg(ctx, 'query') ?? {};
  const sort = documentArg(ctx, 'sort');
  const fields = documentArg(ctx, 'fields');
  const {
    remove,
    upsert,
    new: returnNew,
    arrayFilters,
  } = ctx.command as {
    remove?: boolean;
    upsert?: boolean;
    new?: boolean;
    arrayFilters?: Document[];
  };
  const update = ctx.command.update as Document | Document[] | undefined;
  if (remove && update !== undefined) {
    throw new MongoServerFailure('FailedToParse', 'Cannot specify both an update and remove=true');
  }
  if (!remove && update === undefined) {
    throw new MongoServerFailure(
      'FailedToParse',
      'Either an update or remove=true must be specified',
    );
  }
  if (remove && upsert) {
    throw new MongoServerFailure(
      'FailedToParse',
      'Cannot specify both upsert=true and remove=true',
    );
  }
  if (remove && returnNew) {
    throw new MongoServerFailure(
      'FailedToParse',
      "Cannot specify both new=true and remove=true; 'remove' always returns the deleted document",
    );
  }
  const kind = update === undefined ? undefined : validateUpdate(update);
  const { engine } = ctx.server;

  return runStatement(ctx, () => {
    const found = findDocuments(ctx, collection, filter, {
      ...(sort ? { sort } : {}),
      limit: 1,
    })[0];
    if (remove || update === undefined || kind === undefined) {
      if (found) engine.remove(ctx.db, collection, found._id, ctx.txn);
      return {
        lastErrorObject: { n: found ? 1 : 0 },
        value: project(found ?? null, fields, filter),
        ok: 1,
      };
    }
    if (found) {
      const before = returnNew ? undefined : deserialize(serialize(found));
      const applied = applyUpdate(found, update, kind, {
        filter,
        inserting: false,
        ...(arrayFilters ? { arrayFilters } : {}),
      });
      if (applied.modified) engine.replace(ctx.db, collection, found._id, applied.doc, ctx.txn);
      return {
        lastErrorObject: { n: 1, updatedExisting: true },
        value: project(before ?? applied.doc, fields, filter),
        ok: 1,
      };
    }
    if (!upsert) {
      return { lastErrorObject: { n: 0, updatedExisting: false }, value: null, ok: 1 };
    }
    const doc = upsertDocument(filter, update, kind, arrayFilters);
    engine.insert(ctx.db, collection, doc, ctx.txn);
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: doc._id },
      value: returnNew ? project(doc, fields, filter) : null,
      ok: 1,
    };
  });
}
