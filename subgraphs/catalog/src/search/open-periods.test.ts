import fc from 'fast-check';
import { isOpenAt, WEEKDAYS, type OpeningHours } from '../domain/opening-hours';
import { openPeriods } from './open-periods';

const FROM = new Date('2026-03-02T00:00:00.000Z');

const lateNights: OpeningHours = {
  timeZone: 'Asia/Ho_Chi_Minh',
  weekly: WEEKDAYS.flatMap((day) => [
    { day, open: '06:00', close: '14:00' },
    { day, open: '17:00', close: '02:00' },
  ]),
  exceptions: [{ date: '2026-03-04', intervals: [] }],
};

const berlin: OpeningHours = {
  timeZone: 'Europe/Berlin',
  weekly: [
    { day: 'SATURDAY', open: '22:00', close: '24:00' },
    { day: 'SUNDAY', open: '00:00', close: '03:00' },
    { day: 'MONDAY', open: '09:00', close: '17:30' },
  ],
  exceptions: [{ date: '2026-03-30', intervals: [{ open: '12:00', close: '13:00' }] }],
};

describe('openPeriods', () => {
  it('turns local hours past midnight into absolute periods, honouring exceptions', () => {
    const periods = openPeriods(lateNights, FROM, 3);
    // Monday 06:00–14:00 and Monday 17:00 → Tuesday 02:00, Ho Chi Minh City time (UTC+7).
    expect(periods).toContainEqual({
      gte: '2026-03-01T23:00:00.000Z',
      lt: '2026-03-02T07:00:00.000Z',
    });
    expect(periods).toContainEqual({
      gte: '2026-03-02T10:00:00.000Z',
      lt: '2026-03-02T19:00:00.000Z',
    });
    // Wednesday 4 March is closed all day: only Tuesday night's tail reaches into it.
    const wednesday = periods.filter(
      (period) =>
        period.gte >= '2026-03-03T17:00:00.000Z' && period.gte < '2026-03-04T17:00:00.000Z',
    );
    expect(wednesday).toEqual([]);
  });

  it('merges periods that touch across midnight', () => {
    const periods = openPeriods(berlin, new Date('2026-03-07T12:00:00.000Z'), 1);
    expect(periods).toContainEqual({
      gte: '2026-03-07T21:00:00.000Z',
      lt: '2026-03-08T02:00:00.000Z',
    });
  });

  it.each([
    ['Ho Chi Minh City', lateNights],
    ['Berlin, across the switch to summer time', berlin],
  ])('agrees with isOpenAt at every instant of the horizon (%s)', (_name, hours) => {
    const periods = openPeriods(hours, FROM).map((period) => [
      Date.parse(period.gte),
      Date.parse(period.lt),
    ]);
    const start = FROM.getTime();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 34 * 24 * 60 }), (minute) => {
        const at = start + minute * 60_000;
        const inPeriods = periods.some(([gte, lt]) => at >= gte! && at < lt!);
        return inPeriods === isOpenAt(hours, new Date(at));
      }),
      { numRuns: 2_000 },
    );
  });
});
