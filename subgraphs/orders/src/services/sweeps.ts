import type { Order, OrderLine } from '../domain/order';
import type { Deps } from './runtime';
import type { Move, TransitionOrder } from './transition-order';

/** Orders one sweep handles at most; the next sweep takes the rest. */
const BATCH = 100;

/** The customer did not answer: their stated preference decides. */
function preferred(line: OrderLine): Move {
  const substitute = line.proposedSubstitute!;
  const preference = line.substitution ?? { mode: 'SIMILAR', sku: null };
  const accept =
    preference.mode === 'SIMILAR' ||
    (preference.mode === 'SPECIFIC' && preference.sku === substitute.sku);
  return {
    action: accept ? 'ACCEPT_SUBSTITUTE' : 'DECLINE_SUBSTITUTE',
    lineId: line.id,
    reason: `No answer in time; the customer's preference is ${preference.mode}`,
  };
}

/**
 * The saga's timeouts, run by every replica (the versioned saves make each move happen once):
 * a paid order the store did not answer is cancelled (payments releases the hold, catalog the
 * stock), an order whose payment never completed fails, an unanswered substitute follows the
 * customer's preference, and expired carts and quotes are removed.
 */
export function makeSweeps(deps: Deps, transition: TransitionOrder) {
  const each = async (ids: string[], move: (id: string) => Promise<unknown>): Promise<number> => {
    let moved = 0;
    for (const id of ids) {
      try {
        const result = await move(id);
        if (typeof result === 'object' && result !== null && 'order' in result) moved += 1;
      } catch (error) {
        deps.logger.error({ err: error, orderId: id }, 'timed-out order could not be moved');
      }
    }
    return moved;
  };

  return {
    storeResponses: async () =>
      each(await deps.orders.storeResponseDue(deps.now(), BATCH), (id) =>
        transition.bySystem(id, {
          action: 'CANCEL',
          reason: 'The store did not respond in time',
        }),
      ),

    payments: async () => {
      const placedBefore = new Date(deps.now().getTime() - deps.settings.paymentTimeoutMs);
      return each(await deps.orders.paymentDue(placedBefore, BATCH), (id) =>
        transition.bySystem(id, {
          action: 'PAYMENT_FAILED',
          reason: 'The payment was not completed in time',
        }),
      );
    },

    substitutions: async () => {
      const now = deps.now();
      const ids = await deps.orders.substitutionDue(now, BATCH);
      let moved = 0;
      for (const order of await deps.orders.findByIds(ids)) {
        moved += await each(dueLines(order, now), (lineId) =>
          transition.bySystem(order.id, preferred(order.lines.find((l) => l.id === lineId)!)),
        );
      }
      return moved;
    },

    expired: async () => {
      const now = deps.now();
      return (await deps.carts.deleteExpired(now)) + (await deps.quotes.deleteExpired(now));
    },
  };
}

function dueLines(order: Order, now: Date): string[] {
  return order.lines
    .filter(
      (line) => line.state === 'SUBSTITUTION_PROPOSED' && line.proposedSubstitute!.respondBy <= now,
    )
    .map((line) => line.id);
}

export type Sweeps = ReturnType<typeof makeSweeps>;
