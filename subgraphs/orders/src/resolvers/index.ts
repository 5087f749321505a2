import { DateTimeScalar, moneyView, signedInUserId } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { mutations } from './mutations';
import { pricingView } from './results';

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
    tip: (cart) => moneyView(cart.tip, cart.currency),
  },
  Order: {
    __resolveReference: (reference, { loaders }) => loaders.orderById.load(reference.id),
    customer: (order) => ({ id: order.customerId }),
    store: (order) => ({ id: order.storeId }),
    driver: (order) => (order.driverId ? { id: order.driverId } : null),
    pricing: (order) => pricingView(order),
    lines: (order) => order.lines.map((line) => ({ ...line, currency: order.currency })),
  },
  OrderLine: {
    unitPrice: (line) => moneyView(line.unitPrice, line.currency),
    netTotal: (line) => moneyView(line.netTotal, line.currency),
    proposedSubstitute: ({ proposedSubstitute: substitute, currency }) =>
      substitute && {
        ...substitute,
        unitPrice: moneyView(substitute.unitPrice, currency),
        total: moneyView(substitute.total, currency),
      },
  },
  OrderTimelineEntry: {
    actor: (entry) => entry.actor.kind,
    actorId: (entry) => entry.actor.id,
  },
};
