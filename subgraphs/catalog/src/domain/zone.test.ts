import { deliveryAreaFrom, deliveryAreaProblem, deliversTo, type DeliveryArea } from './zone';

const benThanh = { lat: 10.7725, lng: 106.698 };
// A square of about 3.3 km around District 1 with a hole around the Independence Palace.
const square = [
  { lat: 10.757, lng: 106.683 },
  { lat: 10.757, lng: 106.713 },
  { lat: 10.787, lng: 106.713 },
  { lat: 10.787, lng: 106.683 },
  { lat: 10.757, lng: 106.683 },
];
const palace = [
  { lat: 10.775, lng: 106.693 },
  { lat: 10.775, lng: 106.697 },
  { lat: 10.779, lng: 106.697 },
  { lat: 10.779, lng: 106.693 },
  { lat: 10.775, lng: 106.693 },
];

describe('deliversTo', () => {
  it('within a radius, by great-circle distance', () => {
    const store = {
      location: benThanh,
      deliveryArea: { kind: 'RADIUS', radiusMeters: 2000 } as const,
    };
    expect(deliversTo(store, { lat: 10.7797, lng: 106.6998 })).toBe(true); // ~0.8 km
    expect(deliversTo(store, { lat: 10.8031, lng: 106.7368 })).toBe(false); // Thảo Điền, ~5.5 km
  });

  it('inside a zone, but not in its holes', () => {
    const store = {
      location: benThanh,
      deliveryArea: { kind: 'ZONE', rings: [square, palace] } as DeliveryArea,
    };
    expect(deliversTo(store, benThanh)).toBe(true);
    expect(deliversTo(store, { lat: 10.777, lng: 106.695 })).toBe(false); // in the hole
    expect(deliversTo(store, { lat: 10.8031, lng: 106.7368 })).toBe(false); // outside
  });
});

describe('deliveryAreaProblem', () => {
  it('accepts closed rings of at least four points', () => {
    expect(deliveryAreaProblem({ kind: 'ZONE', rings: [square, palace] })).toBeNull();
    expect(deliveryAreaProblem({ kind: 'RADIUS', radiusMeters: 50_000 })).toBeNull();
  });

  it.each([
    [{ kind: 'ZONE', rings: [] }, 'outer ring'],
    [{ kind: 'ZONE', rings: [square.slice(0, 4)] }, 'must be closed'],
    [{ kind: 'ZONE', rings: [[square[0], square[1], square[0]]] }, 'at least 4 points'],
    [{ kind: 'ZONE', rings: [[...square.slice(0, 4), { lat: 95, lng: 106 }]] }, 'lat must'],
    [{ kind: 'RADIUS', radiusMeters: 50_001 }, 'radiusMeters'],
    [{ kind: 'RADIUS', radiusMeters: 12.5 }, 'radiusMeters'],
  ] as [DeliveryArea, string][])('refuses %j', (area, reason) => {
    expect(deliveryAreaProblem(area)).toContain(reason);
  });
});

describe('deliveryAreaFrom', () => {
  it('takes exactly one of a radius and a zone', () => {
    expect(deliveryAreaFrom({ radiusMeters: 500 })).toEqual({ kind: 'RADIUS', radiusMeters: 500 });
    expect(deliveryAreaFrom({ zone: [square] })).toEqual({ kind: 'ZONE', rings: [square] });
    expect(deliveryAreaFrom({ radiusMeters: 500, zone: [square] })).toBeNull();
    expect(deliveryAreaFrom({ radiusMeters: null, zone: null })).toBeNull();
  });
});
