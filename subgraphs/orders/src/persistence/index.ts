import type { Connection } from 'mongoose';
import { CartRepository } from './cart-repository';
import { OrderRepository } from './order-repository';
import { QuoteRepository } from './quote-repository';
import { StoreRepository } from './store-repository';

export * from './cart-repository';
export * from './order-repository';
export * from './quote-repository';
export * from './store-repository';

export interface OrdersPersistence {
  carts: CartRepository;
  quotes: QuoteRepository;
  orders: OrderRepository;
  stores: StoreRepository;
}

/** The orders subgraph's repositories, with their indexes in place. */
export async function openOrdersPersistence(db: Connection): Promise<OrdersPersistence> {
  const persistence = {
    carts: new CartRepository(db),
    quotes: new QuoteRepository(db),
    orders: new OrderRepository(db),
    stores: new StoreRepository(db),
  };
  for (const repository of Object.values(persistence)) await repository.syncIndexes();
  return persistence;
}
