import {
  applyForDriving,
  changeAvailability,
  changeVehicle,
  driverStatusChanged,
  isSameApplication,
  reviewLicence,
  type DriverProfile,
} from './driver';

const now = new Date('2026-03-01T10:00:00.000Z');
const later = new Date('2026-03-01T11:00:00.000Z');
const application = {
  vehicleType: 'MOTORBIKE' as const,
  maxConcurrentOrders: 3,
  maxLoadKg: 30,
  licenceNumber: ' 7901-2345.6789 ab',
};

function applied(): DriverProfile {
  const profile = applyForDriving('usr_d', application, now);
  if ('kind' in profile) throw new Error('fixture must be valid');
  return profile;
}

const verified = (): DriverProfile =>
  reviewLicence(applied(), 'VERIFIED', 'usr_support', now).profile;

describe('applyForDriving', () => {
  it('starts offline with a PENDING licence and a normalized number', () => {
    expect(applied()).toEqual({
      driverId: 'usr_d',
      vehicleType: 'MOTORBIKE',
      capacity: { maxConcurrentOrders: 3, maxLoadKg: 30 },
      licenceNumber: '790123456789AB',
      licenceStatus: 'PENDING',
      licenceReviewedAt: null,
      licenceReviewedBy: null,
      online: false,
      appliedAt: now,
      statusChangedAt: now,
      version: 1,
    });
  });

  it.each([
    [{ maxConcurrentOrders: 0 }, 'maxConcurrentOrders'],
    [{ maxConcurrentOrders: 11 }, 'maxConcurrentOrders'],
    [{ maxConcurrentOrders: 2.5 }, 'maxConcurrentOrders'],
    [{ maxLoadKg: 0 }, 'maxLoadKg'],
    [{ vehicleType: 'BICYCLE' as const, maxLoadKg: 21 }, 'maxLoadKg'],
    [{ licenceNumber: 'AB-1' }, 'licenceNumber'],
    [{ licenceNumber: 'ÄÖÜ12345' }, 'licenceNumber'],
  ])('refuses %j naming %s', (overrides, field) => {
    expect(applyForDriving('usr_d', { ...application, ...overrides }, now)).toMatchObject({
      kind: 'InvalidInput',
      field,
    });
  });

  it('lets a van carry far more than a bicycle', () => {
    expect(
      applyForDriving('usr_d', { ...application, vehicleType: 'VAN', maxLoadKg: 800 }, now),
    ).toMatchObject({ capacity: { maxLoadKg: 800 } });
  });
});

describe('isSameApplication', () => {
  it('recognizes a retry, not a different application', () => {
    expect(isSameApplication(applied(), applied())).toBe(true);
    expect(isSameApplication(applied(), { ...applied(), licenceNumber: 'OTHER12345' })).toBe(false);
  });
});

describe('changeAvailability', () => {
  it('refuses to put a driver without a VERIFIED licence online', () => {
    expect(changeAvailability(applied(), true, later)).toEqual({
      kind: 'DriverNotVerified',
      licenceStatus: 'PENDING',
    });
  });

  it('lets any driver go offline, counting only real changes', () => {
    expect(changeAvailability(applied(), false, later)).toEqual({
      changed: false,
      profile: applied(),
    });
    const online = changeAvailability(verified(), true, later);
    expect(online).toEqual({
      changed: true,
      profile: { ...verified(), online: true, statusChangedAt: later, version: 3 },
    });
  });
});

describe('changeVehicle', () => {
  it('bumps the version only when vehicle or capacity differ', () => {
    const same = { vehicleType: 'MOTORBIKE' as const, capacity: applied().capacity };
    expect(changeVehicle(applied(), same, later).changed).toBe(false);
    const car = {
      vehicleType: 'CAR' as const,
      capacity: { maxConcurrentOrders: 5, maxLoadKg: 120 },
    };
    expect(changeVehicle(applied(), car, later)).toEqual({
      changed: true,
      profile: { ...applied(), ...car, statusChangedAt: later, version: 2 },
    });
  });
});

describe('reviewLicence', () => {
  it('records the reviewer and takes an online driver offline when the licence lapses', () => {
    const online = changeAvailability(verified(), true, now);
    if ('kind' in online) throw new Error('expected a change');
    const expired = reviewLicence(online.profile, 'EXPIRED', 'usr_admin', later);
    expect(expired).toEqual({
      changed: true,
      profile: {
        ...online.profile,
        licenceStatus: 'EXPIRED',
        licenceReviewedAt: later,
        licenceReviewedBy: 'usr_admin',
        online: false,
        statusChangedAt: later,
        version: online.profile.version + 1,
      },
    });
  });

  it('is not a change when the status stays the same', () => {
    const again = reviewLicence(verified(), 'VERIFIED', 'usr_admin', later);
    expect(again.changed).toBe(false);
    expect(again.profile.version).toBe(verified().version);
    expect(again.profile.licenceReviewedBy).toBe('usr_admin');
  });
});

describe('driverStatusChanged', () => {
  it('carries what dispatch needs', () => {
    expect(driverStatusChanged(verified())).toEqual({
      driverId: 'usr_d',
      online: false,
      licenceStatus: 'VERIFIED',
      vehicleType: 'MOTORBIKE',
      maxConcurrentOrders: 3,
      maxLoadKg: 30,
      version: 2,
      changedAt: now.toISOString(),
    });
  });
});
