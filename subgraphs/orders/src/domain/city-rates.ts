import type { CityRates } from './pricing';

/** Vietnam's two cities share their rates. */
const VN_RATES = {
  countryCode: 'VN',
  currency: 'VND',
  deliveryBaseFee: 15_000,
  deliveryIncludedMeters: 2_000,
  deliveryFeePerKm: 5_000,
  maxDeliveryMeters: 15_000,
  serviceFeeBps: 300,
  serviceFeeMin: 2_000,
  serviceFeeMax: 15_000,
  taxBps: 800,
};

/**
 * The cities Dabba prices orders in. A city is found by its country and any of its names, folded
 * (see `foldCityName`), so "ho chi minh city", "Thành phố Hồ Chí Minh" and the catalog's
 * "Hồ Chí Minh" are one city. `city` is the name the catalog stores.
 */
const CITIES: readonly { rates: CityRates; names: readonly string[] }[] = [
  {
    rates: { ...VN_RATES, city: 'Hồ Chí Minh' },
    names: ['Ho Chi Minh City', 'Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'TP HCM', 'Sài Gòn'],
  },
  {
    rates: { ...VN_RATES, city: 'Hà Nội' },
    names: ['Thành phố Hà Nội', 'TP. Hà Nội'],
  },
  {
    rates: {
      countryCode: 'IN',
      city: 'Bengaluru',
      currency: 'INR',
      deliveryBaseFee: 2_500,
      deliveryIncludedMeters: 2_000,
      deliveryFeePerKm: 800,
      maxDeliveryMeters: 12_000,
      serviceFeeBps: 200,
      serviceFeeMin: 500,
      serviceFeeMax: 3_000,
      taxBps: 500,
    },
    names: ['Bangalore'],
  },
];

const COMBINING_MARKS = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/**
 * A city name reduced to lower-case letters and digits: accents dropped (NFD), đ read as d,
 * spaces and punctuation gone, so spelling variants of one name compare equal.
 */
export function foldCityName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, '');
}

const BY_KEY = new Map<string, CityRates>(
  CITIES.flatMap(({ rates, names }) =>
    [rates.city, ...names].map((name) => [`${rates.countryCode}:${foldCityName(name)}`, rates]),
  ),
);

/** The rates of the city, or null when Dabba does not price orders there. */
export function cityRatesFor(countryCode: string, city: string): CityRates | null {
  const rates = BY_KEY.get(`${countryCode.trim().toUpperCase()}:${foldCityName(city)}`);
  return rates ? { ...rates } : null;
}
