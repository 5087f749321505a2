import { makeCarts } from './carts';
import { makePlaceOrder } from './place-order';
import { makeQueries } from './queries';
import { makeQuoteCart } from './quote-cart';
import type { Deps } from './runtime';
import { makeSaga } from './saga';
import { makeSubstitutions } from './substitutions';
import { makeSweeps } from './sweeps';
import { makeTransitionOrder } from './transition-order';

export type { Deps, SurgePort } from './runtime';
export { NO_SURGE } from './runtime';

/** Every orders use case over its repositories, the catalog and payments. */
export function createOrdersServices(deps: Deps) {
  const transition = makeTransitionOrder(deps);
  return {
    ...makeCarts(deps),
    ...makeQueries(deps),
    ...makeSubstitutions(deps, transition),
    quoteCart: makeQuoteCart(deps),
    placeOrder: makePlaceOrder(deps, transition),
    transition,
    saga: makeSaga(deps, transition),
    sweeps: makeSweeps(deps, transition),
  };
}

export type OrdersServices = ReturnType<typeof createOrdersServices>;
