import type { AccessRules, Identity } from '@dabba/subgraph-kit';
import type { PaymentsContext } from './context';
import type { OrderReference } from './domain/order';
import type { Payment } from './domain/payment';

const userIdOf = (identity: Identity): string | null =>
  identity.kind === 'user' ? identity.userId : null;

/**
 * The payments subgraph's access rules, beside the kit's built-in ones. An operation naming an
 * order or a payment that does not exist is let through, so that its use case answers
 * UNKNOWN_ORDER or NOT_FOUND; anything that exists is admitted only to its customer.
 */
export const paymentsAccessRules: AccessRules = {
  /** The customer who pays (Payment fields). */
  payer: ({ identity, parent }) => {
    const userId = userIdOf(identity);
    return userId !== null && (parent as Payment).customerId === userId;
  },
  /** The order's customer (Order fields). */
  orderCustomer: ({ identity, parent }) => {
    const userId = userIdOf(identity);
    return userId !== null && (parent as OrderReference).customerId === userId;
  },
  /** The user themself (User fields). */
  self: ({ identity, parent }) => {
    const userId = userIdOf(identity);
    return userId !== null && (parent as { id: string }).id === userId;
  },
  /** The customer of the order `input.orderId` (authorizePayment). */
  customerOfInputOrder: async ({ identity, args, context }) => {
    const userId = userIdOf(identity);
    if (userId === null) return false;
    const { orderId } = args.input as { orderId: string };
    const order = await (context as PaymentsContext).loaders.orderById.load(orderId);
    return order === null || order.customerId === userId;
  },
  /** Dabba's own services (orders authorising at checkout), never end users. */
  internalService: ({ identity }) => identity.kind === 'service',
  /** The customer of the payment `paymentId` (confirmPayment). */
  payerOfPaymentId: async ({ identity, args, context }) => {
    const userId = userIdOf(identity);
    if (userId === null) return false;
    const payment = await (context as PaymentsContext).loaders.paymentById.load(
      args.paymentId as string,
    );
    return payment === null || payment.customerId === userId;
  },
};
