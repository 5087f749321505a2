import type { Transaction } from '@dabba/subgraph-kit';
import type { DabbaEventCatalog, EventData, EventEnvelope } from '@dabba/schema/events';
import { deliveredItems } from '../domain/review';
import type { ReviewEligibilityRepository } from '../persistence/review-eligibility-repository';

type OrderDelivered = EventData<DabbaEventCatalog, 'orders.order.delivered.v1'>;

/**
 * Handles orders.order.delivered.v1: records that the customer received the order, from its
 * store, with its items, which makes them eligible to review it. Runs in the consumer's
 * transaction, with the inbox record, so a redelivered event has no second effect.
 */
export type RecordDeliveredOrder = (event: EventEnvelope, tx: Transaction) => Promise<void>;

export function makeRecordDeliveredOrder(
  eligibility: ReviewEligibilityRepository,
): RecordDeliveredOrder {
  return async (event, tx) => {
    // The bus validated the data against the event catalog before handing the event over.
    const data = event.data as OrderDelivered;
    await eligibility.record(
      {
        orderId: data.orderId,
        customerId: data.customerId,
        storeId: data.storeId,
        items: deliveredItems(data.lines),
        deliveredAt: new Date(data.deliveredAt),
      },
      tx.session,
    );
  };
}
