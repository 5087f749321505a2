import { Schema, type Connection, type Model, type mongo } from 'mongoose';

/**
 * Orders, carts and quotes are stored whole, as the domain shapes them (`_id` for `id`): the
 * domain validates them, so mongoose only declares the collections and their indexes, and reads
 * and writes go through the driver without per-field casting.
 */
export interface StoredCollection<T extends { _id: string }> {
  /** Syncs the collection and its indexes. */
  sync(): Promise<void>;
  /** The driver's collection, typed by what is stored. */
  collection: mongo.Collection<T>;
}

export function storedCollection<T extends { _id: string }>(
  db: Connection,
  name: string,
  collection: string,
  indexes: [Record<string, 1 | -1>, { unique?: boolean; name: string }?][],
): StoredCollection<T> {
  let model = db.models[name] as Model<unknown> | undefined;
  if (!model) {
    const schema = new Schema(
      { _id: { type: String, required: true } },
      { collection, versionKey: false, strict: false },
    );
    for (const [fields, options] of indexes) schema.index(fields, options);
    model = db.model(name, schema) as unknown as Model<unknown>;
  }
  const declared = model;
  return {
    sync: async () => {
      await declared.createCollection();
      await declared.syncIndexes();
    },
    collection: declared.collection as unknown as mongo.Collection<T>,
  };
}

/** `{ _id, …rest }` → `{ id, …rest }`. */
export function fromDocument<T extends { id: string }>(doc: unknown): T {
  const { _id, ...rest } = doc as { _id: string } & Record<string, unknown>;
  return { id: _id, ...rest } as unknown as T;
}

/** `{ id, …rest }` → `{ _id, …rest }`. */
export function toDocument<T extends { id: string }>(value: T): { _id: string } & Omit<T, 'id'> {
  const { id, ...rest } = value;
  return { _id: id, ...rest };
}

export const isDuplicateKey = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
