import {
  alwaysOpen,
  isOpenAt,
  validateOpeningHours,
  type OpeningHours,
  type WeeklyInterval,
} from './opening-hours';

const at = (iso: string) => new Date(iso);

describe('isOpenAt', () => {
  describe('in Asia/Ho_Chi_Minh (UTC+7), across midnight', () => {
    const hours: OpeningHours = {
      timeZone: 'Asia/Ho_Chi_Minh',
      weekly: [
        { day: 'FRIDAY', open: '17:00', close: '02:00' },
        { day: 'SATURDAY', open: '10:00', close: '14:00' },
      ],
      exceptions: [],
    };

    it.each([
      ['2026-03-06T09:59:00Z', 'Friday 16:59', false],
      ['2026-03-06T10:00:00Z', 'Friday 17:00', true],
      ['2026-03-06T16:59:00Z', 'Friday 23:59', true],
      ['2026-03-06T17:00:00Z', 'Saturday 00:00, still Friday night', true],
      ['2026-03-06T18:59:00Z', 'Saturday 01:59, still Friday night', true],
      ['2026-03-06T19:00:00Z', 'Saturday 02:00', false],
      ['2026-03-07T03:30:00Z', 'Saturday 10:30', true],
      ['2026-03-07T07:00:00Z', 'Saturday 14:00', false],
      ['2026-03-05T16:00:00Z', 'Thursday 23:00', false],
      ['2026-03-07T18:00:00Z', 'Sunday 01:00 (Saturday does not run past midnight)', false],
    ])('%s (%s) → %s', (instant, _local, open) => {
      expect(isOpenAt(hours, at(instant))).toBe(open);
    });
  });

  describe('in Asia/Kolkata (UTC+5:30)', () => {
    const hours: OpeningHours = {
      timeZone: 'Asia/Kolkata',
      weekly: [
        { day: 'SATURDAY', open: '11:00', close: '23:30' },
        { day: 'SATURDAY', open: '23:30', close: '01:30' },
      ],
      exceptions: [],
    };

    it.each([
      ['2026-03-07T05:29:00Z', 'Saturday 10:59', false],
      ['2026-03-07T05:30:00Z', 'Saturday 11:00', true],
      ['2026-03-07T18:15:00Z', 'Saturday 23:45', true],
      ['2026-03-07T19:59:00Z', 'Sunday 01:29', true],
      ['2026-03-07T20:00:00Z', 'Sunday 01:30', false],
    ])('%s (%s) → %s', (instant, _local, open) => {
      expect(isOpenAt(hours, at(instant))).toBe(open);
    });
  });

  describe('on exception dates', () => {
    const weekly: WeeklyInterval[] = [
      { day: 'FRIDAY', open: '17:00', close: '02:00' },
      { day: 'SATURDAY', open: '10:00', close: '14:00' },
    ];
    const base = { timeZone: 'Asia/Ho_Chi_Minh', weekly };

    it('a date closed all day replaces its usual hours, including their run past midnight', () => {
      const hours = { ...base, exceptions: [{ date: '2026-03-06', intervals: [] }] };
      expect(isOpenAt(hours, at('2026-03-06T11:00:00Z'))).toBe(false); // Friday 18:00
      expect(isOpenAt(hours, at('2026-03-06T18:00:00Z'))).toBe(false); // Saturday 01:00
      expect(isOpenAt(hours, at('2026-03-13T11:00:00Z'))).toBe(true); // the next Friday
    });

    it('a closed date does not cut short the previous evening', () => {
      const hours = { ...base, exceptions: [{ date: '2026-03-07', intervals: [] }] };
      expect(isOpenAt(hours, at('2026-03-06T18:00:00Z'))).toBe(true); // Saturday 01:00
      expect(isOpenAt(hours, at('2026-03-07T03:30:00Z'))).toBe(false); // Saturday 10:30
    });

    it('special hours replace the usual ones that day', () => {
      const hours = {
        ...base,
        exceptions: [{ date: '2026-03-07', intervals: [{ open: '18:00', close: '23:00' }] }],
      };
      expect(isOpenAt(hours, at('2026-03-07T03:30:00Z'))).toBe(false); // Saturday 10:30
      expect(isOpenAt(hours, at('2026-03-07T12:00:00Z'))).toBe(true); // Saturday 19:00
      expect(isOpenAt(hours, at('2026-03-07T16:00:00Z'))).toBe(false); // Saturday 23:00
    });
  });

  describe('around daylight-saving changes in Europe/Berlin', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Berlin',
      weekly: [
        { day: 'SATURDAY', open: '22:00', close: '03:00' },
        { day: 'SUNDAY', open: '09:00', close: '17:00' },
      ],
      exceptions: [],
    };

    it('keeps local opening times when the offset moves forward (29 March 2026)', () => {
      expect(isOpenAt(hours, at('2026-03-22T07:30:00Z'))).toBe(false); // 08:30 CET
      expect(isOpenAt(hours, at('2026-03-22T08:00:00Z'))).toBe(true); // 09:00 CET
      expect(isOpenAt(hours, at('2026-03-29T06:59:00Z'))).toBe(false); // 08:59 CEST
      expect(isOpenAt(hours, at('2026-03-29T07:30:00Z'))).toBe(true); // 09:30 CEST
      expect(isOpenAt(hours, at('2026-03-29T15:00:00Z'))).toBe(false); // 17:00 CEST
    });

    it('closes a night that spans the skipped hour at 03:00 local', () => {
      expect(isOpenAt(hours, at('2026-03-28T21:00:00Z'))).toBe(true); // 22:00 CET
      expect(isOpenAt(hours, at('2026-03-29T00:59:00Z'))).toBe(true); // 01:59 CET
      expect(isOpenAt(hours, at('2026-03-29T01:00:00Z'))).toBe(false); // 03:00 CEST
    });

    it('stays open through the repeated hour when the offset moves back (25 October 2026)', () => {
      expect(isOpenAt(hours, at('2026-10-25T00:30:00Z'))).toBe(true); // 02:30 CEST
      expect(isOpenAt(hours, at('2026-10-25T01:30:00Z'))).toBe(true); // 02:30 CET
      expect(isOpenAt(hours, at('2026-10-25T01:59:00Z'))).toBe(true); // 02:59 CET
      expect(isOpenAt(hours, at('2026-10-25T02:00:00Z'))).toBe(false); // 03:00 CET
    });
  });

  it('treats 00:00–24:00 every day as always open', () => {
    const hours = alwaysOpen('Asia/Kolkata');
    for (const instant of [
      '2026-03-01T18:30:00Z',
      '2026-03-02T18:29:59Z',
      '2026-07-04T12:00:00Z',
    ]) {
      expect(isOpenAt(hours, at(instant))).toBe(true);
    }
  });
});

