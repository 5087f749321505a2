/**
 * Durability in dbPath: an append-only journal of committed changes plus periodic snapshots.
 *
 * Every journal record carries a sequence number and the snapshot records the last one it
 * includes, so recovery (load snapshot, replay newer journal records) is right whichever step of
 * "write snapshot.tmp, fsync, rename over snapshot.bson, truncate journal" a crash interrupted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UUID } from 'bson';
import type { Catalog } from './catalog';
import { decodeFrames, encodeFrame } from './frames';
import { idKeyOf, type JournalOp, type Store } from './store';
import type { Document, IndexSpec } from './types';

const SNAPSHOT = 'snapshot.bson';
const JOURNAL = 'journal.bson';

export class Persistence {
  private journalFd: number | undefined;
  private seq = 0;

  constructor(
    private readonly dbPath: string,
    private readonly store: Store,
    private readonly catalog: Catalog,
  ) {}

  /** Rebuilds state from disk and starts journaling. */
  recover(): void {
    fs.mkdirSync(this.dbPath, { recursive: true });
    this.seq = this.loadSnapshot();
    const journalPath = path.join(this.dbPath, JOURNAL);
    if (fs.existsSync(journalPath)) {
      const { records, validLength } = decodeFrames(fs.readFileSync(journalPath), journalPath);
      for (const record of records) {
        const seq = Number(record.seq);
        if (seq <= this.seq) continue;
        for (const op of record.ops as JournalOp[]) this.apply(op);
        this.seq = seq;
      }
      fs.truncateSync(journalPath, validLength);
    }
    this.journalFd = fs.openSync(journalPath, 'a');
    this.store.journal = (ops) => this.append(ops);
  }

  private append(ops: JournalOp[]): void {
    if (this.journalFd === undefined) throw new Error('journal is closed');
    fs.writeSync(this.journalFd, encodeFrame({ seq: ++this.seq, ops }));
  }

  private apply(op: JournalOp): void {
    if (op.op === 'catalog') {
      this.catalog.replay(op.name, op.args);
      return;
    }
    const { coll } = this.store.ensureCollection(op.db, op.coll);
    const id = op.op === 'put' ? op.doc._id : op.id;
    this.store.commit([{ coll, key: idKeyOf(id), doc: op.op === 'put' ? op.doc : null }]);
  }

  private loadSnapshot(): number {
    const snapshotPath = path.join(this.dbPath, SNAPSHOT);
    if (!fs.existsSync(snapshotPath)) return 0;
    const { records, validLength } = decodeFrames(fs.readFileSync(snapshotPath), snapshotPath);
    const [header, ...rest] = records;
    const footer = rest.pop();
    if (
      header?.kind !== 'header' ||
      footer?.kind !== 'end' ||
      validLength !== fs.statSync(snapshotPath).size
    ) {
      throw new Error(`${snapshotPath} is incomplete or corrupt`);
    }
    for (const record of rest) {
      if (record.kind === 'collection') {
        const coll = this.store.addCollection(
          String(record.db),
          String(record.name),
          record.options as Document,
          new UUID(String(record.uuid)),
        );
        for (const spec of record.indexes as IndexSpec[]) coll.addIndex(spec);
      } else {
        const coll = this.store.collection(String(record.db), String(record.name));
        const doc = record.doc as Document;
        coll?.apply(idKeyOf(doc._id), doc, 0, this.store.nextOrder(), false);
      }
    }
    return Number(header.seq);
  }

  /** Writes the whole state to a new snapshot, then empties the journal it makes redundant. */
  snapshot(): void {
    const tmpPath = path.join(this.dbPath, `${SNAPSHOT}.tmp`);
    const fd = fs.openSync(tmpPath, 'w');
    try {
      fs.writeSync(fd, encodeFrame({ kind: 'header', seq: this.seq }));
      for (const [db, collections] of this.store.dbs) {
        for (const [name, coll] of collections) {
          const indexes = [...coll.indexes.values()].slice(1).map((index) => index.spec);
          fs.writeSync(
            fd,
            encodeFrame({
              kind: 'collection',
              db,
              name,
              options: coll.options,
              uuid: coll.uuid.toHexString(),
              indexes,
            }),
          );
          for (const [, doc] of coll.liveDocuments())
            fs.writeSync(fd, encodeFrame({ kind: 'doc', db, name, doc }));
        }
      }
      fs.writeSync(fd, encodeFrame({ kind: 'end' }));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmpPath, path.join(this.dbPath, SNAPSHOT));
    this.syncDirectory();
    if (this.journalFd !== undefined) fs.ftruncateSync(this.journalFd, 0);
  }

  private syncDirectory(): void {
    const fd = fs.openSync(this.dbPath, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  /**
   * Final snapshot, then releases the journal. Without a successful `recover` the store does not
   * hold what is on disk, so a snapshot of it would overwrite the data (or the corrupt file that
   * made recovery fail) with less.
   */
  close(): void {
    if (this.journalFd === undefined) return;
    this.snapshot();
    this.store.journal = undefined;
    fs.closeSync(this.journalFd);
    this.journalFd = undefined;
  }
}
