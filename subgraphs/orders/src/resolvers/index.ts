import { DateTimeScalar, signedInUserId } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { Discount, PriceBreakdown } from '../domain/pricing';
import { mutations } from './mutations';
import { toMoney } from './results';

const discountsIn = (price: PriceBreakdown) =>
  price.discounts.map((discount: Discount) => ({
    ...discount,
    amount: toMoney(discount.amount, price.currency),
  }));

/** The amounts every priced view shares (a quote, an order's pricing). */
function priced(price: PriceBreakdown) {
  const money = (amount: number) => toMoney(amount, price.currency);
  return {
    subtotal: money(price.subtotal),
    discounts: discountsIn(price),
    couponDiscount: money(price.couponDiscount),
    deliveryFee: money(price.deliveryFee),
    surgeMultiplier: price.surgeMultiplierBps / 10_000,
    serviceFee: money(price.serviceFee),
    tax: money(price.tax),
    tip: money(price.tip),
    total: money(price.total),
  };
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    order: async (_parent, { id }, { identity, loaders, services }) =>
      services.order(identity, await loaders.orderById.load(id)),
    myCart: (_parent, { storeId }, { identity, services }) => services.myCart(identity, storeId),
    myOrders: (_parent, { first, after }, { identity, services }) =>
      services.myOrders(signedInUserId(identity), first, after),
    storeOrderQueue: (_parent, { storeId }, { services }) => services.storeOrderQueue(storeId),
    searchOrders: (_parent, { filter, first, after }, { services }) =>
      services.searchOrders(
        {
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.storeId ? { storeId: filter.storeId } : {}),
          ...(filter.customerId ? { customerId: filter.customerId } : {}),
          ...(filter.placedFrom ? { placedFrom: filter.placedFrom } : {}),
          ...(filter.placedTo ? { placedTo: filter.placedTo } : {}),
        },
        first,
        after,
      ),
  },
  Mutation: mutations,
  Cart: {
    customer: (cart) => ({ id: cart.customerId }),
    store: (cart) => ({ id: cart.storeId }),
    tip: (cart) => toMoney(cart.tip, cart.currency),
  },
  PriceQuote: {
    ...Object.fromEntries(
      [
        'subtotal',
        'discounts',
        'couponDiscount',
        'deliveryFee',
        'surgeMultiplier',
        'serviceFee',
        'tax',
        'tip',
        'total',
      ].map((field) => [
        field,
        (quote: { price: PriceBreakdown }) => priced(quote.price)[field as 'tax'],
      ]),
    ),
    deliveryDistanceMeters: (quote) => quote.price.deliveryDistanceMeters,
    lines: (quote) =>
      quote.price.lines.map((line) => ({
        ...line,
        unitPrice: toMoney(line.unitPrice, quote.price.currency),
        total: toMoney(line.total, quote.price.currency),
        discount: toMoney(line.discount, quote.price.currency),
      })),
  },
  Order: {
    __resolveReference: (reference, { loaders }) => loaders.orderById.load(reference.id),
    customer: (order) => ({ id: order.customerId }),
    store: (order) => ({ id: order.storeId }),
    driver: (order) => (order.driverId ? { id: order.driverId } : null),
    pricing: (order) => order,
    lines: (order) => order.lines.map((line) => ({ ...line, currency: order.currency })),
  },
  OrderPricing: {
    ...Object.fromEntries(
      [
        'subtotal',
        'discounts',
        'couponDiscount',
        'deliveryFee',
        'surgeMultiplier',
        'serviceFee',
        'tax',
        'tip',
        'total',
      ].map((field) => [
        field,
        (order: { pricing: PriceBreakdown }) => priced(order.pricing)[field as 'tax'],
      ]),
    ),
    finalTotal: (order) => toMoney(order.finalGoodsTotal + order.pricing.tip, order.currency),
  },
  OrderLine: {
    unitPrice: (line) => toMoney(line.unitPrice, line.currency),
    netTotal: (line) => toMoney(line.netTotal, line.currency),
    proposedSubstitute: ({ proposedSubstitute: substitute, currency }) =>
      substitute && {
        ...substitute,
        unitPrice: toMoney(substitute.unitPrice, currency),
        total: toMoney(substitute.total, currency),
      },
  },
  OrderTimelineEntry: {
    actor: (entry) => entry.actor.kind,
    actorId: (entry) => entry.actor.id,
  },
};
