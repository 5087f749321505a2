import type { Address } from './address';
import type { DriverProfile, LicenceStatus } from './driver';
import type { Profile } from './profile';

/** Outcomes of the profile, driver and verification use cases that GraphQL returns as data. */
export interface ProfileUpdated {
  kind: 'ProfileUpdated';
  userId: string;
  profile: Profile;
}

export interface AddressSaved {
  kind: 'AddressSaved';
  userId: string;
  address: Address;
  profile: Profile;
}

export interface LimitReached {
  kind: 'LimitReached';
  field: string;
  limit: number;
}

export interface AddressNotFound {
  kind: 'AddressNotFound';
  id: string;
}

export interface DriverProfileSaved {
  kind: 'DriverProfileSaved';
  profile: DriverProfile;
}

export interface DriverProfileExists {
  kind: 'DriverProfileExists';
  profile: DriverProfile;
}

export interface NotADriver {
  kind: 'NotADriver';
  /** Replaces the default message (no driver profile), e.g. when the DRIVER role was revoked. */
  message?: string;
}

export interface DriverNotVerified {
  kind: 'DriverNotVerified';
  licenceStatus: LicenceStatus;
}

export interface VerificationCodeSent {
  kind: 'VerificationCodeSent';
  expiresAt: Date;
  resendAfterSeconds: number;
}

export interface ContactVerified {
  kind: 'ContactVerified';
  userId: string;
}

export interface InvalidCode {
  kind: 'InvalidCode';
}

export interface CodeExpired {
  kind: 'CodeExpired';
}

export interface PasswordResetRequested {
  kind: 'PasswordResetRequested';
}

export interface PasswordReset {
  kind: 'PasswordReset';
  revokedSessions: number;
}
