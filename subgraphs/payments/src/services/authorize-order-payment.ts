import { isCurrency } from '@dabba/subgraph-kit';
import type { OrderProjection } from '../domain/order';
import { invalidInput } from '../domain/results';
import {
  makeAuthorizeCheckout,
  type AuthorizePaymentResult,
  type CheckoutRequest,
} from './authorize-payment';
import type { ProjectOrder } from './project-order';
import type { Deps } from './runtime';

export interface AuthorizeOrderPaymentInput extends CheckoutRequest {
  customerId: string;
  storeId: string;
  /** The order's total, tip excluded, in minor units of `currency`. */
  totalAmount: number;
  currency: string;
  promotionIds?: readonly string[];
  /** Minor units of `currency`. */
  tipAmount?: number;
}

/**
 * The orders service paying for an order at checkout, before its orders.order.placed.v1 can have
 * reached payments: the order is projected as that event would project it (which, arriving later,
 * then changes nothing), and its customer's payment authorised as authorizePayment does. An order
 * payments already knows with another customer, store or total is refused on `orderId`.
 */
export type AuthorizeOrderPayment = (
  input: AuthorizeOrderPaymentInput,
) => Promise<AuthorizePaymentResult>;

const sameOrder = (known: OrderProjection, input: AuthorizeOrderPaymentInput) =>
  known.customerId === input.customerId &&
  known.storeId === input.storeId &&
  known.total.amount === input.totalAmount &&
  known.total.currency === input.currency;

export function makeAuthorizeOrderPayment(
  deps: Deps,
  projectOrder: ProjectOrder,
): AuthorizeOrderPayment {
  const checkout = makeAuthorizeCheckout(deps);
  return async (input) => {
    const { orderId, customerId, storeId, totalAmount, currency } = input;
    if (!Number.isSafeInteger(totalAmount) || totalAmount < 0) {
      return invalidInput('totalAmount', 'Must be a whole, non-negative number of minor units');
    }
    if (!isCurrency(currency)) return invalidInput('currency', 'Must be an ISO 4217 code');
    const known = await deps.unitOfWork.run(async (tx) => {
      const order = await deps.orders.findById(orderId, tx.session);
      if (order) return order;
      const placed = {
        orderId,
        customerId,
        storeId,
        total: { amount: totalAmount, currency },
        promotionIds: [...(input.promotionIds ?? [])],
        placedAt: deps.now().toISOString(),
      };
      await projectOrder(placed, tx);
      return null;
    });
    if (known && !sameOrder(known, input)) {
      return invalidInput(
        'orderId',
        'Payments knows this order with another customer, store or total',
      );
    }
    return checkout(customerId, input, { minor: input.tipAmount ?? 0 });
  };
}
