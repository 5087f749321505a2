import { signedInUserId, type Identity } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import { toResult } from './profile-results';

/** Callers the gateway could not place share one bucket, so they are throttled together. */
const clientIpOf = (identity: Identity): string => identity.clientIp ?? 'unknown';

export const verificationResolvers: Resolvers = {
  Mutation: {
    requestEmailVerification: async (_parent, _args, { identity, services }) =>
      toResult(await services.requestContactVerification(signedInUserId(identity), 'email')),
    requestPhoneVerification: async (_parent, _args, { identity, services }) =>
      toResult(await services.requestContactVerification(signedInUserId(identity), 'phone')),
    verifyEmail: async (_parent, { code }, { identity, services, loaders }) => {
      const userId = signedInUserId(identity);
      const outcome = await services.verifyContact(userId, 'email', code);
      loaders.profileByUserId.clear(userId);
      return toResult(outcome);
    },
    verifyPhone: async (_parent, { code }, { identity, services, loaders }) => {
      const userId = signedInUserId(identity);
      const outcome = await services.verifyContact(userId, 'phone', code);
      loaders.profileByUserId.clear(userId);
      return toResult(outcome);
    },
    requestPasswordReset: async (_parent, { input }, { identity, services }) => {
      const outcome = await services.requestPasswordReset(input, clientIpOf(identity));
      return outcome.kind === 'PasswordResetRequested'
        ? { __typename: 'PasswordResetRequested', success: true }
        : toResult(outcome);
    },
    resetPassword: async (_parent, { input }, { services }) =>
      toResult(await services.resetPassword(input)),
  },
};
