import type { EventData, DabbaEventCatalog } from '@dabba/schema/events';
import { NotFoundError, type Transaction } from '@dabba/subgraph-kit';
import { withStoreDeadline } from '../domain/lifecycle';
import type { Order } from '../domain/order';
import type { Deps } from './runtime';
import type { TransitionOrder, TransitionResult } from './transition-order';

type PaymentAuthorized = EventData<DabbaEventCatalog, 'payments.payment.authorized.v1'>;
type PaymentFailed = EventData<DabbaEventCatalog, 'payments.payment.failed.v1'>;

/** The store has STORE_RESPONSE_TIMEOUT_SECONDS to answer an order once it is paid. */
export const storeDeadline =
  (deps: Deps) =>
  (order: Order): Order =>
    withStoreDeadline(order, new Date(deps.now().getTime() + deps.settings.storeResponseTimeoutMs));

/**
 * The saga's steps driven by payments' events. Each is a move of the order's transition table,
 * made in the consumer's transaction with its inbox record; a move the order no longer allows
 * (it is already PLACED from checkout's own answer, or it ended) is a no-op, so a redelivery or a
 * late event changes nothing. What follows each step is the order's own event: catalog commits
 * or releases the stock, payments releases a hold on failed, cancelled and rejected orders.
 */
export function makeSaga(deps: Deps, transition: TransitionOrder) {
  const settle = async (orderId: string, step: Promise<TransitionResult>): Promise<void> => {
    try {
      const result = await step;
      if (!('order' in result)) {
        deps.logger.debug({ orderId, result }, 'payment event left the order as it was');
      }
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      deps.logger.warn({ orderId }, 'payment event for an order orders does not have');
    }
  };

  return {
    paymentAuthorized: (data: PaymentAuthorized, tx: Transaction) =>
      settle(
        data.orderId,
        transition.inTransaction(
          tx,
          data.orderId,
          { action: 'PAYMENT_AUTHORIZED' },
          storeDeadline(deps),
        ),
      ),
    paymentFailed: (data: PaymentFailed, tx: Transaction) =>
      settle(
        data.orderId,
        transition.inTransaction(tx, data.orderId, {
          action: 'PAYMENT_FAILED',
          reason: `The payment failed: ${data.reason}`,
        }),
      ),
  };
}

export type Saga = ReturnType<typeof makeSaga>;
