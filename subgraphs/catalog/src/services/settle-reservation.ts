import type { Transaction } from '@dabba/subgraph-kit';
import type { Reservation } from '../domain/reservation';
import type { ProductDeps } from './product-context';

/**
 * Commits the reservation made under this key (its order was paid): the units leave on-hand
 * stock. Runs in the caller's transaction (an event handler's); false when there is no held
 * reservation to commit, e.g. it was released or expired first.
 */
export type CommitReservation = (key: string, tx: Transaction) => Promise<boolean>;

/**
 * Releases the reservation under this key (its order was cancelled, rejected or failed): held
 * units become available again, committed ones go back on the shelf. False when there is nothing
 * to release.
 */
export type ReleaseReservation = (key: string, tx: Transaction) => Promise<boolean>;

/** Releases held reservations whose time is up, in batches; returns how many it expired. */
export type ExpireReservations = (limit?: number) => Promise<number>;

class BrokenStock extends Error {
  constructor(reservation: Reservation, sku: string, step: string) {
    super(`reservation ${reservation.key}: stock of ${sku} cannot ${step}`);
  }
}

export function makeCommitReservation(deps: ProductDeps): CommitReservation {
  return async (key, tx) => {
    const before = await deps.reservations.move(key, 'COMMITTED', deps.now(), tx.session);
    if (!before) {
      const current = await deps.reservations.find(key, tx.session);
      if (current && current.status !== 'COMMITTED') {
        deps.logger.warn(
          { reservationKey: key, status: current.status },
          'payment authorised for a reservation that no longer holds stock',
        );
      }
      return false;
    }
    for (const { sku, quantity } of before.lines) {
      const change = await deps.inventory.consume(before.storeId, sku, quantity, tx.session);
      if (!change) throw new BrokenStock(before, sku, 'be consumed');
    }
    return true;
  };
}

async function release(deps: ProductDeps, before: Reservation, tx: Transaction): Promise<void> {
  for (const { sku, quantity } of before.lines) {
    const change =
      before.status === 'COMMITTED'
        ? await deps.inventory.restock(before.storeId, sku, quantity, tx.session)
        : await deps.inventory.unreserve(before.storeId, sku, quantity, tx.session);
    if (!change) throw new BrokenStock(before, sku, 'be released');
  }
}

export function makeReleaseReservation(deps: ProductDeps): ReleaseReservation {
  return async (key, tx) => {
    const before = await deps.reservations.move(key, 'RELEASED', deps.now(), tx.session);
    if (!before) return false;
    await release(deps, before, tx);
    return true;
  };
}

/**
 * Safe with several replicas: each reservation moves HELD → EXPIRED with one conditional update
 * in the transaction that returns its stock, so only one replica releases it.
 */
export function makeExpireReservations(deps: ProductDeps): ExpireReservations {
  return async (limit = 100) => {
    const now = deps.now();
    const keys = await deps.reservations.findExpiredKeys(now, limit);
    let expired = 0;
    for (const key of keys) {
      const done = await deps.unitOfWork.run(async (tx) => {
        const before = await deps.reservations.move(key, 'EXPIRED', now, tx.session);
        if (!before) return false;
        await release(deps, before, tx);
        return true;
      });
      if (done) expired++;
    }
    return expired;
  };
}
