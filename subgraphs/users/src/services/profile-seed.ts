import { DEMO_STORE_IDS, DEMO_USER_IDS } from '@dabba/subgraph-kit';
import type { DriverProfile } from '../domain/driver';
import { emptyProfile, type Profile } from '../domain/profile';
import type { ProfileServices } from './profile-services';

/** Lan, the demo customer: a home and an office in Ho Chi Minh City, and two favourite stores. */
export const DEMO_PROFILES: readonly Profile[] = [
  {
    ...emptyProfile(DEMO_USER_IDS.customer),
    name: {
      en: { givenName: 'Lan', familyName: 'Nguyen' },
      vi: { givenName: 'Thị Lan', familyName: 'Nguyễn' },
    },
    addresses: [
      {
        id: 'adr_demo_lan_home',
        label: 'Home',
        lines: ['45 Lê Thánh Tôn', 'Phường Bến Nghé, Quận 1', 'Thành phố Hồ Chí Minh'],
        notes: 'Apartment 1203; call from the lobby',
        location: { lat: 10.7772, lng: 106.7025 },
      },
      {
        id: 'adr_demo_lan_work',
        label: 'Work',
        lines: ['2 Hải Triều', 'Phường Bến Nghé, Quận 1', 'Thành phố Hồ Chí Minh'],
        notes: null,
        location: { lat: 10.7717, lng: 106.7043 },
      },
    ],
    defaultAddressId: 'adr_demo_lan_home',
    dietaryPreferences: ['NUT_FREE'],
    favouriteStoreIds: [DEMO_STORE_IDS.phoBac, DEMO_STORE_IDS.banhMiCorner],
    verifiedEmail: 'lan.customer@demo.dabba.dev',
  },
];

/** Tuan, the demo driver: licence verified, on a motorbike, offline until he goes online. */
export const DEMO_DRIVER_PROFILES: readonly DriverProfile[] = [
  {
    driverId: DEMO_USER_IDS.driver,
    vehicleType: 'MOTORBIKE',
    capacity: { maxConcurrentOrders: 3, maxLoadKg: 30 },
    licenceNumber: '790123456789',
    licenceStatus: 'VERIFIED',
    licenceReviewedAt: new Date('2026-01-04T10:00:00.000Z'),
    licenceReviewedBy: DEMO_USER_IDS.support,
    online: false,
    appliedAt: new Date('2026-01-04T08:30:00.000Z'),
    statusChangedAt: new Date('2026-01-04T10:00:00.000Z'),
    version: 2,
  },
];

/** Replaces the demo profiles as given, so seeding twice leaves the same data. */
export async function seedDemoProfiles(services: ProfileServices): Promise<void> {
  for (const profile of DEMO_PROFILES) await services.seedProfile(profile);
  for (const driver of DEMO_DRIVER_PROFILES) await services.seedDriverProfile(driver);
}
