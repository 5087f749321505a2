/**
 * A collection's documents and indexes. Each document is a record of committed versions (newest
 * last); older versions are kept only while an open transaction's snapshot may still read them.
 * Indexes always describe the newest committed versions.
 */
import type { UUID } from 'bson';
import { MongoServerFailure } from '../errors';
import { keyOf } from './order';
import { SecondaryIndex } from './secondary-index';
import type { Document, IndexSpec } from './types';

export interface Version {
  /** null: the document was removed in this version. */
  doc: Document | null;
  /** Commit sequence number that produced this version. */
  seq: number;
  /** Natural-order position: set on insert, kept by replace. */
  order: number;
}

export interface DocRecord {
  versions: Version[];
}

export const ID_INDEX = '_id_';

export class Collection {
  readonly records = new Map<string, DocRecord>();
  readonly indexes = new Map<string, SecondaryIndex>();
  /** id key → commit seq of its newest version, kept while a transaction may read older ones. */
  readonly changes = new Map<string, number>();
  /** id keys of records holding more than their newest version. */
  private readonly retained = new Set<string>();
  /** Names the collection in the store's lock and pending-key maps: unlike ns, a rename keeps it. */
  readonly lockId: string;

  constructor(
    public ns: string,
    public options: Document,
    readonly uuid: UUID,
  ) {
    this.lockId = uuid.toHexString();
    this.indexes.set(ID_INDEX, new SecondaryIndex({ v: 2, key: { _id: 1 }, name: ID_INDEX }));
  }

  /** The newest committed document with this id key. */
  latest(key: string): Document | undefined {
    const versions = this.records.get(key)?.versions;
    return versions?.[versions.length - 1]?.doc ?? undefined;
  }

  latestVersion(key: string): Version | undefined {
    const versions = this.records.get(key)?.versions;
    return versions?.[versions.length - 1];
  }

  /** The version a snapshot taken at `snapshot` sees. */
  versionAt(key: string, snapshot: number): Version | undefined {
    const versions = this.records.get(key)?.versions;
    if (versions === undefined) return undefined;
    for (let i = versions.length - 1; i >= 0; i--) {
      const version = versions[i] as Version;
      if (version.seq <= snapshot) return version;
    }
    return undefined;
  }

  /** Throws E11000 when `doc` (to be stored under `key`) collides in a unique index. */
  checkUnique(key: string, doc: Document, ignore?: (otherKey: string) => boolean): void {
    for (const index of this.indexes.values()) {
      const duplicate = index.duplicateOf(key, doc, ignore);
      if (duplicate) throw index.duplicateKeyError(this.ns, duplicate.tuple);
    }
  }

  /**
   * Makes `doc` (null: removal) the newest committed version of `key`. With `retain`, the
   * previous version stays readable for open snapshots until `collectVersions`.
   */
  apply(key: string, doc: Document | null, seq: number, order: number, retain: boolean): void {
    const record = this.records.get(key);
    const previous = record?.versions[record.versions.length - 1];
    for (const index of this.indexes.values()) index.replace(key, previous?.doc ?? null, doc);
    const version: Version = { doc, seq, order };
    if (!retain) {
      if (doc === null) this.records.delete(key);
      else if (record && previous?.doc) record.versions = [version];
      else this.reinsert(key, { versions: [version] });
      return;
    }
    this.changes.set(key, seq);
    this.retained.add(key);
    if (record === undefined) this.records.set(key, { versions: [version] });
    else if (previous?.doc || doc === null) record.versions.push(version);
    else this.reinsert(key, { versions: [...record.versions, version] });
  }

  /** A document inserted again after its removal moves to the end of natural order. */
  private reinsert(key: string, record: DocRecord): void {
    this.records.delete(key);
    this.records.set(key, record);
  }

  /** Drops versions no snapshot at or after `oldest` can read (all history when none is open). */
  collectVersions(oldest: number): void {
    for (const key of this.retained) {
      const record = this.records.get(key);
      if (record === undefined) {
        this.retained.delete(key);
        continue;
      }
      let keepFrom = 0;
      for (let i = record.versions.length - 1; i >= 0; i--) {
        if ((record.versions[i] as Version).seq <= oldest) {
          keepFrom = i;
          break;
        }
      }
      record.versions = record.versions.slice(keepFrom);
      const first = record.versions[0] as Version;
      if (record.versions.length === 1) {
        this.retained.delete(key);
        if (first.doc === null && first.seq <= oldest) this.records.delete(key);
      }
    }
    for (const [key, seq] of this.changes) if (seq <= oldest) this.changes.delete(key);
  }

  /** Builds and registers an index over the current documents; E11000 leaves nothing behind. */
  addIndex(spec: IndexSpec): void {
    const index = new SecondaryIndex(spec);
    for (const [key, record] of this.records) {
      const doc = record.versions[record.versions.length - 1]?.doc;
      if (!doc) continue;
      const duplicate = index.duplicateOf(key, doc);
      if (duplicate) throw index.duplicateKeyError(this.ns, duplicate.tuple);
      index.add(key, doc);
    }
    this.indexes.set(spec.name, index);
  }

  /** The index a `hint` names, by name or key pattern. */
  hinted(hint: string | Document): SecondaryIndex {
    const wanted = typeof hint === 'string' ? undefined : keyOf(hint);
    for (const index of this.indexes.values()) {
      if (typeof hint === 'string' ? index.name === hint : keyOf(index.spec.key) === wanted) {
        return index;
      }
    }
    throw new MongoServerFailure(
      'BadValue',
      'error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index',
    );
  }

  liveDocuments(): Iterable<[string, Document]> {
    const records = this.records;
    return (function* () {
      for (const [key, record] of records) {
        const doc = record.versions[record.versions.length - 1]?.doc;
        if (doc) yield [key, doc] as [string, Document];
      }
    })();
  }
}
