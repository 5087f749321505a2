import { signedInUserId } from '@dabba/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { toGraphQL } from './results';

export const mutations: MutationResolvers = {
  authorizePayment: async (_parent, { input }, { identity, services }) =>
    toGraphQL(await services.authorizePayment(signedInUserId(identity), input)),
  authorizeOrderPayment: async (_parent, { input }, { services }) =>
    toGraphQL(await services.authorizeOrderPayment(input)),
  confirmPayment: async (_parent, { paymentId }, { services }) =>
    toGraphQL(await services.confirmPayment(paymentId)),
  refundPayment: async (_parent, { input }, { services }) =>
    toGraphQL(await services.refundPayment(input)),
};
