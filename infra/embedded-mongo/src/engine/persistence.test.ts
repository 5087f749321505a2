import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Long, ObjectId } from 'bson';
import { createEngine } from './index';
import type { Engine } from './types';

let dbPath: string;

beforeEach(() => {
  dbPath = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'));
});

afterEach(() => {
  fs.rmSync(dbPath, { recursive: true, force: true });
});

async function opened(): Promise<Engine> {
  const engine = createEngine({ dbPath, snapshotIntervalMs: 3_600_000 });
  await engine.open();
  return engine;
}

const journal = () => path.join(dbPath, 'journal.bson');
const snapshot = () => path.join(dbPath, 'snapshot.bson');

function flipByte(offset: number): void {
  const bytes = fs.readFileSync(journal());
  bytes.writeUInt8((bytes.readUInt8(offset) ^ 0xff) & 0xff, offset);
  fs.writeFileSync(journal(), bytes);
}

/** Reopens from the files as they are now, as after a crash (no close, no final snapshot). */
async function afterCrash(): Promise<Engine> {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-crash-'));
  fs.cpSync(dbPath, copy, { recursive: true });
  fs.rmSync(dbPath, { recursive: true, force: true });
  fs.renameSync(copy, dbPath);
  return opened();
}

describe('durability', () => {
  it('restores documents, bson types, indexes and catalog changes after close', async () => {
    const engine = await opened();
    const _id = new ObjectId();
    engine.createIndexes('app', 'users', [{ name: 'email_1', key: { email: 1 }, unique: true }]);
    engine.insert('app', 'users', {
      _id,
      email: 'a',
      big: Long.fromString('9007199254740993'),
      at: new Date(7),
    });
    engine.insert('app', 'users', { _id: 2, email: 'b' });
    engine.renameCollection('app', 'users', 'app', 'people', false);
    await engine.close();

    const reopened = await opened();
    expect(reopened.find('app', 'people', { _id })).toEqual([
      { _id, email: 'a', big: Long.fromString('9007199254740993'), at: new Date(7) },
    ]);
    expect(reopened.explain('app', 'people', { email: 'b' })).toEqual({
      index: 'email_1',
      docsExamined: 1,
    });
    expect(() => reopened.insert('app', 'people', { _id: 3, email: 'b' })).toThrow(/E11000/);
    expect(reopened.listCollections('app').map((c) => c.name)).toEqual(['people']);
    await reopened.close();
  });

  it('replays the journal after a crash, a transaction as one record', async () => {
    const engine = await opened();
    engine.insert('app', 'stock', { _id: 'a', qty: 1 });
    const txn = engine.begin();
    engine.replace('app', 'stock', 'a', { qty: 2 }, txn);
    engine.insert('app', 'stock', { _id: 'b', qty: 5 }, txn);
    txn.commit();
    const open = engine.begin();
    engine.insert('app', 'stock', { _id: 'uncommitted' }, open);

    const recovered = await afterCrash();
    expect(recovered.find('app', 'stock', {})).toEqual([
      { _id: 'a', qty: 2 },
      { _id: 'b', qty: 5 },
    ]);
    await recovered.close();
    await engine.close();
  });

  it('a transaction committing into a collection dropped meanwhile is not resurrected by replay', async () => {
    const engine = await opened();
    const txn = engine.begin();
    engine.insert('app', 'scratch', { _id: 1 }, txn);
    engine.dropCollection('app', 'scratch');
    txn.commit();
    expect(engine.find('app', 'scratch', {})).toEqual([]);

    const recovered = await afterCrash();
    expect(recovered.find('app', 'scratch', {})).toEqual([]);
    expect(recovered.listCollections('app')).toEqual([]);
    await recovered.close();
    await engine.close();
  });

  it('a document a transaction inserted and removed leaves no journal record behind', async () => {
    const engine = await opened();
    engine.insert('app', 'stock', { _id: null, qty: 1 });
    const txn = engine.begin();
    engine.insert('app', 'stock', { _id: 'temp' }, txn);
    engine.remove('app', 'stock', 'temp', txn);
    txn.commit();

    const recovered = await afterCrash();
    expect(recovered.find('app', 'stock', {})).toEqual([{ _id: null, qty: 1 }]);
    await recovered.close();
    await engine.close();
  });

  it('ignores and truncates a torn last record', async () => {
    const engine = await opened();
    engine.insert('app', 'c', { _id: 1 });
    engine.insert('app', 'c', { _id: 2 });
    const intact = fs.statSync(journal()).size;
    engine.insert('app', 'c', { _id: 3, pad: 'x'.repeat(100) });
    fs.truncateSync(journal(), fs.statSync(journal()).size - 10);

    const recovered = await afterCrash();
    expect(recovered.find('app', 'c', {}).map((doc) => doc._id)).toEqual([1, 2]);
    expect(fs.statSync(journal()).size).toBe(intact);
    recovered.insert('app', 'c', { _id: 4 });
    const again = await afterCrash();
    expect(again.find('app', 'c', {}).map((doc) => doc._id)).toEqual([1, 2, 4]);
    await again.close();
    await recovered.close();
    await engine.close();
  });

  it('ignores a last record with a bad checksum but refuses corruption before the end', async () => {
    const engine = await opened();
    engine.insert('app', 'c', { _id: 1 });
    engine.insert('app', 'c', { _id: 2 });
    flipByte(fs.statSync(journal()).size - 2);
    const recovered = await afterCrash();
    expect(recovered.find('app', 'c', {}).map((doc) => doc._id)).toEqual([1]);
    await recovered.close();

    const fresh = await opened();
    fresh.insert('app', 'd', { _id: 1 });
    const middleEnd = fs.statSync(journal()).size;
    fresh.insert('app', 'd', { _id: 2 });
    flipByte(middleEnd - 2);
    await expect(createEngine({ dbPath }).open()).rejects.toThrow(/journal.bson is corrupt/);
    await engine.close();
    await fresh.close();
  });

  it('refuses a damaged length field in the middle instead of taking it for a torn tail', async () => {
    const engine = await opened();
    engine.insert('app', 'c', { _id: 1 });
    const secondStart = fs.statSync(journal()).size;
    engine.insert('app', 'c', { _id: 2 });
    engine.insert('app', 'c', { _id: 3 });
    const bytes = fs.readFileSync(journal());
    bytes.writeUInt32LE(0x7fffff00, secondStart);
    fs.writeFileSync(journal(), bytes);

    await expect(createEngine({ dbPath }).open()).rejects.toThrow(
      /journal.bson is corrupt: the record at byte \d+ is damaged and intact records follow it/,
    );
    expect(fs.readFileSync(journal())).toEqual(bytes);
    await engine.close();
  });

  it('combines a snapshot with the journal written after it, skipping what it already holds', async () => {
    const engine = createEngine({ dbPath, snapshotIntervalMs: 30 });
    await engine.open();
    engine.insert('app', 'c', { _id: 1 });
    engine.createIndexes('app', 'c', [{ name: 'n_1', key: { n: 1 } }]);
    const beforeSnapshot = fs.readFileSync(journal());
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(fs.existsSync(snapshot())).toBe(true);
    expect(fs.statSync(journal()).size).toBe(0);
    engine.insert('app', 'c', { _id: 2, n: 2 });
    engine.remove('app', 'c', 1);

    // A crash between the snapshot's rename and the journal's truncation leaves old records behind.
    fs.writeFileSync(journal(), Buffer.concat([beforeSnapshot, fs.readFileSync(journal())]));
    const recovered = await afterCrash();
    expect(recovered.find('app', 'c', {})).toEqual([{ _id: 2, n: 2 }]);
    expect(recovered.explain('app', 'c', { n: 2 }).index).toBe('n_1');
    await recovered.close();
    await engine.close();
  });

  it('closing an engine that never recovered leaves the files on disk alone', async () => {
    const engine = await opened();
    engine.insert('app', 'users', { _id: 1 });
    await engine.close();

    const corrupt = Buffer.from('not a snapshot');
    fs.writeFileSync(snapshot(), corrupt);
    const failed = createEngine({ dbPath });
    await expect(failed.open()).rejects.toThrow('incomplete or corrupt');
    await failed.close();
    expect(fs.readFileSync(snapshot())).toEqual(corrupt);
  });

  it('a closed engine with nothing recovered does not overwrite the snapshot', async () => {
    const engine = await opened();
    engine.insert('app', 'users', { _id: 1 });
    await engine.close();

    await createEngine({ dbPath }).close();
    const reopened = await opened();
    expect(reopened.find('app', 'users', {})).toEqual([{ _id: 1 }]);
    await reopened.close();
  });
});
