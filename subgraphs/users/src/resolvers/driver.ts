import { signedInUserId } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { UsersContext } from '../context';
import type { DriverProfile } from '../domain/driver';
import { toResult } from './profile-results';

/** Later fields of the same request see the driver profile the mutation saved. */
function remember<T extends { kind: string }>(outcome: T, { loaders }: UsersContext): T {
  if (outcome.kind === 'DriverProfileSaved') {
    const { profile } = outcome as T & { profile: DriverProfile };
    loaders.driverProfileByUserId.clear(profile.driverId).prime(profile.driverId, profile);
  }
  return outcome;
}

export const driverResolvers: Resolvers = {
  User: {
    driverProfile: (user, _args, { loaders }) => loaders.driverProfileByUserId.load(user.id),
  },
  Mutation: {
    applyAsDriver: async (_parent, { input }, context) =>
      toResult(
        remember(
          await context.services.applyAsDriver(signedInUserId(context.identity), input),
          context,
        ),
      ),
    updateDriverVehicle: async (_parent, { input }, context) =>
      toResult(
        remember(
          await context.services.updateDriverVehicle(signedInUserId(context.identity), input),
          context,
        ),
      ),
    setDriverAvailability: async (_parent, { online }, context) =>
      toResult(
        remember(
          await context.services.setDriverAvailability(signedInUserId(context.identity), online),
          context,
        ),
      ),
    reviewDriverLicence: async (_parent, { input }, context) =>
      toResult(
        remember(
          await context.services.reviewDriverLicence(
            signedInUserId(context.identity),
            input.driverId,
            input.status,
          ),
          context,
        ),
      ),
  },
};
