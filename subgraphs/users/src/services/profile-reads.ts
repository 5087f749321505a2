import type { DriverProfile } from '../domain/driver';
import { emptyProfile, type Profile } from '../domain/profile';
import type { DriverRepository } from '../persistence/driver-repository';
import type { ProfileRepository } from '../persistence/profile-repository';

/** One profile per id asked, in order; an empty one for users who have told us nothing yet. */
export type GetProfilesByUserIds = (userIds: readonly string[]) => Promise<Profile[]>;

export function makeGetProfilesByUserIds(profiles: ProfileRepository): GetProfilesByUserIds {
  return async (userIds) => {
    const found = new Map((await profiles.findByUserIds(userIds)).map((p) => [p.userId, p]));
    return userIds.map((userId) => found.get(userId) ?? emptyProfile(userId));
  };
}

/** The driver profiles that exist among these user ids, in no particular order. */
export type GetDriverProfiles = (driverIds: readonly string[]) => Promise<DriverProfile[]>;

export function makeGetDriverProfiles(drivers: DriverRepository): GetDriverProfiles {
  return (driverIds) => drivers.findByIds(driverIds);
}
