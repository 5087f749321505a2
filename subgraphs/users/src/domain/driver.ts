import { invalidInput, type InvalidInput } from './auth-results';

export const VEHICLE_TYPES = ['BICYCLE', 'MOTORBIKE', 'CAR', 'VAN'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

export const LICENCE_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED', 'EXPIRED'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];
/** What a review may decide; PENDING is only where an application starts. */
export type LicenceDecision = Exclude<LicenceStatus, 'PENDING'>;

/**
 * How much a driver carries at once: orders in the bag (dispatch never assigns more) and their
 * total weight in whole kilograms.
 */
export interface DriverCapacity {
  maxConcurrentOrders: number;
  maxLoadKg: number;
}

export const MAX_CONCURRENT_ORDERS = 10;
/** The most a vehicle of each type may be declared to carry. */
export const MAX_LOAD_KG: Readonly<Record<VehicleType, number>> = {
  BICYCLE: 20,
  MOTORBIKE: 50,
  CAR: 300,
  VAN: 1000,
};

export interface DriverProfile {
  /** The user's id. */
  driverId: string;
  vehicleType: VehicleType;
  capacity: DriverCapacity;
  /** Upper case letters and digits, separators removed. */
  licenceNumber: string;
  licenceStatus: LicenceStatus;
  licenceReviewedAt: Date | null;
  licenceReviewedBy: string | null;
  online: boolean;
  appliedAt: Date;
  /** When anything dispatch hears about (status, vehicle, capacity) last changed. */
  statusChangedAt: Date;
  /** Grows by one with each such change, so consumers can drop stale events. */
  version: number;
}

export interface VehicleInput {
  vehicleType: VehicleType;
  maxConcurrentOrders: number;
  maxLoadKg: number;
}

export interface DriverApplicationInput extends VehicleInput {
  licenceNumber: string;
}

const LICENCE_NUMBER = /^[A-Z0-9]{5,20}$/;

/** Capacity that fits the vehicle, or the field at fault. */
export function validateVehicle(
  input: VehicleInput,
): { vehicleType: VehicleType; capacity: DriverCapacity } | InvalidInput {
  if (!(VEHICLE_TYPES as readonly string[]).includes(input.vehicleType)) {
    return invalidInput('vehicleType', `vehicleType must be one of ${VEHICLE_TYPES.join(', ')}`);
  }
  const orders = input.maxConcurrentOrders;
  if (!Number.isInteger(orders) || orders < 1 || orders > MAX_CONCURRENT_ORDERS) {
    return invalidInput(
      'maxConcurrentOrders',
      `maxConcurrentOrders must be a whole number from 1 to ${MAX_CONCURRENT_ORDERS}`,
    );
  }
  const maxLoad = MAX_LOAD_KG[input.vehicleType];
  if (!Number.isInteger(input.maxLoadKg) || input.maxLoadKg < 1 || input.maxLoadKg > maxLoad) {
    return invalidInput(
      'maxLoadKg',
      `maxLoadKg must be a whole number from 1 to ${maxLoad} for a ${input.vehicleType.toLowerCase()}`,
    );
  }
  return {
    vehicleType: input.vehicleType,
    capacity: { maxConcurrentOrders: orders, maxLoadKg: input.maxLoadKg },
  };
}

/** Spaces, dots and dashes are how people write it, not part of it. */
export function normalizeLicenceNumber(value: string): string {
  return value.replace(/[\s.-]/g, '').toUpperCase();
}

/** A new driver: offline, licence PENDING until support has seen it. */
export function applyForDriving(
  driverId: string,
  input: DriverApplicationInput,
  now: Date,
): DriverProfile | InvalidInput {
  const vehicle = validateVehicle(input);
  if ('kind' in vehicle) return vehicle;
  const licenceNumber = normalizeLicenceNumber(input.licenceNumber);
  if (!LICENCE_NUMBER.test(licenceNumber)) {
    return invalidInput('licenceNumber', 'licenceNumber must be 5 to 20 letters and digits');
  }
  return {
    driverId,
    ...vehicle,
    licenceNumber,
    licenceStatus: 'PENDING',
    licenceReviewedAt: null,
    licenceReviewedBy: null,
    online: false,
    appliedAt: now,
    statusChangedAt: now,
    version: 1,
  };
}

/** Whether a second application is a retry of the first (same vehicle, capacity and licence). */
export function isSameApplication(profile: DriverProfile, candidate: DriverProfile): boolean {
  return (
    profile.vehicleType === candidate.vehicleType &&
    profile.capacity.maxConcurrentOrders === candidate.capacity.maxConcurrentOrders &&
    profile.capacity.maxLoadKg === candidate.capacity.maxLoadKg &&
    profile.licenceNumber === candidate.licenceNumber
  );
}

/** The profile after a change; `changed` is false when nothing dispatch hears about moved. */
export type DriverChange = { changed: boolean; profile: DriverProfile };

function bump(profile: DriverProfile, now: Date): DriverProfile {
  return { ...profile, statusChangedAt: now, version: profile.version + 1 };
}

/** Going online needs a VERIFIED licence; going offline is always allowed. */
export function changeAvailability(
  profile: DriverProfile,
  online: boolean,
  now: Date,
): DriverChange | { kind: 'DriverNotVerified'; licenceStatus: LicenceStatus } {
  if (online && profile.licenceStatus !== 'VERIFIED') {
    return { kind: 'DriverNotVerified', licenceStatus: profile.licenceStatus };
  }
  if (profile.online === online) return { changed: false, profile };
  return { changed: true, profile: bump({ ...profile, online }, now) };
}

export function changeVehicle(
  profile: DriverProfile,
  vehicle: { vehicleType: VehicleType; capacity: DriverCapacity },
  now: Date,
): DriverChange {
  const same =
    profile.vehicleType === vehicle.vehicleType &&
    profile.capacity.maxConcurrentOrders === vehicle.capacity.maxConcurrentOrders &&
    profile.capacity.maxLoadKg === vehicle.capacity.maxLoadKg;
  if (same) return { changed: false, profile };
  return { changed: true, profile: bump({ ...profile, ...vehicle }, now) };
}

/**
 * Support's decision on the licence. A driver whose licence stops being VERIFIED goes offline
 * at once, so dispatch stops offering them orders.
 */
export function reviewLicence(
  profile: DriverProfile,
  decision: LicenceDecision,
  reviewerId: string,
  now: Date,
): DriverChange {
  const reviewed: DriverProfile = {
    ...profile,
    licenceStatus: decision,
    licenceReviewedAt: now,
    licenceReviewedBy: reviewerId,
    online: decision === 'VERIFIED' ? profile.online : false,
  };
  const changed =
    reviewed.licenceStatus !== profile.licenceStatus || reviewed.online !== profile.online;
  return { changed, profile: changed ? bump(reviewed, now) : reviewed };
}

/** The data of users.driver.status_changed.v1 for this profile. */
export function driverStatusChanged(profile: DriverProfile) {
  return {
    driverId: profile.driverId,
    online: profile.online,
    licenceStatus: profile.licenceStatus,
    vehicleType: profile.vehicleType,
    maxConcurrentOrders: profile.capacity.maxConcurrentOrders,
    maxLoadKg: profile.capacity.maxLoadKg,
    version: profile.version,
    changedAt: profile.statusChangedAt.toISOString(),
  };
}
