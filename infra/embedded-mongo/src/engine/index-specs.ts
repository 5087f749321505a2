/** Validation of index specifications and detection of conflicts with existing indexes. */
import { commandNotSupported, MongoServerFailure } from '../errors';
import { formatDocument } from './keys';
import { keyOf } from './order';
import type { SecondaryIndex } from './secondary-index';
import type { IndexSpec } from './types';

/** The spec as stored and listed: `v` first, then key and name, then the options given. */
export function normalizeSpec(spec: IndexSpec): IndexSpec {
  const { name, key, v: _version, ...options } = spec;
  if (typeof name !== 'string' || name.length === 0) {
    throw new MongoServerFailure(
      'BadValue',
      "The 'name' field is a required property of an index specification",
    );
  }
  if (typeof key !== 'object' || key === null || Object.keys(key).length === 0) {
    throw new MongoServerFailure(
      'BadValue',
      `Index key pattern for ${name} must be a non-empty object`,
    );
  }
  for (const [field, direction] of Object.entries(key)) {
    if (typeof direction === 'string')
      throw commandNotSupported(`Index type "${direction}" on ${field}`);
    if (field === '$**' || field.endsWith('.$**'))
      throw commandNotSupported(`Wildcard index on ${field}`);
    if (typeof direction !== 'number' || direction === 0 || Number.isNaN(direction)) {
      throw new MongoServerFailure(
        'BadValue',
        `Values in the index key pattern can't be 0 or NaN: ${name}`,
      );
    }
  }
  if (
    options.expireAfterSeconds !== undefined &&
    (typeof options.expireAfterSeconds !== 'number' || options.expireAfterSeconds < 0)
  ) {
    throw new MongoServerFailure(
      'InvalidOptions',
      "TTL index 'expireAfterSeconds' option must be a non-negative number",
    );
  }
  return { v: 2, key: { ...key }, name, ...options };
}

/** Options that make two indexes on one key different indexes. */
function optionsKey(spec: IndexSpec): string {
  return keyOf({
    unique: spec.unique === true,
    sparse: spec.sparse === true,
    partialFilterExpression: spec.partialFilterExpression ?? null,
    expireAfterSeconds: spec.expireAfterSeconds ?? null,
  });
}

function describe(spec: IndexSpec): string {
  return formatDocument(spec);
}

/**
 * Whether `requested` already exists (true: nothing to do). Throws IndexKeySpecsConflict for a
 * name taken by another key, IndexOptionsConflict for an existing key under other options or name.
 */
export function alreadyExists(requested: IndexSpec, existing: Iterable<SecondaryIndex>): boolean {
  const requestedKey = keyOf(requested.key);
  for (const index of existing) {
    const sameName = index.name === requested.name;
    const sameKey = keyOf(index.spec.key) === requestedKey;
    const sameOptions = optionsKey(index.spec) === optionsKey(requested);
    if (sameName && !sameKey) {
      throw new MongoServerFailure(
        'IndexKeySpecsConflict',
        `An existing index has the same name as the requested index. When index names are not specified, they are auto generated and can cause conflicts. Please refer to our documentation. Requested index: ${describe(requested)}, existing index: ${describe(index.spec)}`,
      );
    }
    if (!sameKey) continue;
    if (sameName && sameOptions) return true;
    if (sameName) {
      throw new MongoServerFailure(
        'IndexOptionsConflict',
        `An equivalent index already exists with the same name but different options. Requested index: ${describe(requested)}, existing index: ${describe(index.spec)}`,
      );
    }
    if (sameOptions) {
      throw new MongoServerFailure(
        'IndexOptionsConflict',
        `Index already exists with a different name: ${index.name}`,
      );
    }
  }
  return false;
}
