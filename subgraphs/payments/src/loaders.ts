import { alignByKey, groupByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { JournalEntry } from './domain/ledger';
import type { OrderProjection } from './domain/order';
import type { Payment } from './domain/payment';
import type { PaymentsServices } from './services';

export interface PaymentsLoaders {
  paymentById: DataLoader<string, Payment | null>;
  /** The order's live payment, else its latest attempt. */
  paymentOfOrder: DataLoader<string, Payment | null>;
  orderById: DataLoader<string, OrderProjection | null>;
  ledgerEntriesOfPayment: DataLoader<string, JournalEntry[]>;
}

export function createPaymentsLoaders(services: PaymentsServices): PaymentsLoaders {
  return {
    paymentById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getPaymentsByIds(ids), (payment) => payment.id),
    ),
    paymentOfOrder: new DataLoader(async (orderIds) =>
      alignByKey(orderIds, await services.getPaymentsOfOrders(orderIds), (p) => p.orderId),
    ),
    orderById: new DataLoader(async (ids) =>
      alignByKey(ids, await services.getOrdersByIds(ids), (order) => order.id),
    ),
    ledgerEntriesOfPayment: new DataLoader(async (paymentIds) =>
      groupByKey(paymentIds, await services.getLedgerEntries(paymentIds), (e) => e.paymentId),
    ),
  };
}
