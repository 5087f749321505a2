import type { MutationResolvers } from '../__generated__/resolvers-types';
import { toGraphQL } from './results';

const orDefault = <T>(value: T | null | undefined) => value ?? undefined;

export const mutations: MutationResolvers = {
  addCartLine: async (_parent, { input }, { identity, services }) =>
    toGraphQL(
      await services.addCartLine(identity, {
        storeId: input.storeId,
        kind: input.kind ?? 'PRODUCT',
        sku: input.sku ?? null,
        itemId: input.itemId ?? null,
        modifiers: input.modifiers,
        quantity: input.quantity,
        substitution: input.substitution ?? null,
      }),
    ),
  updateCartLine: async (_parent, { cartId, lineId, input }, { identity, services }) =>
    toGraphQL(await services.updateCartLine(identity, cartId, lineId, input)),
  updateCart: async (_parent, { cartId, input }, { identity, services }) =>
    toGraphQL(await services.updateCart(identity, cartId, input)),
  discardCart: (_parent, { cartId }, { identity, services }) =>
    services.discardCart(identity, cartId),
  quoteCart: async (_parent, { cartId }, { identity, services }) =>
    toGraphQL(await services.quoteCart(identity, cartId)),
  placeOrder: async (_parent, { input, idempotencyKey }, { identity, services }) =>
    toGraphQL(await services.placeOrder(identity, input, idempotencyKey)),
  acceptOrder: async (_parent, { orderId }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'ACCEPT' })),
  startPreparingOrder: async (_parent, { orderId }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'START_PREPARING' })),
  markOrderReady: async (_parent, { orderId }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'MARK_READY' })),
  rejectOrder: async (_parent, { orderId, reason }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'REJECT', reason })),
  cancelOrder: async (_parent, { orderId, reason }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'CANCEL', reason })),
  assignDriver: async (_parent, { orderId, driverId }, { identity, services }) =>
    toGraphQL(
      await services.transition.byCaller(identity, orderId, { action: 'ASSIGN_DRIVER', driverId }),
    ),
  pickUpOrder: async (_parent, { orderId }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'PICK_UP' })),
  deliverOrder: async (_parent, { orderId }, { identity, services }) =>
    toGraphQL(await services.transition.byCaller(identity, orderId, { action: 'DELIVER' })),
  reportUnavailableLine: async (
    _parent,
    { orderId, lineId, substituteSku },
    { identity, services },
  ) =>
    toGraphQL(
      await services.reportUnavailableLine(
        identity,
        orderId,
        lineId,
        orDefault(substituteSku) ?? null,
      ),
    ),
  respondToSubstitution: async (_parent, { orderId, lineId, accept }, { identity, services }) =>
    toGraphQL(await services.respondToSubstitution(identity, orderId, lineId, accept)),
};
