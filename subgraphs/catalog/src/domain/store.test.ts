import { cellToParent, getResolution, latLngToCell } from 'h3-js';
import {
  createStore,
  organizationReference,
  updateStore,
  type NewStore,
  type Store,
} from './store';

const valid: NewStore = {
  id: 'sto_1',
  name: '  Phở   Hòa ',
  kind: 'RESTAURANT',
  currency: 'VND',
  organizationId: 'org_1',
  address: {
    lines: [' 260C Pasteur '],
    district: ' Quận 3',
    city: 'Hồ Chí Minh',
    countryCode: 'vn',
  },
  location: { lat: 10.7867, lng: 106.6893 },
  deliveryArea: { kind: 'RADIUS', radiusMeters: 3000 },
  openingHours: {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekly: [{ day: 'MONDAY', open: '06:00', close: '22:00' }],
    exceptions: [],
  },
  cuisines: ['Vietnamese', 'vietnamese', ' Noodles '],
  tags: [],
  prepTimeMinutes: 10,
  temporarilyClosed: false,
  createdAt: new Date('2026-03-01T00:00:00.000Z'),
};

function created(input: NewStore = valid): Store {
  const result = createStore(input);
  if (!result.ok) throw new Error(`expected a store, got ${JSON.stringify(result.error)}`);
  return result.store;
}

describe('createStore', () => {
  it('normalizes the details and computes H3 cells at resolutions 7, 8 and 9', () => {
    const store = created();
    expect(store).toMatchObject({
      name: 'Phở Hòa',
      address: {
        lines: ['260C Pasteur'],
        district: 'Quận 3',
        city: 'Hồ Chí Minh',
        countryCode: 'VN',
      },
      cuisines: ['vietnamese', 'noodles'],
      updatedAt: valid.createdAt,
    });
    expect([store.h3.r7, store.h3.r8, store.h3.r9].map(getResolution)).toEqual([7, 8, 9]);
    expect(cellToParent(store.h3.r9, 8)).toBe(store.h3.r8);
    expect(cellToParent(store.h3.r9, 7)).toBe(store.h3.r7);
    expect(latLngToCell(valid.location.lat, valid.location.lng, 9)).toBe(store.h3.r9);
  });

  it.each([
    [{ name: ' ' }, 'name'],
    [{ name: 'x'.repeat(81) }, 'name'],
    [{ kind: 'PHARMACY' }, 'kind'],
    [{ currency: 'vnd' }, 'currency'],
    [{ organizationId: ' ' }, 'organizationId'],
    [{ location: { lat: 91, lng: 106 } }, 'location'],
    [{ location: { lat: 10, lng: Number.NaN } }, 'location'],
    [{ address: { ...valid.address, countryCode: 'XX' } }, 'address.countryCode'],
    [{ address: { ...valid.address, lines: [' '] } }, 'address.lines'],
    [{ deliveryArea: { kind: 'RADIUS', radiusMeters: 0 } }, 'deliveryArea'],
    [{ prepTimeMinutes: 0 }, 'prepTimeMinutes'],
    [{ tags: ['x'.repeat(41)] }, 'tags'],
  ] as [Partial<NewStore>, string][])('refuses %j as InvalidInput on %s', (change, field) => {
    const result = createStore({ ...valid, ...change });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'InvalidInput', field, message: expect.any(String) },
    });
  });

  it('reports every problem of the opening hours', () => {
    const result = createStore({
      ...valid,
      openingHours: {
        timeZone: 'Asia/Saigon_Old',
        weekly: [{ day: 'MONDAY', open: '9', close: '9' }],
        exceptions: [],
      },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatchObject({
      kind: 'InvalidOpeningHours',
      field: 'openingHours',
      problems: [
        { code: 'UNKNOWN_TIME_ZONE' },
        { code: 'MALFORMED_TIME' },
        { code: 'MALFORMED_TIME' },
      ],
    });
  });
});

describe('updateStore', () => {
  it('applies changes, keeps the rest, and moves the cells with the location', () => {
    const store = created();
    const now = new Date('2026-03-02T00:00:00.000Z');
    const result = updateStore(
      store,
      { temporarilyClosed: true, location: { lat: 21.0285, lng: 105.8542 } },
      now,
    );
    expect(result.ok && result.store).toMatchObject({
      name: 'Phở Hòa',
      temporarilyClosed: true,
      updatedAt: now,
      createdAt: valid.createdAt,
    });
    expect(result.ok && result.store.h3.r9).not.toBe(store.h3.r9);
  });

  it('checks the merged store again', () => {
    expect(updateStore(created(), { name: '' }, new Date()).ok).toBe(false);
  });
});

describe('organizationReference', () => {
  it('is an Organization reference keyed by the organisation id', () => {
    expect(organizationReference(created())).toEqual({ __typename: 'Organization', id: 'org_1' });
  });
});
