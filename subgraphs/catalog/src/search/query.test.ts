import { parseSearchInput, searchCursor, type SearchInput } from './query';

const NOW = new Date('2026-05-01T03:00:00.000Z');
const problemOf = (input: SearchInput) => {
  const result = parseSearchInput(input, NOW);
  if (result.ok) throw new Error('expected a refusal');
  return result.problem;
};

describe('parseSearchInput', () => {
  it('defaults to relevance, 20 per page, available items only', () => {
    expect(parseSearchInput({ text: '  phở  ' }, NOW)).toEqual({
      ok: true,
      query: { text: 'phở', filters: {}, sort: 'RELEVANCE', page: { size: 20 } },
    });
  });

  it('sorts by distance by default when browsing near a point', () => {
    const result = parseSearchInput({ near: { lat: 10.77, lng: 106.7 } }, NOW);
    expect(result.ok && result.query.sort).toBe('DISTANCE');
  });

  it('turns open now and an expiry window into instants and dates', () => {
    const result = parseSearchInput({ openNow: true, expiringWithinDays: 3 }, NOW);
    expect(result.ok && result.query.filters).toEqual({
      openAt: NOW,
      expiresBetween: { from: '2026-05-01', to: '2026-05-04' },
    });
  });

  it('refuses pages above 100', () => {
    expect(problemOf({ first: 101 })).toMatchObject({ kind: 'PageTooLarge', maxPageSize: 100 });
    expect(problemOf({ first: 0 })).toMatchObject({ kind: 'PageTooLarge' });
  });

  it.each([
    [{ currency: 'VND', min: 50_000, max: 10_000 }, 'min must not exceed max'],
    [{ currency: 'VND', min: -1 }, 'min must be a non-negative whole amount'],
    [{ currency: 'USD', max: 12.5 }, 'max must be a non-negative whole amount'],
    [{ currency: 'XYZ' }, 'XYZ is not an ISO 4217 currency'],
  ])('refuses the price range %j', (price, message) => {
    const problem = problemOf({ price });
    expect(problem.kind).toBe('InvalidPriceRange');
    expect(problem.message).toContain(message);
  });

  it.each([
    [{ lat: 91, lng: 0 }, 'near.lat'],
    [{ lat: 0, lng: -180.5 }, 'near.lng'],
    [{ lat: Number.NaN, lng: 0 }, 'near.lat'],
    [{ lat: 10, lng: 106, withinMeters: 0 }, 'near.withinMeters'],
    [{ lat: 10, lng: 106, withinMeters: 60_000 }, 'near.withinMeters'],
  ])('refuses the coordinates %j', (near, field) => {
    expect(problemOf({ near })).toMatchObject({ kind: 'InvalidCoordinates', field });
  });

  it('refuses a distance sort without a point', () => {
    expect(problemOf({ sort: 'DISTANCE' })).toMatchObject({ kind: 'UnsupportedSort' });
  });

  it('refuses mixed, deep or foreign pagination', () => {
    const cursor = searchCursor('RATING', [-4.5, -10, 'itm_1']);
    expect(problemOf({ after: cursor, offset: 20 })).toMatchObject({ field: 'offset' });
    expect(problemOf({ offset: 9_990, first: 20 })).toMatchObject({ field: 'offset' });
    expect(problemOf({ after: cursor, sort: 'PRICE_ASC' })).toMatchObject({ field: 'after' });
    expect(problemOf({ after: 'not-a-cursor' })).toMatchObject({ field: 'after' });
    const accepted = parseSearchInput({ after: cursor, sort: 'RATING' }, NOW);
    expect(accepted.ok && accepted.query.page).toEqual({ size: 20, after: [-4.5, -10, 'itm_1'] });
  });

  it('refuses overlong text and filter lists', () => {
    expect(problemOf({ text: 'a'.repeat(201) })).toMatchObject({ field: 'text' });
    const storeIds = Array.from({ length: 101 }, (_, index) => `sto_${index}`);
    expect(problemOf({ storeIds })).toMatchObject({ field: 'storeIds' });
    expect(problemOf({ expiringWithinDays: -1 })).toMatchObject({ field: 'expiringWithinDays' });
  });
});
