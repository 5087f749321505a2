import type { Connection } from 'mongoose';
import { DriverRepository } from './driver-repository';
import { OneTimeCodeRepository } from './one-time-code-repository';
import { ProfileRepository } from './profile-repository';

export { DriverRepository, OneTimeCodeRepository, ProfileRepository };

/** The repositories behind profiles, driver profiles and one-time codes. */
export interface ProfilePersistence {
  profiles: ProfileRepository;
  drivers: DriverRepository;
  oneTimeCodes: OneTimeCodeRepository;
}

export async function openProfilePersistence(db: Connection): Promise<ProfilePersistence> {
  const profiles = new ProfileRepository(db);
  const drivers = new DriverRepository(db);
  const oneTimeCodes = new OneTimeCodeRepository(db);
  await profiles.syncIndexes();
  await drivers.syncIndexes();
  await oneTimeCodes.syncIndexes();
  return { profiles, drivers, oneTimeCodes };
}
