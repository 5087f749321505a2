import type { Logger, UnitOfWork } from '@dabba/subgraph-kit';
import type { LoginThrottle } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/password-hasher';
import type { DriverProfile } from '../domain/driver';
import type { Profile } from '../domain/profile';
import type { Notifier } from '../notifications/notifier';
import type { ProfilePersistence } from '../persistence/profile-persistence';
import type { RefreshTokenRepository } from '../persistence/refresh-token-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';
import { makeAddAddress, type AddAddress } from './address-add';
import { makeSetDefaultAddress, type SetDefaultAddress } from './address-default';
import { makeRemoveAddress, type RemoveAddress } from './address-remove';
import { makeUpdateAddress, type UpdateAddress } from './address-update';
import { makeApplyAsDriver, type ApplyAsDriver } from './driver-apply';
import { makeSetDriverAvailability, type SetDriverAvailability } from './driver-availability';
import { makeReviewDriverLicence, type ReviewDriverLicence } from './driver-review';
import { makeUpdateDriverVehicle, type UpdateDriverVehicle } from './driver-vehicle';
import { makeCheckCode } from './one-time-code-check';
import { makeSendCode } from './one-time-code-send';
import { makeResetPassword, type ResetPassword } from './password-reset';
import { makeRequestPasswordReset, type RequestPasswordReset } from './password-reset-request';
import { makeSetDietaryPreferences, type SetDietaryPreferences } from './preferences-dietary';
import {
  makeUpdateNotificationPreferences,
  type UpdateNotificationPreferences,
} from './preferences-notifications';
import {
  makeAddFavourite,
  makeRemoveFavourite,
  type AddFavourite,
  type RemoveFavourite,
} from './profile-favourites';
import { makeUpdateLocale, type UpdateLocale } from './profile-locale';
import { makeUpdateName, type UpdateName } from './profile-name';
import {
  makeGetDriverProfiles,
  makeGetProfilesByUserIds,
  type GetDriverProfiles,
  type GetProfilesByUserIds,
} from './profile-reads';
import { makeVerifyContact, type VerifyContact } from './verification-confirm';
import {
  makeRequestContactVerification,
  type RequestContactVerification,
} from './verification-request';

/** Profiles, driver profiles, contact verification and password reset. */
export interface ProfileServices {
  getProfilesByUserIds: GetProfilesByUserIds;
  getDriverProfiles: GetDriverProfiles;
  updateName: UpdateName;
  updateLocale: UpdateLocale;
  addAddress: AddAddress;
  updateAddress: UpdateAddress;
  removeAddress: RemoveAddress;
  setDefaultAddress: SetDefaultAddress;
  setDietaryPreferences: SetDietaryPreferences;
  updateNotificationPreferences: UpdateNotificationPreferences;
  addFavourite: AddFavourite;
  removeFavourite: RemoveFavourite;
  applyAsDriver: ApplyAsDriver;
  updateDriverVehicle: UpdateDriverVehicle;
  setDriverAvailability: SetDriverAvailability;
  reviewDriverLicence: ReviewDriverLicence;
  requestContactVerification: RequestContactVerification;
  verifyContact: VerifyContact;
  requestPasswordReset: RequestPasswordReset;
  resetPassword: ResetPassword;
  /** Demo seeding: stores the profile as given, replacing any. */
  seedProfile: (profile: Profile) => Promise<void>;
  seedDriverProfile: (profile: DriverProfile) => Promise<void>;
}

export interface ProfileRuntime {
  unitOfWork: UnitOfWork;
  logger: Logger;
  hasher: PasswordHasher;
  notifier: Notifier;
  /** Failed logins; a password reset lifts the identifier's lockout. */
  loginThrottle: LoginThrottle;
  /** Password reset requests per identifier and per client address. */
  passwordResetThrottle: LoginThrottle;
}

export function createProfileServices(
  persistence: ProfilePersistence & {
    users: UserRepository;
    refreshTokens: RefreshTokenRepository;
    tokenRevocations: TokenRevocationRepository;
  },
  runtime: ProfileRuntime,
): ProfileServices {
  const { users, refreshTokens, tokenRevocations, profiles, drivers, oneTimeCodes } = persistence;
  const { unitOfWork, logger, hasher, notifier } = runtime;
  const sendCode = makeSendCode({ oneTimeCodes, notifier });
  const checkCode = makeCheckCode(oneTimeCodes);
  return {
    getProfilesByUserIds: makeGetProfilesByUserIds(profiles),
    getDriverProfiles: makeGetDriverProfiles(drivers),
    updateName: makeUpdateName(profiles),
    updateLocale: makeUpdateLocale(users, profiles),
    addAddress: makeAddAddress(profiles),
    updateAddress: makeUpdateAddress(profiles),
    removeAddress: makeRemoveAddress(profiles),
    setDefaultAddress: makeSetDefaultAddress(profiles),
    setDietaryPreferences: makeSetDietaryPreferences(profiles),
    updateNotificationPreferences: makeUpdateNotificationPreferences(profiles),
    addFavourite: makeAddFavourite(profiles),
    removeFavourite: makeRemoveFavourite(profiles),
    applyAsDriver: makeApplyAsDriver({ drivers, users, unitOfWork }),
    updateDriverVehicle: makeUpdateDriverVehicle({ drivers, unitOfWork }),
    setDriverAvailability: makeSetDriverAvailability({ drivers, users, unitOfWork }),
    reviewDriverLicence: makeReviewDriverLicence({ drivers, unitOfWork }),
    requestContactVerification: makeRequestContactVerification({ users, profiles, sendCode }),
    verifyContact: makeVerifyContact({ users, profiles, oneTimeCodes, checkCode, unitOfWork }),
    requestPasswordReset: makeRequestPasswordReset({
      users,
      sendCode,
      requestThrottle: runtime.passwordResetThrottle,
      logger,
    }),
    resetPassword: makeResetPassword({
      users,
      profiles,
      refreshTokens,
      tokenRevocations,
      oneTimeCodes,
      checkCode,
      hasher,
      loginThrottle: runtime.loginThrottle,
      unitOfWork,
    }),
    seedProfile: (profile) => profiles.replace(profile, new Date()),
    seedDriverProfile: (profile) => drivers.save(profile),
  };
}
