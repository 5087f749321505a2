import { alignByKey } from '@dabba/subgraph-kit';
import DataLoader from 'dataloader';
import type { DriverProfile } from '../domain/driver';
import type { Profile } from '../domain/profile';
import type { ProfileServices } from '../services/profile-services';

export interface ProfileLoaders {
  /** Every user has a profile (an empty one until they fill it in). */
  profileByUserId: DataLoader<string, Profile>;
  driverProfileByUserId: DataLoader<string, DriverProfile | null>;
}

export function createProfileLoaders(services: ProfileServices): ProfileLoaders {
  return {
    profileByUserId: new DataLoader((userIds) => services.getProfilesByUserIds(userIds)),
    driverProfileByUserId: new DataLoader(async (userIds) =>
      alignByKey(userIds, await services.getDriverProfiles(userIds), (p) => p.driverId),
    ),
  };
}
