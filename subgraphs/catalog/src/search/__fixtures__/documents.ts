import type { OpeningHours, Weekday } from '../../domain/opening-hours';
import { WEEKDAYS } from '../../domain/opening-hours';
import type { GeoPoint, SearchDocument } from '../port';

/**
 * A fixed catalogue for the relevance suite: three stores in Ho Chi Minh City and one in
 * Bengaluru, Vietnamese names with diacritics beside English ones. Today is 2026-05-01.
 */
export const FIXTURE_TODAY = new Date('2026-05-01T03:00:00.000Z');

const daily = (timeZone: string, ...ranges: [string, string][]): OpeningHours => ({
  timeZone,
  weekly: WEEKDAYS.flatMap((day: Weekday) => ranges.map(([open, close]) => ({ day, open, close }))),
  exceptions: [],
});

export const FIXTURE_STORES = {
  /** District 1; lunch, then dinner until 02:00 (past midnight). */
  pho: {
    id: 'sto_fx_pho',
    kind: 'RESTAURANT',
    location: { lat: 10.7769, lng: 106.7009 },
    hours: daily('Asia/Ho_Chi_Minh', ['06:00', '14:00'], ['17:00', '02:00']),
  },
  /** District 5, about 2.6 km from the pho shop. */
  banhMi: {
    id: 'sto_fx_banh_mi',
    kind: 'RESTAURANT',
    location: { lat: 10.7626, lng: 106.6822 },
    hours: daily('Asia/Ho_Chi_Minh', ['06:00', '21:00']),
  },
  /** Thảo Điền, about 5 km from the pho shop. */
  freshMart: {
    id: 'sto_fx_fresh_mart',
    kind: 'GROCERY',
    location: { lat: 10.803, lng: 106.74 },
    hours: daily('Asia/Ho_Chi_Minh', ['07:00', '22:00']),
  },
  spiceBazaar: {
    id: 'sto_fx_spice_bazaar',
    kind: 'GROCERY',
    location: { lat: 12.9784, lng: 77.6408 },
    hours: daily('Asia/Kolkata', ['08:00', '23:00']),
  },
} as const;

export const HO_CHI_MINH_CITY_CENTRE: GeoPoint = { lat: 10.7769, lng: 106.7009 };

type Store = (typeof FIXTURE_STORES)[keyof typeof FIXTURE_STORES];

function document(
  store: Store,
  fields: Partial<SearchDocument> & Pick<SearchDocument, 'id' | 'names' | 'price'>,
): SearchDocument {
  return {
    kind: store.kind === 'GROCERY' ? 'PRODUCT' : 'MENU_ITEM',
    storeId: store.id,
    storeKind: store.kind,
    description: null,
    brand: null,
    categories: [],
    dietaryTags: [],
    perishable: false,
    expiresOn: null,
    rating: { average: 0, count: 0 },
    storeLocation: store.location,
    storeHours: store.hours,
    available: true,
    ...fields,
  };
}

const { pho, banhMi, freshMart, spiceBazaar } = FIXTURE_STORES;
const vnd = (amount: number) => ({ amount, currency: 'VND' });

