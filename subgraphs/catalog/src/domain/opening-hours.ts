import { DateTime, IANAZone } from 'luxon';

/**
 * Opening hours in a store's own time zone: weekly intervals plus exceptions for given local
 * dates. Times are local wall-clock "HH:mm". An interval whose close is before its open runs
 * past midnight into the next day ("18:00"–"02:00"); "24:00" closes at the end of the day. An
 * interval belongs to the day it opens on: an exception for a date replaces that date's own
 * intervals, not the tail of the previous evening's.
 */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface TimeRange {
  /** "HH:mm", 00:00–23:59. */
  open: string;
  /** "HH:mm", 00:00–24:00; before `open` when the interval runs past midnight. */
  close: string;
}

export interface WeeklyInterval extends TimeRange {
  day: Weekday;
}

export interface OpeningHoursException {
  /** Local date, "yyyy-MM-dd". */
  date: string;
  /** The intervals that replace the usual ones that day; empty when closed all day. */
  intervals: TimeRange[];
}

export interface OpeningHours {
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: string;
  weekly: WeeklyInterval[];
  exceptions: OpeningHoursException[];
}

const MINUTES_PER_DAY = 24 * 60;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since local midnight, or null when malformed. "24:00" is accepted only as a close. */
function minutesOf(time: string, role: 'open' | 'close'): number | null {
  if (role === 'close' && time === '24:00') return MINUTES_PER_DAY;
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** [start, end) in minutes from the opening day's midnight; end > 1440 past midnight. */
function span(range: TimeRange): [number, number] {
  const open = minutesOf(range.open, 'open')!;
  const close = minutesOf(range.close, 'close')!;
  return [open, close > open ? close : close + MINUTES_PER_DAY];
}

function intervalsOn(hours: OpeningHours, date: DateTime): TimeRange[] {
  const iso = date.toISODate();
  const exception = hours.exceptions.find((candidate) => candidate.date === iso);
  if (exception) return exception.intervals;
  const day = WEEKDAYS[date.weekday - 1];
  return hours.weekly.filter((interval) => interval.day === day);
}

/**
 * Whether the hours admit the instant `at`, read on the local wall clock of the hours' zone (so
 * daylight-saving changes move the instants, never the local times). Open when an interval of the
 * local day contains the local time, or an interval of the previous day runs past midnight
 * beyond it.
 */
export function isOpenAt(hours: OpeningHours, at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: hours.timeZone });
  if (!local.isValid) return false;
  const minute = local.hour * 60 + local.minute;
  const today = intervalsOn(hours, local).some((range) => {
    const [start, end] = span(range);
    return minute >= start && minute < end;
  });
  if (today) return true;
  return intervalsOn(hours, local.minus({ days: 1 })).some((range) => {
    const [, end] = span(range);
    return minute + MINUTES_PER_DAY < end;
  });
}

export type OpeningHoursProblemCode =
  | 'UNKNOWN_TIME_ZONE'
  | 'MALFORMED_TIME'
  | 'MALFORMED_DATE'
  | 'CLOSE_EQUALS_OPEN'
  | 'OVERLAP'
  | 'DUPLICATE_DATE';

export interface OpeningHoursProblem {
  code: OpeningHoursProblemCode;
  /** Where in the input, e.g. "weekly[2]" or "exceptions[0].intervals[1]". */
  path: string;
  message: string;
}

export type OpeningHoursValidation =
  { ok: true; hours: OpeningHours } | { ok: false; problems: OpeningHoursProblem[] };

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

function rangeProblems(range: TimeRange, path: string): OpeningHoursProblem[] {
  const problems: OpeningHoursProblem[] = [];
  for (const role of ['open', 'close'] as const) {
    if (minutesOf(range[role], role) === null) {
      problems.push({
        code: 'MALFORMED_TIME',
        path: `${path}.${role}`,
        message: `${role} must be a local time HH:mm${role === 'close' ? ' (or 24:00)' : ''}`,
      });
    }
  }
  if (problems.length === 0 && minutesOf(range.open, 'open') === minutesOf(range.close, 'close')) {
    problems.push({
      code: 'CLOSE_EQUALS_OPEN',
      path,
      message: 'close must differ from open; use 00:00–24:00 for a whole day',
    });
  }
  return problems;
}

