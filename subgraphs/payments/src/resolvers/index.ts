import { DateTimeScalar, signedInUserId } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { Payment } from '../domain/payment';
import { mutations } from './mutations';
import { moneyOf, toMoney } from './results';

const amount =
  (field: 'amount' | 'authorized' | 'captured' | 'refunded' | 'tip' | 'shortfall') =>
  (payment: Payment) =>
    toMoney(payment[field], payment.currency);

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    payment: (_parent, { id }, { loaders }) => loaders.paymentById.load(id),
    savedPaymentMethods: (_parent, _args, { identity, services }) =>
      services.listSavedPaymentMethods(signedInUserId(identity)),
    ledgerReconciliation: async (_parent, { currency }, { services }) => {
      const result = await services.reconcileLedger(currency);
      return {
        currency: result.currency,
        balances: result.balances.map(({ account, balance }) => ({
          account,
          amount: String(balance),
        })),
        total: String(result.total),
        entryCount: result.entryCount,
      };
    },
  },
  Mutation: mutations,
  Payment: {
    __resolveReference: (reference, { loaders }) => loaders.paymentById.load(reference.id),
    order: (payment) => ({ id: payment.orderId, customerId: payment.customerId }),
    payer: (payment) => ({ id: payment.customerId }),
    amount: amount('amount'),
    authorizedAmount: amount('authorized'),
    capturedAmount: amount('captured'),
    refundedAmount: amount('refunded'),
    tip: amount('tip'),
    shortfall: amount('shortfall'),
    nextAction: (payment) =>
      payment.nextAction && {
        type: payment.nextAction.type === 'use_sdk' ? 'USE_SDK' : 'REDIRECT_TO_URL',
        url: payment.nextAction.url ?? null,
        clientSecret: payment.nextAction.clientSecret ?? null,
      },
    ledgerEntries: (payment, _args, { loaders }) => loaders.ledgerEntriesOfPayment.load(payment.id),
  },
  Refund: {
    amount: (refund) => moneyOf(refund.amount),
    payment: async (refund, _args, { loaders }) => {
      const payment = await loaders.paymentById.load(refund.paymentId);
      if (!payment) throw new Error(`refund ${refund.id} has no payment`);
      return payment;
    },
  },
  LedgerEntry: {
    postings: (entry) =>
      entry.postings.map(({ account, amount }) => ({ account, amount: String(amount) })),
  },
  Order: {
    __resolveReference: async (reference, { loaders }) => {
      const order = await loaders.orderById.load(reference.id);
      return { id: reference.id, customerId: order?.customerId ?? null };
    },
    payment: (order, _args, { loaders }) => loaders.paymentOfOrder.load(order.id),
    paymentStatus: async (order, _args, { loaders }) =>
      (await loaders.paymentOfOrder.load(order.id))?.status ?? null,
  },
  User: {
    payments: (user, { first, after }, { services }) =>
      services.listPayments(user.id, { first, after: after ?? null }),
  },
};
