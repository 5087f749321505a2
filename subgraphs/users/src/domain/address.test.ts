import {
  MAX_ADDRESS_LINES,
  addressIdFor,
  defaultAddress,
  geoPointError,
  idempotencyKeyError,
  validateAddress,
  type AddressInput,
} from './address';

const home: AddressInput = {
  label: '  Home ',
  lines: ['  12 Nguyễn   Huệ', 'Bến Nghé, Quận 1', 'Hồ Chí Minh'],
  notes: ' Ring twice\nThird floor ',
  location: { lat: 10.7769, lng: 106.7009 },
};

describe('validateAddress', () => {
  it('normalizes the text and keeps the point', () => {
    expect(validateAddress('adr_1', home)).toEqual({
      id: 'adr_1',
      label: 'Home',
      lines: ['12 Nguyễn Huệ', 'Bến Nghé, Quận 1', 'Hồ Chí Minh'],
      notes: 'Ring twice\nThird floor',
      location: { lat: 10.7769, lng: 106.7009 },
    });
  });

  it('stores blank notes as none', () => {
    expect(validateAddress('adr_1', { ...home, notes: '   ' })).toMatchObject({ notes: null });
  });

  it.each([
    [{ label: ' ' }, 'label'],
    [{ label: 'x'.repeat(41) }, 'label'],
    [{ lines: [] }, 'lines'],
    [{ lines: Array.from({ length: MAX_ADDRESS_LINES + 1 }, () => 'a') }, 'lines'],
    [{ lines: ['ok', ' '] }, 'lines.1'],
    [{ lines: ['y'.repeat(121)] }, 'lines.0'],
    [{ notes: 'n'.repeat(301) }, 'notes'],
    [{ notes: 'bell\u0007' }, 'notes'],
    [{ location: { lat: 90.0001, lng: 0 } }, 'location.lat'],
    [{ location: { lat: Number.NaN, lng: 0 } }, 'location.lat'],
    [{ location: { lat: 0, lng: -180.5 } }, 'location.lng'],
  ])('refuses %j naming %s', (overrides, field) => {
    expect(validateAddress('adr_1', { ...home, ...overrides })).toMatchObject({
      kind: 'InvalidInput',
      field,
    });
  });
});

describe('geoPointError', () => {
  it('accepts the edges of the globe', () => {
    expect(geoPointError({ lat: -90, lng: -180 })).toBeNull();
    expect(geoPointError({ lat: 90, lng: 180 })).toBeNull();
  });
});

describe('addressIdFor', () => {
  it('gives the same id for the same user and key, another otherwise', () => {
    const id = addressIdFor('usr_1', 'key-1');
    expect(id).toMatch(/^adr_[A-Za-z0-9_-]{22}$/);
    expect(addressIdFor('usr_1', 'key-1')).toBe(id);
    expect(addressIdFor('usr_1', 'key-2')).not.toBe(id);
    expect(addressIdFor('usr_2', 'key-1')).not.toBe(id);
  });
});

describe('idempotencyKeyError', () => {
  it('wants 1 to 128 characters', () => {
    expect(idempotencyKeyError('k')).toBeNull();
    expect(idempotencyKeyError('')).toMatchObject({ field: 'idempotencyKey' });
    expect(idempotencyKeyError('k'.repeat(129))).toMatchObject({ field: 'idempotencyKey' });
  });
});

describe('defaultAddress', () => {
  const a = validateAddress('adr_a', home);
  const b = validateAddress('adr_b', { ...home, label: 'Work' });
  if ('kind' in a || 'kind' in b) throw new Error('fixtures must be valid');

  it('is the chosen address, else the first, else none', () => {
    expect(defaultAddress([a, b], 'adr_b')).toBe(b);
    expect(defaultAddress([a, b], null)).toBe(a);
    expect(defaultAddress([a, b], 'adr_removed')).toBe(a);
    expect(defaultAddress([], null)).toBeNull();
  });
});
