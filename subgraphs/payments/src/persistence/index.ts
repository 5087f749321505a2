import type { Connection } from 'mongoose';
import { CustomerRepository } from './customer-repository';
import { LedgerRepository } from './ledger-repository';
import { OrderRepository } from './order-repository';
import { PaymentRepository } from './payment-repository';
import { WebhookRepository } from './webhook-repository';

export {
  CustomerRepository,
  LedgerRepository,
  OrderRepository,
  PaymentRepository,
  WebhookRepository,
};

export interface PaymentsPersistence {
  orders: OrderRepository;
  payments: PaymentRepository;
  ledger: LedgerRepository;
  webhooks: WebhookRepository;
  customers: CustomerRepository;
}

/** Repositories over the payments database, with their collections and indexes in place. */
export async function openPaymentsPersistence(db: Connection): Promise<PaymentsPersistence> {
  const persistence: PaymentsPersistence = {
    orders: new OrderRepository(db),
    payments: new PaymentRepository(db),
    ledger: new LedgerRepository(db),
    webhooks: new WebhookRepository(db),
    customers: new CustomerRepository(db),
  };
  for (const repository of Object.values(persistence)) await repository.syncIndexes();
  return persistence;
}
