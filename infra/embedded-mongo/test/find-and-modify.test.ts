import { Schema, type Model } from 'mongoose';
import { useTestDatabase, type Loose } from './harness';

const t = useTestDatabase('find_and_modify');
const jobs = () => t.db.collection<Loose>('jobs');

beforeEach(async () => {
  await jobs().deleteMany({});
  await jobs().insertMany([
    { _id: 1, state: 'queued', prio: 1, owner: null },
    { _id: 2, state: 'queued', prio: 5, owner: null },
    { _id: 3, state: 'queued', prio: 3, owner: null },
  ]);
});

describe('findOneAndUpdate (driver)', () => {
  it('takes the first document in sort order and returns the pre-image by default', async () => {
    const before = await jobs().findOneAndUpdate(
      { state: 'queued' },
      { $set: { state: 'running' } },
      { sort: { prio: -1 } },
    );
    expect(before).toEqual({ _id: 2, state: 'queued', prio: 5, owner: null });
    expect(await jobs().findOne({ _id: 2 })).toMatchObject({ state: 'running' });
  });

  it("returnDocument 'after' and a projection shape the returned document", async () => {
    const after = await jobs().findOneAndUpdate(
      { state: 'queued' },
      { $set: { owner: 'w1' } },
      { sort: { prio: 1 }, returnDocument: 'after', projection: { _id: 0, owner: 1, prio: 1 } },
    );
    expect(after).toEqual({ prio: 1, owner: 'w1' });
  });

  it('upserts and returns the new document or null', async () => {
    const created = await jobs().findOneAndUpdate(
      { _id: 10 },
      { $set: { state: 'queued' }, $setOnInsert: { prio: 0 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(created).toEqual({ _id: 10, state: 'queued', prio: 0 });
    const nothingBefore = await jobs().findOneAndUpdate(
      { _id: 11 },
      { $set: { state: 'queued' } },
      { upsert: true },
    );
    expect(nothingBefore).toBeNull();
    expect(await jobs().countDocuments()).toBe(5);
  });

  it('returns null and changes nothing when nothing matches', async () => {
    const result = await jobs().findOneAndUpdate({ state: 'done' }, { $set: { prio: 100 } });
    expect(result).toBeNull();
    expect(await jobs().countDocuments({ prio: 100 })).toBe(0);
  });

  it('findOneAndDelete removes the first document in sort order', async () => {
    const removed = await jobs().findOneAndDelete({}, { sort: { prio: 1 } });
    expect(removed).toMatchObject({ _id: 1 });
    expect(await jobs().countDocuments()).toBe(2);
  });

  it('findOneAndReplace swaps the whole document but keeps _id', async () => {
    const replaced = await jobs().findOneAndReplace(
      { _id: 3 },
      { state: 'archived' },
      { returnDocument: 'after' },
    );
    expect(replaced).toEqual({ _id: 3, state: 'archived' });
  });
});

describe('findAndModify command replies', () => {
  it('update with new:true reports lastErrorObject.updatedExisting', async () => {
    const reply = await t.db.command({
      findAndModify: 'jobs',
      query: { _id: 1 },
      update: { $inc: { prio: 1 } },
      new: true,
    });
    expect(reply).toMatchObject({
      lastErrorObject: { n: 1, updatedExisting: true },
      value: { _id: 1, prio: 2 },
      ok: 1,
    });
  });

  it('an upsert reports the upserted _id', async () => {
    const reply = await t.db.command({
      findAndModify: 'jobs',
      query: { _id: 20 },
      update: { $set: { state: 'queued' } },
      upsert: true,
      new: true,
    });
    expect(reply).toMatchObject({
      lastErrorObject: { n: 1, updatedExisting: false, upserted: 20 },
      value: { _id: 20, state: 'queued' },
      ok: 1,
    });
  });

  it('remove returns the removed document', async () => {
    const reply = await t.db.command({
      findAndModify: 'jobs',
      query: { state: 'queued' },
      sort: { prio: -1 },
      remove: true,
      fields: { prio: 1 },
    });
    expect(reply).toMatchObject({ lastErrorObject: { n: 1 }, value: { _id: 2, prio: 5 }, ok: 1 });
    expect(reply.value).not.toHaveProperty('state');
  });

  it('no match answers value null', async () => {
    const reply = await t.db.command({
      findAndModify: 'jobs',
      query: { _id: 404 },
      update: { $set: { x: 1 } },
    });
    expect(reply).toMatchObject({ lastErrorObject: { n: 0, updatedExisting: false }, value: null });
  });
});

describe('findOneAndUpdate (mongoose)', () => {
  interface JobDoc {
    _id: number;
    state: string;
    prio: number;
    owner?: string;
  }
  let Job: Model<JobDoc>;

  beforeAll(() => {
    const schema = new Schema<JobDoc>({ _id: Number, state: String, prio: Number, owner: String });
    Job = t.conn.model('Job', schema, 'jobs');
  });

  it('claims the highest-priority job and returns the updated document', async () => {
    const claimed = await Job.findOneAndUpdate(
      { state: 'queued' },
      { $set: { state: 'running', owner: 'w2' } },
      { sort: { prio: -1 }, returnDocument: 'after' },
    ).lean();
    expect(claimed).toMatchObject({ _id: 2, state: 'running', owner: 'w2' });
  });

  it('upserts and returns the new document', async () => {
    const created = await Job.findOneAndUpdate(
      { _id: 30 },
      { $set: { state: 'queued' } },
      { upsert: true, returnDocument: 'after' },
    ).lean();
    expect(created).toMatchObject({ _id: 30, state: 'queued' });
  });

  it('findOneAndDelete through mongoose', async () => {
    const removed = await Job.findOneAndDelete({ _id: 3 }).lean();
    expect(removed).toMatchObject({ _id: 3, prio: 3 });
    expect(await Job.countDocuments()).toBe(2);
  });
});
