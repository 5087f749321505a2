import { signedInUserId, type Identity } from '@dabba/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { toGraphQL } from './results';

/** Callers the gateway could not place share one bucket, so they are throttled together. */
const clientIpOf = (identity: Identity): string => identity.clientIp ?? 'unknown';

export const mutations: MutationResolvers = {
  signUp: async (_parent, { input }, { services }) => toGraphQL(await services.signUp(input)),
  logIn: async (_parent, { input }, { identity, services }) =>
    toGraphQL(await services.logIn(input, clientIpOf(identity))),
  refreshSession: async (_parent, { refreshToken }, { services }) =>
    toGraphQL(await services.refreshSession(refreshToken)),
  logOut: async (_parent, { refreshToken }, { services }) => {
    await services.logOut(refreshToken);
    return { __typename: 'LoggedOut', success: true };
  },
  changePassword: async (_parent, { input }, { identity, services }) => {
    return toGraphQL(
      await services.changePassword(signedInUserId(identity), input, clientIpOf(identity)),
    );
  },
};
