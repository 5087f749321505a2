import { Aggregator } from 'mingo';
import { update as applyModifier } from 'mingo/updater';
import { ObjectId, type Document } from 'bson';
import { commandNotSupported, MongoServerFailure } from '../errors';
import { compareValues } from '../engine/order';
import { bsonTypeName, formatId } from './format';

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$rename',
  '$setOnInsert',
  '$min',
  '$max',
  '$currentDate',
  '$push',
  '$addToSet',
  '$pop',
  '$pull',
  '$pullAll',
  '$bit',
]);
const PIPELINE_STAGES = new Set([
  '$addFields',
  '$set',
  '$project',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
]);

export type UpdateKind = 'operators' | 'replacement' | 'pipeline';

/** Operator updates start with `$`, pipelines are arrays, anything else replaces the document. */
function classifyUpdate(update: unknown): UpdateKind {
  if (Array.isArray(update)) return 'pipeline';
  if (!update || typeof update !== 'object') {
    throw new MongoServerFailure(
      'FailedToParse',
      'Update argument must be either an object or an array',
    );
  }
  const first = Object.keys(update)[0];
  return first !== undefined && first.startsWith('$') ? 'operators' : 'replacement';
}

/** Rejects what MongoDB refuses before touching any document. */
export function validateUpdate(update: unknown): UpdateKind {
  const kind = classifyUpdate(update);
  if (kind === 'pipeline') {
    for (const stage of update as Document[]) {
      const name = Object.keys(stage ?? {})[0] ?? '';
      if (!PIPELINE_STAGES.has(name)) throw commandNotSupported(`update pipeline stage '${name}'`);
    }
  } else if (kind === 'replacement') {
    for (const field of Object.keys(update as Document)) {
      if (field.startsWith('$')) {
        throw new MongoServerFailure(
          'DollarPrefixedFieldName',
          `The dollar ($) prefixed field '${field}' in '${field}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.`,
        );
      }
    }
  } else {
    validateOperators(update as Document);
  }
  return kind;
}

