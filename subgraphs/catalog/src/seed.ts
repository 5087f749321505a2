import { DEMO_ORGANIZATION_IDS, DEMO_STORE_IDS } from '@dabba/subgraph-kit';
import type { OpeningHours, WeeklyInterval } from './domain/opening-hours';
import type { NewStore } from './domain/store';
import { seedDemoProducts } from './seed/demo-products';
import { DEMO_MENUS } from './seed-menus';
import type { CatalogServices } from './services';

const everyDay = (open: string, close: string): WeeklyInterval[] =>
  (['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const).map(
    (day) => ({ day, open, close }),
  );

const SAIGON = 'Asia/Ho_Chi_Minh';

/** Lunch and dinner; Tết (17 February 2026) closed, New Year's Eve open late. */
const PHO_BAC_HOURS: OpeningHours = {
  timeZone: SAIGON,
  weekly: [...everyDay('06:00', '14:00'), ...everyDay('17:00', '22:00')],
  exceptions: [
    { date: '2026-02-17', intervals: [] },
    { date: '2026-12-31', intervals: [{ open: '17:00', close: '02:00' }] },
  ],
};

/** Open late: every evening until 02:00 the next morning. */
const BANH_MI_HOURS: OpeningHours = {
  timeZone: SAIGON,
  weekly: everyDay('16:00', '02:00'),
  exceptions: [],
};

/** Fixed ids and timestamps, owned by the demo partner organisations: seeding twice leaves the same data. */
export const DEMO_STORES: readonly NewStore[] = [
  {
    id: DEMO_STORE_IDS.phoBac,
    name: 'Phở Bắc 1955',
    kind: 'RESTAURANT',
    currency: 'VND',
    organizationId: DEMO_ORGANIZATION_IDS.minhKitchens,
    address: {
      lines: ['26 Lý Tự Trọng'],
      district: 'Quận 1',
      city: 'Hồ Chí Minh',
      countryCode: 'VN',
    },
    location: { lat: 10.7797, lng: 106.6998 },
    // District 1 and the near side of District 3 and Bình Thạnh.
    deliveryArea: {
      kind: 'ZONE',
      rings: [
        [
          { lat: 10.7625, lng: 106.6825 },
          { lat: 10.7625, lng: 106.7125 },
          { lat: 10.7925, lng: 106.7175 },
          { lat: 10.7985, lng: 106.6875 },
          { lat: 10.7625, lng: 106.6825 },
        ],
      ],
    },
    openingHours: PHO_BAC_HOURS,
    cuisines: ['vietnamese', 'noodles'],
    tags: ['family', 'breakfast'],
    prepTimeMinutes: 12,
    temporarilyClosed: false,
    createdAt: new Date('2026-01-10T02:00:00.000Z'),
  },
  {
    id: DEMO_STORE_IDS.banhMiCorner,
    name: 'Bánh Mì Corner',
    kind: 'RESTAURANT',
    currency: 'VND',
    organizationId: DEMO_ORGANIZATION_IDS.minhKitchens,
    address: {
      lines: ['112 Võ Văn Tần'],
      district: 'Quận 3',
      city: 'Hồ Chí Minh',
      countryCode: 'VN',
    },
    location: { lat: 10.7752, lng: 106.6894 },
    deliveryArea: { kind: 'RADIUS', radiusMeters: 4000 },
    openingHours: BANH_MI_HOURS,
    cuisines: ['vietnamese', 'sandwiches'],
    tags: ['late-night', 'quick-bites'],
    prepTimeMinutes: 8,
    temporarilyClosed: false,
    createdAt: new Date('2026-01-12T02:00:00.000Z'),
  },
  {
    id: DEMO_STORE_IDS.freshMart,
    name: 'FreshMart Thảo Điền',
    kind: 'GROCERY',
    currency: 'VND',
    organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers,
    address: {
      lines: ['18 Thảo Điền'],
      district: 'Thủ Đức',
      city: 'Hồ Chí Minh',
      countryCode: 'VN',
    },
    location: { lat: 10.8031, lng: 106.7368 },
    deliveryArea: { kind: 'RADIUS', radiusMeters: 6000 },
    openingHours: { timeZone: SAIGON, weekly: everyDay('07:00', '22:00'), exceptions: [] },
    cuisines: [],
    tags: ['organic', 'imported'],
    prepTimeMinutes: 15,
    temporarilyClosed: false,
    createdAt: new Date('2026-01-11T02:00:00.000Z'),
  },
  {
    id: DEMO_STORE_IDS.spiceBazaar,
    name: 'Spice Bazaar Indiranagar',
    kind: 'GROCERY',
    currency: 'INR',
    organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers,
    address: {
      lines: ['100 Feet Road', 'HAL 2nd Stage'],
      district: 'Indiranagar',
      city: 'Bengaluru',
      countryCode: 'IN',
    },
    location: { lat: 12.9719, lng: 77.6412 },
    deliveryArea: { kind: 'RADIUS', radiusMeters: 5000 },
    openingHours: {
      timeZone: 'Asia/Kolkata',
      weekly: everyDay('08:00', '23:00'),
      exceptions: [],
    },
    cuisines: [],
    tags: ['spices', 'indian'],
    prepTimeMinutes: 20,
    temporarilyClosed: false,
    createdAt: new Date('2026-01-13T06:30:00.000Z'),
  },
];

export async function seedDemoStores(services: CatalogServices): Promise<void> {
  for (const store of DEMO_STORES) await services.saveStore(store);
  for (const menu of DEMO_MENUS) await services.saveMenu(menu);
  await seedDemoProducts(services);
}
