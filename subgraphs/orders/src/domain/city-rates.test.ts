import { cityRatesFor, foldCityName } from './city-rates';
import type { CityRates } from './pricing';

describe('cityRatesFor', () => {
  /** The rates on one line: fee base/included, per km, radius; service bps [min, max]; tax bps. */
  const summary = (rates: CityRates | null) =>
    rates &&
    `${rates.countryCode} ${rates.city} ${rates.currency}: ` +
      `${rates.deliveryBaseFee}/${rates.deliveryIncludedMeters}m +${rates.deliveryFeePerKm}/km ` +
      `≤${rates.maxDeliveryMeters}m; service ${rates.serviceFeeBps}bps ` +
      `[${rates.serviceFeeMin}, ${rates.serviceFeeMax}]; tax ${rates.taxBps}bps`;

  it('finds the demo stores’ cities as the catalog spells them, in minor units', () => {
    expect(summary(cityRatesFor('VN', 'Hồ Chí Minh'))).toBe(
      'VN Hồ Chí Minh VND: 15000/2000m +5000/km ≤15000m; service 300bps [2000, 15000]; tax 800bps',
    );
    expect(summary(cityRatesFor('IN', 'Bengaluru'))).toBe(
      'IN Bengaluru INR: 2500/2000m +800/km ≤12000m; service 200bps [500, 3000]; tax 500bps',
    );
    expect(summary(cityRatesFor('VN', 'Hà Nội'))).toBe(
      'VN Hà Nội VND: 15000/2000m +5000/km ≤15000m; service 300bps [2000, 15000]; tax 800bps',
    );
  });

  it.each([
    'ho chi minh',
    'Ho Chi Minh City',
    '  HỒ   CHÍ MINH ',
    'Hồ-Chí-Minh',
    'Thành phố Hồ Chí Minh',
    'TP. Hồ Chí Minh',
    'tp hcm',
    'Saigon',
  ])('reads %j as Hồ Chí Minh', (name) => {
    expect(cityRatesFor('VN', name)?.city).toBe('Hồ Chí Minh');
  });

  it('knows Hà Nội by its names, with or without accents and đ', () => {
    for (const name of ['Hà Nội', 'Hanoi', 'ha noi', 'Thành phố Hà Nội']) {
      expect(cityRatesFor('VN', name)?.city).toBe('Hà Nội');
    }
    expect(cityRatesFor('IN', 'bangalore')?.city).toBe('Bengaluru');
    expect(cityRatesFor('in', 'Bengaluru')?.currency).toBe('INR');
  });

  it('answers null for a city Dabba does not price in, or one in another country', () => {
    expect(cityRatesFor('VN', 'Đà Nẵng')).toBeNull();
    expect(cityRatesFor('IN', 'Hồ Chí Minh')).toBeNull();
    expect(cityRatesFor('VN', '')).toBeNull();
  });

  it('hands out copies, so a caller cannot change the table', () => {
    const rates = cityRatesFor('VN', 'Hồ Chí Minh')!;
    rates.taxBps = 0;
    expect(cityRatesFor('VN', 'Hồ Chí Minh')?.taxBps).toBe(800);
  });
});

describe('foldCityName', () => {
  it('drops accents, case, spaces and punctuation, and reads đ as d', () => {
    expect(foldCityName('Đà Nẵng')).toBe('danang');
    expect(foldCityName(' TP. Hồ Chí Minh ')).toBe('tphochiminh');
  });
});