function validateOperators(update: Document): void {
  const paths: string[] = [];
  for (const [operator, operand] of Object.entries(update)) {
    if (!OPERATORS.has(operator)) {
      throw new MongoServerFailure(
        'FailedToParse',
        `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!operand || typeof operand !== 'object' || Array.isArray(operand)) {
      throw new MongoServerFailure(
        'FailedToParse',
        `Modifiers operate on fields but we found type ${bsonTypeName(operand)} instead. For example: {$mod: {<field>: ...}} not {${operator}: ${formatId(operand)}}`,
      );
    }
    for (const [path, value] of Object.entries(operand as Document)) {
      if (
        (operator === '$inc' || operator === '$mul') &&
        typeof value !== 'number' &&
        !isBsonNumber(value)
      ) {
        const verb = operator === '$inc' ? 'increment' : 'multiply';
        throw new MongoServerFailure(
          'TypeMismatch',
          `Cannot ${verb} with non-numeric argument: {${path}: ${formatId(value)}}`,
        );
      }
      paths.push(path);
      if (operator === '$rename' && typeof value === 'string') paths.push(value);
    }
  }
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1] as string;
    const current = sorted[i] as string;
    if (current === previous || current.startsWith(`${previous}.`)) {
      throw new MongoServerFailure(
        'ConflictingUpdateOperators',
        `Updating the path '${current}' would create a conflict at '${previous}'`,
      );
    }
  }
}

function isBsonNumber(value: unknown): boolean {
  const type = (value as { _bsontype?: string } | null)?._bsontype;
  return type === 'Long' || type === 'Int32' || type === 'Double';
}

/** The value at a plain dotted path (no positional operators), or undefined. */
function plainValue(doc: Document, path: string): unknown {
  let current: unknown = doc;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Document)[part];
  }
  return current;
}

/**
 * The error MongoDB 7 raises when `operator` meets a stored `current` value of the wrong type at
 * `path`, or undefined when the type is fine. Array operators want an array (null included).
 */
function targetTypeError(
  operator: string,
  path: string,
  current: unknown,
  id: unknown,
): MongoServerFailure | undefined {
  const field = path.split('.').pop() as string;
  const type = bsonTypeName(current);
  switch (operator) {
    case '$inc':
    case '$mul':
      if (typeof current === 'number' || isBsonNumber(current)) return undefined;
      return new MongoServerFailure(
        'TypeMismatch',
        `Cannot apply ${operator} to a value of non-numeric type. {_id: ${formatId(id)}} has the field '${field}' of non-numeric type ${type}`,
      );
    case '$push':
      if (Array.isArray(current)) return undefined;
      return new MongoServerFailure(
        'BadValue',
        `The field '${path}' must be an array but is of type ${type} in document {_id: ${formatId(id)}}`,
      );
    case '$addToSet':
      if (Array.isArray(current)) return undefined;
      return new MongoServerFailure(
        'BadValue',
        `Cannot apply $addToSet to non-array field. Field named '${field}' has non-array type ${type}`,
      );
    case '$pop':
      if (Array.isArray(current)) return undefined;
      return new MongoServerFailure(
        'TypeMismatch',
        `Path '${path}' contains an element of non-array type '${type}'`,
      );
    case '$pull':
    case '$pullAll':
      if (Array.isArray(current)) return undefined;
      return new MongoServerFailure('BadValue', 'Cannot apply $pull to a non-array value');
    default:
      return undefined;
  }
}

/** MongoDB checks operand types against the stored document; mingo silently skips them. */
function checkTargets(doc: Document, update: Document): void {
  for (const [operator, operand] of Object.entries(update)) {
    for (const path of Object.keys(operand as Document)) {
      if (path.includes('$')) continue;
      const current = plainValue(doc, path);
      if (current === undefined) continue;
      const error = targetTypeError(operator, path, current, doc._id);
      if (error) throw error;
    }
  }
}

function immutableId(): MongoServerFailure {
  return new MongoServerFailure(
    'ImmutableField',
    "Performing an update on the path '_id' would modify the immutable field '_id'",
  );
}

/** `_id` first, as MongoDB stores it. */
function idFirst(doc: Document): Document {
  if (Object.keys(doc)[0] === '_id' || !('_id' in doc)) return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}

export interface Applied {
  doc: Document;
  modified: boolean;
}

/**
 * Applies `update` to `doc` (which it may mutate). `filter` resolves the positional `$`;
 * `inserting` turns `$setOnInsert` into `$set`.
 */
export function applyUpdate(
  doc: Document,
  update: Document | Document[],
  kind: UpdateKind,
  options: { filter: Document; arrayFilters?: Document[]; inserting: boolean },
): Applied {
  const before = doc._id;
  let next: Document;
  let modified: boolean;
  if (kind === 'operators') {
    const { $setOnInsert, ...rest } = update as Document;
    const modifier =
      options.inserting && $setOnInsert
        ? { ...rest, $set: { ...(rest.$set as Document), ...($setOnInsert as Document) } }
        : rest;
    checkTargets(doc, modifier);
    try {
      modified =
        applyModifier(
          doc,
          modifier,
          options.arrayFilters ?? [],
          options.inserting ? {} : options.filter,
          {
            cloneMode: 'deep',
          },
        ).length > 0;
    } catch (error) {
      const message = (error as Error).message;
      if (message.includes("immutable field '_id'")) throw immutableId();
      throw new MongoServerFailure('BadValue', message);
    }
    next = doc;
  } else {
    next =
      kind === 'replacement'
        ? { ...(update as Document) }
        : (new Aggregator(update as Document[]).run([doc])[0] as Document);
    if (kind === 'replacement' && !('_id' in next) && before !== undefined) next._id = before;
    modified = compareValues(next, doc) !== 0;
  }
  if (before !== undefined && compareValues(next._id, before) !== 0) {
    throw immutableId();
  }
  return { doc: idFirst(next), modified };
}

/** Equality fields of an upsert's filter seed the inserted document, as in MongoDB. */
function equalityFields(filter: Document, into: Document): void {
  for (const [field, value] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(value)) {
      for (const clause of value) equalityFields(clause as Document, into);
      continue;
    }
    if (field.startsWith('$')) continue;
    let equal = value;
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.getPrototypeOf(value) === Object.prototype
    ) {
      const keys = Object.keys(value);
      if (keys.some((key) => key.startsWith('$'))) {
        if (keys.length !== 1 || keys[0] !== '$eq') continue;
        equal = (value as Document).$eq;
      }
    }
    const parts = field.split('.');
    let target = into;
    for (const part of parts.slice(0, -1)) {
      if (!target[part] || typeof target[part] !== 'object') target[part] = {};
      target = target[part] as Document;
    }
    target[parts[parts.length - 1] as string] = equal;
  }
}

/** The document an upsert inserts: the filter's equalities, then the update, then an `_id`. */
export function upsertDocument(
  filter: Document,
  update: Document | Document[],
  kind: UpdateKind,
  arrayFilters?: Document[],
): Document {
  const seed: Document = {};
  equalityFields(filter, seed);
  let doc: Document;
  if (kind === 'replacement') {
    doc = { ...(update as Document) };
    if (!('_id' in doc) && '_id' in seed) doc._id = seed._id;
  } else {
    const seededId = seed._id;
    doc = applyUpdate(seed, update, kind, {
      filter,
      inserting: true,
      ...(arrayFilters ? { arrayFilters } : {}),
    }).doc;
    if (seededId !== undefined && compareValues(doc._id, seededId) !== 0) {
      throw immutableId();
    }
  }
  if (doc._id === undefined) doc._id = new ObjectId();
  return idFirst(doc);
}
