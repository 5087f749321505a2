import { Binary } from 'bson';
import type { Engine, Transaction } from '../engine/types';
import { SessionRegistry, type Session } from './sessions';

function fakeEngine(): { engine: Engine; txns: Transaction[] } {
  const txns: Transaction[] = [];
  const begin = (): Transaction => {
    const txn = {
      id: txns.length + 1,
      state: 'active' as Transaction['state'],
      startedAt: Date.now(),
      commit: () => void (txn.state = 'committed'),
      abort: () => void (txn.state = 'aborted'),
    };
    txns.push(txn);
    return txn;
  };
  return { engine: { begin } as unknown as Engine, txns };
}

const lsid = { id: new Binary(Buffer.alloc(16, 1), 4) };

function registry(
  engine: Engine,
  options: { lifetimeLimitMs?: number; onEnd?: (session: Session) => void } = {},
): SessionRegistry {
  return new SessionRegistry(
    engine,
    options.lifetimeLimitMs ?? 60_000,
    options.onEnd ?? (() => undefined),
    () => undefined,
  );
}

describe('SessionRegistry', () => {
  it('joins a started transaction and treats a repeated commit as success', () => {
    const { engine, txns } = fakeEngine();
    const sessions = registry(engine);
    const session = sessions.get(lsid);
    const txn = sessions.transactionFor(session, 1, true);
    expect(sessions.transactionFor(session, 1, false)).toBe(txn);
    sessions.commit(session, 1);
    sessions.commit(session, 1);
    expect(txns[0]?.state).toBe('committed');
    expect(() => sessions.transactionFor(session, 1, false)).toThrow(
      expect.objectContaining({ code: 256, codeName: 'TransactionCommitted', errorLabels: [] }),
    );
    expect(() => sessions.abort(session, 1)).toThrow(expect.objectContaining({ code: 256 }));
  });

  it('a commit the engine rejects leaves the transaction aborted, not committed', () => {
    const { engine, txns } = fakeEngine();
    const sessions = registry(engine);
    const session = sessions.get(lsid);
    sessions.transactionFor(session, 1, true);
    const txn = txns[0] as { state: Transaction['state']; commit: () => void };
    txn.commit = () => {
      txn.state = 'aborted';
      throw new Error('E11000 at commit');
    };
    expect(() => sessions.commit(session, 1)).toThrow('E11000 at commit');
    expect(() => sessions.commit(session, 1)).toThrow(
      expect.objectContaining({ code: 251, codeName: 'NoSuchTransaction' }),
    );
  });

  it('a transaction aborted by the server answers NoSuchTransaction, transient', () => {
    const { engine } = fakeEngine();
    const sessions = registry(engine);
    const session = sessions.get(lsid);
    sessions.transactionFor(session, 1, true);
    sessions.abortOpen(session);
    expect(() => sessions.transactionFor(session, 1, false)).toThrow(
      expect.objectContaining({ code: 251, errorLabels: ['TransientTransactionError'] }),
    );
  });

  it('rejects an older transaction number', () => {
    const { engine } = fakeEngine();
    const sessions = registry(engine);
    const session = sessions.get(lsid);
    sessions.transactionFor(session, 5, true);
    expect(() => sessions.transactionFor(session, 4, true)).toThrow(
      expect.objectContaining({ code: 225 }),
    );
  });

  it('aborts a transaction that outlives the lifetime limit', () => {
    jest.useFakeTimers();
    try {
      const { engine, txns } = fakeEngine();
      const sessions = registry(engine, { lifetimeLimitMs: 1000 });
      const session = sessions.get(lsid);
      sessions.transactionFor(session, 1, true);
      jest.advanceTimersByTime(1001);
      expect(txns[0]?.state).toBe('aborted');
      expect(() => sessions.commit(session, 1)).toThrow(expect.objectContaining({ code: 251 }));
    } finally {
      jest.useRealTimers();
    }
  });

  it('ends sessions, aborting their open transaction', () => {
    const { engine, txns } = fakeEngine();
    const ended: string[] = [];
    const sessions = registry(engine, { onEnd: (session) => ended.push(session.key) });
    sessions.transactionFor(sessions.get(lsid), 1, true);
    sessions.end(lsid);
    expect(txns[0]?.state).toBe('aborted');
    expect(ended).toEqual([Buffer.alloc(16, 1).toString('hex')]);
  });

  it('ends sessions idle past logicalSessionTimeoutMinutes, aborting their transactions', () => {
    const { engine, txns } = fakeEngine();
    const ended: string[] = [];
    const sessions = registry(engine, { onEnd: (session) => ended.push(session.key) });
    const idle = sessions.get(lsid);
    sessions.transactionFor(idle, 1, true);
    const busy = sessions.get({ id: new Binary(Buffer.alloc(16, 2), 4) });
    const thirtyMinutes = 30 * 60_000;

    sessions.reapIdle(idle.lastUse + thirtyMinutes);
    expect(ended).toEqual([]);

    busy.lastUse = idle.lastUse + thirtyMinutes;
    sessions.reapIdle(idle.lastUse + thirtyMinutes + 1);
    expect(ended).toEqual([idle.key]);
    expect(txns[0]?.state).toBe('aborted');
    expect(sessions.get(lsid)).not.toBe(idle);
    sessions.endAll();
  });
});