describe('validateOpeningHours', () => {
  const valid: OpeningHours = {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekly: [
      { day: 'SUNDAY', open: '22:00', close: '02:00' },
      { day: 'MONDAY', open: '17:00', close: '22:00' },
      { day: 'MONDAY', open: '10:00', close: '14:00' },
    ],
    exceptions: [
      { date: '2026-12-31', intervals: [{ open: '18:00', close: '03:00' }] },
      { date: '2026-02-17', intervals: [] },
    ],
  };

  it('accepts good hours and sorts them', () => {
    const result = validateOpeningHours(valid);
    expect(result).toEqual({
      ok: true,
      hours: {
        timeZone: 'Asia/Ho_Chi_Minh',
        weekly: [
          { day: 'MONDAY', open: '10:00', close: '14:00' },
          { day: 'MONDAY', open: '17:00', close: '22:00' },
          { day: 'SUNDAY', open: '22:00', close: '02:00' },
        ],
        exceptions: [
          { date: '2026-02-17', intervals: [] },
          { date: '2026-12-31', intervals: [{ open: '18:00', close: '03:00' }] },
        ],
      },
    });
  });

  it('reports an unknown zone', () => {
    expect(validateOpeningHours({ ...valid, timeZone: 'Mars/Olympus_Mons' })).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE', path: 'timeZone' })],
    });
  });

  it.each([
    ['9:00', '17:00', 'open'],
    ['09:00', '25:00', 'close'],
    ['12:60', '17:00', 'open'],
    ['24:00', '02:00', 'open'],
    ['noon', '17:00', 'open'],
  ])('reports a malformed time %s–%s', (open, close, role) => {
    const result = validateOpeningHours({
      ...valid,
      weekly: [{ day: 'TUESDAY', open, close }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'MALFORMED_TIME', path: `weekly[0].${role}` })],
    });
  });

  it('reports close equal to open', () => {
    const result = validateOpeningHours({
      ...valid,
      weekly: [{ day: 'TUESDAY', open: '09:00', close: '09:00' }],
    });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'CLOSE_EQUALS_OPEN', path: 'weekly[0]' })],
    });
  });

  it('reports overlaps on a day, across midnight and from Sunday night into Monday', () => {
    const result = validateOpeningHours({
      ...valid,
      weekly: [
        { day: 'MONDAY', open: '10:00', close: '14:00' },
        { day: 'MONDAY', open: '13:00', close: '15:00' },
        { day: 'TUESDAY', open: '20:00', close: '03:00' },
        { day: 'WEDNESDAY', open: '02:00', close: '05:00' },
        { day: 'SUNDAY', open: '22:00', close: '02:00' },
        { day: 'MONDAY', open: '01:00', close: '04:00' },
      ],
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'OVERLAP weekly[1]',
      'OVERLAP weekly[3]',
      'OVERLAP weekly[5]',
    ]);
  });

  it('accepts intervals that only touch', () => {
    const result = validateOpeningHours({
      ...valid,
      weekly: [
        { day: 'MONDAY', open: '10:00', close: '14:00' },
        { day: 'MONDAY', open: '14:00', close: '24:00' },
        { day: 'TUESDAY', open: '00:00', close: '02:00' },
      ],
    });
    expect(result.ok).toBe(true);
  });

  it('reports bad and repeated exception dates and overlapping special hours', () => {
    const result = validateOpeningHours({
      ...valid,
      exceptions: [
        { date: '2026-02-30', intervals: [] },
        { date: '2026-04-30', intervals: [] },
        {
          date: '2026-04-30',
          intervals: [
            { open: '08:00', close: '12:00' },
            { open: '11:00', close: '13:00' },
          ],
        },
      ],
    });
    expect(!result.ok && result.problems.map(({ code, path }) => `${code} ${path}`)).toEqual([
      'MALFORMED_DATE exceptions[0].date',
      'DUPLICATE_DATE exceptions[2].date',
      'OVERLAP exceptions[2].intervals[1]',
    ]);
  });
});