export const FIXTURE_DOCUMENTS: readonly SearchDocument[] = [
  document(freshMart, {
    id: 'prd_vinamilk_fresh',
    names: { en: 'Vinamilk fresh milk 1L', vi: 'Sữa tươi Vinamilk 1L' },
    brand: 'Vinamilk',
    categories: ['dairy'],
    dietaryTags: ['VEGETARIAN'],
    price: vnd(32_000),
    perishable: true,
    expiresOn: '2026-05-03',
    rating: { average: 4.6, count: 120 },
  }),
  document(freshMart, {
    id: 'prd_th_true_milk',
    names: { en: 'TH true MILK fresh milk', vi: 'Sữa tươi TH true MILK' },
    brand: 'TH true MILK',
    categories: ['dairy'],
    dietaryTags: ['VEGETARIAN'],
    price: vnd(35_000),
    perishable: true,
    expiresOn: '2026-05-10',
    rating: { average: 4.4, count: 80 },
  }),
  document(freshMart, {
    id: 'prd_soy_milk',
    names: { en: 'Soy milk', vi: 'Sữa đậu nành' },
    brand: 'Fami',
    categories: ['dairy-alternatives'],
    dietaryTags: ['VEGAN', 'VEGETARIAN'],
    price: vnd(12_000),
    perishable: true,
    expiresOn: '2026-05-02',
    rating: { average: 4.1, count: 30 },
  }),
  document(freshMart, {
    id: 'prd_ground_coffee',
    names: { en: 'Ground coffee', vi: 'Cà phê rang xay' },
    brand: 'Trung Nguyên',
    categories: ['coffee'],
    dietaryTags: ['VEGAN', 'VEGETARIAN'],
    price: vnd(95_000),
    rating: { average: 4.8, count: 300 },
  }),
  document(freshMart, {
    id: 'prd_mild_cheddar',
    names: { en: 'Mild cheddar', vi: 'Phô mai cheddar' },
    brand: 'Anchor',
    categories: ['dairy', 'cheese'],
    dietaryTags: ['VEGETARIAN'],
    price: vnd(120_000),
    perishable: true,
    expiresOn: '2026-06-20',
    rating: { average: 4, count: 12 },
  }),
  document(freshMart, {
    id: 'prd_silken_tofu',
    names: { en: 'Silken tofu', vi: 'Đậu hũ non' },
    categories: ['tofu'],
    dietaryTags: ['VEGAN', 'VEGETARIAN'],
    price: vnd(15_000),
    perishable: true,
    expiresOn: '2026-05-01',
    rating: { average: 4.2, count: 25 },
  }),
  document(freshMart, {
    id: 'prd_jasmine_rice',
    names: { en: 'Jasmine rice 5kg', vi: 'Gạo thơm lài 5kg' },
    categories: ['rice'],
    dietaryTags: ['VEGAN', 'VEGETARIAN'],
    price: vnd(150_000),
  }),
  document(freshMart, {
    id: 'prd_instant_pho',
    names: { en: 'Instant pho noodles', vi: 'Phở ăn liền' },
    brand: 'Vifon',
    categories: ['noodles'],
    price: vnd(8_000),
  }),
  document(spiceBazaar, {
    id: 'prd_amul_taaza',
    names: { en: 'Amul Taaza toned milk 500ml', vi: null },
    brand: 'Amul',
    categories: ['dairy'],
    dietaryTags: ['VEGETARIAN'],
    price: { amount: 2_900, currency: 'INR' },
    perishable: true,
    expiresOn: '2026-05-02',
    rating: { average: 4.3, count: 45 },
  }),
  document(pho, {
    id: 'itm_pho_bo',
    names: { en: 'Beef pho', vi: 'Phở bò' },
    description: {
      en: 'Rice noodles in a slow-cooked beef broth with rare beef',
      vi: 'Bánh phở, nước dùng bò hầm, thịt bò tái',
    },
    categories: ['noodle-soup'],
    price: vnd(65_000),
    rating: { average: 4.7, count: 500 },
  }),
  document(pho, {
    id: 'itm_pho_ga',
    names: { en: 'Chicken pho', vi: 'Phở gà' },
    description: { en: 'Rice noodles in chicken broth', vi: 'Bánh phở, nước dùng gà' },
    categories: ['noodle-soup'],
    price: vnd(60_000),
    rating: { average: 4.5, count: 200 },
  }),
  document(pho, {
    id: 'itm_pho_chay',
    names: { en: 'Vegetarian pho', vi: 'Phở chay' },
    categories: ['noodle-soup'],
    dietaryTags: ['VEGAN', 'VEGETARIAN'],
    price: vnd(55_000),
    rating: { average: 4.2, count: 40 },
  }),
  document(pho, {
    id: 'itm_ca_phe_sua_da',
    names: { en: 'Iced milk coffee', vi: 'Cà phê sữa đá' },
    categories: ['drinks'],
    dietaryTags: ['VEGETARIAN'],
    price: vnd(29_000),
    rating: { average: 4.9, count: 800 },
  }),
  document(pho, {
    id: 'itm_pho_dac_biet',
    names: { en: 'Special pho', vi: 'Phở đặc biệt' },
    categories: ['noodle-soup'],
    price: vnd(85_000),
    available: false,
  }),
  document(banhMi, {
    id: 'itm_banh_mi_thit',
    names: { en: 'Grilled pork banh mi', vi: 'Bánh mì thịt nướng' },
    categories: ['sandwiches'],
    price: vnd(35_000),
    rating: { average: 4.6, count: 350 },
  }),
  document(banhMi, {
    id: 'itm_banh_mi_chay',
    names: { en: 'Vegetarian banh mi', vi: 'Bánh mì chay' },
    description: { en: 'Lemongrass tofu and pickled vegetables', vi: 'Đậu hũ sả, đồ chua' },
    categories: ['sandwiches'],
    dietaryTags: ['VEGAN', 'VEGETARIAN'],
    price: vnd(30_000),
    rating: { average: 4.3, count: 60 },
  }),
];
