import type { ProfileUpdated } from '../domain/profile-results';
import type { ProfileRepository } from '../persistence/profile-repository';

/**
 * Removes one of the user's addresses; removing one that is not there succeeds, so a retry is
 * harmless. When it was the default, the first remaining address becomes the default.
 */
export type RemoveAddress = (userId: string, addressId: string) => Promise<ProfileUpdated>;

export function makeRemoveAddress(profiles: ProfileRepository): RemoveAddress {
  return async (userId, addressId) => ({
    kind: 'ProfileUpdated',
    userId,
    profile: await profiles.removeAddress(userId, addressId, new Date()),
  });
}
