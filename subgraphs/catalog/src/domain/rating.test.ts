import fc from 'fast-check';
import {
  applyDelta,
  averageOf,
  countIn,
  countOut,
  emptyRating,
  isStars,
  subjectKeyString,
  type Rating,
  type Stars,
} from './rating';

const store = { kind: 'STORE', id: 'sto_1' } as const;
const starsArb = fc.constantFrom<Stars>(1, 2, 3, 4, 5);

function rate(stars: readonly Stars[], start: Rating = emptyRating(store)): Rating {
  return stars.reduce((rating, value) => applyDelta(rating, countIn(value)), start);
}

describe('ratings', () => {
  it('counts each review into the count, the sum and its star of the histogram', () => {
    expect(rate([5, 4, 5, 1])).toEqual({
      subject: store,
      count: 4,
      sum: 15,
      histogram: [1, 0, 0, 1, 2],
    });
  });

  it('averages to two decimals, and has no average without reviews', () => {
    expect(averageOf(emptyRating(store))).toBeNull();
    expect(averageOf(rate([5]))).toBe(5);
    expect(averageOf(rate([5, 4, 4]))).toBe(4.33);
    expect(averageOf(rate([1, 2]))).toBe(1.5);
  });

  it('taking a review out leaves what counting only the others gives', () => {
    fc.assert(
      fc.property(fc.array(starsArb, { minLength: 1, maxLength: 40 }), fc.nat(), (stars, pick) => {
        const hidden = pick % stars.length;
        const withAll = rate(stars);
        const afterHiding = applyDelta(withAll, countOut(stars[hidden]!));
        expect(afterHiding).toEqual(rate(stars.filter((_, index) => index !== hidden)));
      }),
    );
  });

  it('keeps the histogram summing to the count and the stars to the sum', () => {
    fc.assert(
      fc.property(fc.array(starsArb, { maxLength: 60 }), (stars) => {
        const rating = rate(stars);
        expect(rating.histogram.reduce((total, count) => total + count, 0)).toBe(rating.count);
        expect(
          rating.histogram.reduce((total, count, index) => total + count * (index + 1), 0),
        ).toBe(rating.sum);
        const average = averageOf(rating);
        if (average !== null) {
          expect(average).toBeGreaterThanOrEqual(1);
          expect(average).toBeLessThanOrEqual(5);
        }
      }),
    );
  });

  it('accepts whole stars from 1 to 5 only', () => {
    expect([1, 2, 3, 4, 5].every(isStars)).toBe(true);
    expect([0, 6, 4.5, -1, Number.NaN].some(isStars)).toBe(false);
  });

  it('names each subject by kind and id', () => {
    expect(subjectKeyString(store)).toBe('STORE:sto_1');
    expect(subjectKeyString({ kind: 'MENU_ITEM', id: 'itm_1' })).toBe('MENU_ITEM:itm_1');
  });
});
