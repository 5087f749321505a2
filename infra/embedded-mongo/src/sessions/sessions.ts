import { Binary, type Document } from 'bson';
import type { Engine, Transaction } from '../engine/types';
import { MongoServerFailure } from '../errors';

const TRANSIENT = ['TransientTransactionError'];

/** Advertised in hello; a session unused for this long is ended by the server, as in MongoDB. */
export const LOGICAL_SESSION_TIMEOUT_MINUTES = 30;
const SESSION_TIMEOUT_MS = LOGICAL_SESSION_TIMEOUT_MINUTES * 60_000;
const REAP_INTERVAL_MS = 60_000;

type TxnState = 'none' | 'inProgress' | 'committed' | 'aborted';

/** A logical session (`lsid`): its transaction number, open transaction and last retryable write. */
export class Session {
  txnNumber = -1;
  state: TxnState = 'none';
  txn: Transaction | undefined;
  lifetimeTimer: NodeJS.Timeout | undefined;
  /** The reply of the last retryable write, returned again when the client retries it. */
  retry: { txnNumber: number; reply: Document } | undefined;
  lastUse = Date.now();

  constructor(readonly key: string) {}
}

function lsidKey(lsid: unknown): string {
  const id = (lsid as Document | null)?.id;
  if (!(id instanceof Binary)) {
    throw new MongoServerFailure(
      'TypeMismatch',
      "BSON field 'lsid.id' is the wrong type, expected type 'binData'",
    );
  }
  return id.toString('hex');
}

function noSuchTransaction(txnNumber: number, session: Session): MongoServerFailure {
  const active =
    session.state === 'inProgress' ? ` The active transaction number is ${session.txnNumber}` : '';
  return new MongoServerFailure(
    'NoSuchTransaction',
    `Transaction with { txnNumber: ${txnNumber} } has been aborted.${active}`,
    { errorLabels: TRANSIENT },
  );
}

/** A number below the session's latest, which belongs to a transaction or a retryable write. */
function tooOld(session: Session, refused: string): MongoServerFailure {
  const latest = session.state === 'none' ? 'retryable write' : 'transaction';
  return new MongoServerFailure(
    'TransactionTooOld',
    `${refused} because a newer ${latest} with txnNumber ${session.txnNumber} has already started on this session.`,
  );
}

/**
 * Logical sessions and their transactions. A transaction lives in the engine as a snapshot; this
 * registry maps (lsid, txnNumber) to it, enforces the lifetime limit and answers retries.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();
  private readonly reaper: NodeJS.Timeout;

  constructor(
    private readonly engine: Engine,
    private readonly lifetimeLimitMs: number,
    private readonly onEnd: (session: Session) => void,
    private readonly onTransactionEnd: (session: Session) => void,
  ) {
    this.reaper = setInterval(() => this.reapIdle(Date.now()), REAP_INTERVAL_MS);
    this.reaper.unref();
  }

  get(lsid: unknown): Session {
    const key = lsidKey(lsid);
    let session = this.sessions.get(key);
    if (!session) {
      session = new Session(key);
      this.sessions.set(key, session);
    }
    session.lastUse = Date.now();
    return session;
  }

  /**
   * The transaction a `autocommit: false` command runs in, starting it when asked to. Transactions
   * and retryable writes share the session's numbers: none starts at a number already used.
   */
  transactionFor(session: Session, txnNumber: number, start: boolean): Transaction {
    if (txnNumber < session.txnNumber) {
      throw tooOld(session, `Cannot start transaction ${txnNumber} on session ${session.key}`);
    }
    if (start) {
      if (txnNumber === session.txnNumber) {
        throw new MongoServerFailure(
          'ConflictingOperationInProgress',
          'Only servers in a sharded cluster can start a new transaction at the active transaction number',
        );
      }
      this.abortOpen(session);
      session.txnNumber = txnNumber;
      session.txn = this.engine.begin();
      session.state = 'inProgress';
      session.lifetimeTimer = setTimeout(() => this.abortOpen(session), this.lifetimeLimitMs);
      session.lifetimeTimer.unref();
      return session.txn;
    }
    if (txnNumber === session.txnNumber && session.state === 'committed') {
      throw new MongoServerFailure(
        'TransactionCommitted',
        `Transaction ${txnNumber} has been committed.`,
      );
    }
    if (txnNumber !== session.txnNumber || session.state !== 'inProgress' || !session.txn) {
      throw noSuchTransaction(txnNumber, session);
    }
    if (Date.now() - session.txn.startedAt > this.lifetimeLimitMs) {
      this.abortOpen(session);
      throw noSuchTransaction(txnNumber, session);
    }
    return session.txn;
  }

  /**
   * A retryable write (txnNumber without autocommit) moves the session to that number; it may
   * repeat a retryable write's number (a retry), never a transaction's.
   */
  advanceForRetryableWrite(session: Session, txnNumber: number): void {
    if (txnNumber < session.txnNumber) {
      throw tooOld(
        session,
        `Retryable write with txnNumber ${txnNumber} is prohibited on session ${session.key}`,
      );
    }
    if (txnNumber === session.txnNumber && session.state !== 'none') {
      throw new MongoServerFailure(
        'InvalidOptions',
        'Must specify autocommit=false on all operations of a multi-statement transaction.',
      );
    }
    if (txnNumber > session.txnNumber) {
      this.abortOpen(session);
      session.txnNumber = txnNumber;
      session.state = 'none';
    }
  }

  commit(session: Session, txnNumber: number): void {
    if (txnNumber === session.txnNumber && session.state === 'committed') return;
    const txn = this.transactionFor(session, txnNumber, false);
    try {
      txn.commit();
    } catch (error) {
      // The engine aborts a transaction whose commit fails; a retried commit must not report success.
      this.settle(session, 'aborted');
      throw error;
    }
    this.settle(session, 'committed');
  }

  abort(session: Session, txnNumber: number): void {
    const txn = this.transactionFor(session, txnNumber, false);
    this.settle(session, 'aborted');
    txn.abort();
  }

  /** Aborts the session's open transaction, if any (a failed statement, an expiry, a newer txn). */
  abortOpen(session: Session): void {
    if (session.state !== 'inProgress' || !session.txn) return;
    const { txn } = session;
    this.settle(session, 'aborted');
    if (txn.state === 'active') txn.abort();
  }

  end(lsid: unknown): void {
    const session = this.sessions.get(lsidKey(lsid));
    if (session) this.endSession(session);
  }

  /**
   * Ends sessions unused for logicalSessionTimeoutMinutes, aborting their open transactions and
   * killing their cursors: a client that died without endSessions leaves nothing behind.
   */
  reapIdle(now: number): void {
    for (const session of this.sessions.values()) {
      if (now - session.lastUse > SESSION_TIMEOUT_MS) this.endSession(session);
    }
  }

  /** Ends every session and stops reaping (server shutdown). */
  endAll(): void {
    clearInterval(this.reaper);
    for (const session of this.sessions.values()) this.endSession(session);
  }

  private endSession(session: Session): void {
    this.abortOpen(session);
    this.sessions.delete(session.key);
    this.onEnd(session);
  }

  private settle(session: Session, state: 'committed' | 'aborted'): void {
    clearTimeout(session.lifetimeTimer);
    session.lifetimeTimer = undefined;
    session.state = state;
    session.txn = undefined;
    this.onTransactionEnd(session);
  }
}