function overlaps(a: [number, number], b: [number, number], period: number | null): boolean {
  const shifts = period === null ? [0] : [-period, 0, period];
  return shifts.some((shift) => a[0] < b[1] + shift && b[0] + shift < a[1]);
}

function overlapProblems(
  spans: { at: [number, number]; path: string }[],
  period: number | null,
): OpeningHoursProblem[] {
  const problems: OpeningHoursProblem[] = [];
  spans.forEach((first, index) => {
    for (const second of spans.slice(index + 1)) {
      if (overlaps(first.at, second.at, period)) {
        problems.push({
          code: 'OVERLAP',
          path: second.path,
          message: `overlaps ${first.path}`,
        });
      }
    }
  });
  return problems;
}

/**
 * Checks hours as a partner sent them: a known IANA zone, well-formed times and dates, no empty
 * interval, no overlap within the week (Sunday night runs into Monday) or within an exception
 * day, one exception per date. Reports every problem at once.
 */
export function validateOpeningHours(input: OpeningHours): OpeningHoursValidation {
  const problems: OpeningHoursProblem[] = [];
  if (!isTimeZone(input.timeZone)) {
    problems.push({
      code: 'UNKNOWN_TIME_ZONE',
      path: 'timeZone',
      message: 'must be an IANA time zone such as Asia/Ho_Chi_Minh',
    });
  }
  const weekly: { at: [number, number]; path: string }[] = [];
  input.weekly.forEach((interval, index) => {
    const path = `weekly[${index}]`;
    const found = rangeProblems(interval, path);
    problems.push(...found);
    if (found.length > 0) return;
    const [start, end] = span(interval);
    const offset = WEEKDAYS.indexOf(interval.day) * MINUTES_PER_DAY;
    weekly.push({ at: [start + offset, end + offset], path });
  });
  problems.push(...overlapProblems(weekly, 7 * MINUTES_PER_DAY));

  const dates = new Set<string>();
  input.exceptions.forEach((exception, index) => {
    const path = `exceptions[${index}]`;
    if (!DateTime.fromISO(exception.date).isValid || !/^\d{4}-\d{2}-\d{2}$/.test(exception.date)) {
      problems.push({
        code: 'MALFORMED_DATE',
        path: `${path}.date`,
        message: 'must be yyyy-MM-dd',
      });
    } else if (dates.has(exception.date)) {
      problems.push({
        code: 'DUPLICATE_DATE',
        path: `${path}.date`,
        message: `${exception.date} already has an exception`,
      });
    }
    dates.add(exception.date);
    const spans: { at: [number, number]; path: string }[] = [];
    exception.intervals.forEach((range, rangeIndex) => {
      const rangePath = `${path}.intervals[${rangeIndex}]`;
      const found = rangeProblems(range, rangePath);
      problems.push(...found);
      if (found.length === 0) spans.push({ at: span(range), path: rangePath });
    });
    problems.push(...overlapProblems(spans, null));
  });

  if (problems.length > 0) return { ok: false, problems };
  const dayOrder = (interval: WeeklyInterval) =>
    WEEKDAYS.indexOf(interval.day) * MINUTES_PER_DAY + span(interval)[0];
  return {
    ok: true,
    hours: {
      timeZone: input.timeZone,
      weekly: [...input.weekly]
        .sort((a, b) => dayOrder(a) - dayOrder(b))
        .map(({ day, open, close }) => ({ day, open, close })),
      exceptions: [...input.exceptions]
        .sort((a, b) => a.date.localeCompare(b.date))
        .map(({ date, intervals }) => ({
          date,
          intervals: intervals.map(({ open, close }) => ({ open, close })),
        })),
    },
  };
}

/** Every day, all day: the default availability of a menu. */
export function alwaysOpen(timeZone: string): OpeningHours {
  return {
    timeZone,
    weekly: WEEKDAYS.map((day) => ({ day, open: '00:00', close: '24:00' })),
    exceptions: [],
  };
}
