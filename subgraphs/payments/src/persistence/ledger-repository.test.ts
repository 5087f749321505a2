import { closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { captureEntries, type JournalEntry } from '../domain/ledger';
import { aPayment } from '../domain/payment.fixture';
import { LedgerRepository } from './ledger-repository';

let db: Connection;
let ledger: LedgerRepository;

const at = new Date('2026-03-01T12:00:00.000Z');
const entries: JournalEntry[] = captureEntries({
  payment: aPayment(),
  plan: { due: 110_000, capture: 100_000, tip: 10_000, shortfall: 10_000 },
  driverId: 'usr_d',
  feeBps: 1_500,
  now: at,
});

beforeAll(async () => {
  db = await connectMongo({ dbName: 'payments_ledger_repository_test' });
  ledger = new LedgerRepository(db);
  await ledger.syncIndexes();
  const session = await db.startSession();
  await session.withTransaction(() => ledger.append(entries, session));
  await session.endSession();
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('LedgerRepository', () => {
  it('reads back a payment’s entries as written', async () => {
    expect(await ledger.findByPaymentIds(['pay_1'])).toEqual(
      expect.arrayContaining(entries.map((entry) => expect.objectContaining(entry))),
    );
  });

  it('sums each account in the database, to a total of zero', async () => {
    const { balances, entryCount } = await ledger.balances('VND');
    expect(entryCount).toBe(2);
    expect(balances).toEqual([
      { account: 'customer:usr_customer', balance: 10_000 },
      { account: 'driver_payable:usr_d', balance: -10_000 },
      { account: 'platform_fees', balance: -15_000 },
      { account: 'psp_clearing', balance: 100_000 },
      { account: 'store_payable:sto_1', balance: -85_000 },
    ]);
    expect((await ledger.balances('USD')).balances).toEqual([]);
  });

  it('never writes an entry twice, and refuses to change or delete one', async () => {
    const session = await db.startSession();
    await expect(
      session.withTransaction(() => ledger.append([entries[0]!], session)),
    ).rejects.toThrow(/duplicate key/);
    await session.endSession();
    const model = db.model('LedgerEntry');
    await expect(
      model.updateOne({ _id: 'pay_1:sale' }, { $set: { currency: 'USD' } }),
    ).rejects.toThrow('append-only');
    await expect(model.deleteMany({})).rejects.toThrow('append-only');
    await expect(model.findOneAndDelete({ _id: 'pay_1:sale' })).rejects.toThrow('append-only');
    expect((await ledger.balances('VND')).entryCount).toBe(2);
  });
});
