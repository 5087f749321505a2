import { DateTime } from 'luxon';
import { WEEKDAYS, type OpeningHours, type TimeRange } from '../domain/opening-hours';

/** How far ahead a document's open periods reach from when it was indexed. */
export const OPEN_PERIOD_HORIZON_DAYS = 35;

const MINUTES_PER_DAY = 24 * 60;

function minutes(time: string): number {
  const [hours, minutesPart] = time.split(':');
  return Number(hours) * 60 + Number(minutesPart);
}

function rangesOn(hours: OpeningHours, date: DateTime): readonly TimeRange[] {
  const iso = date.toISODate();
  const exception = hours.exceptions.find((candidate) => candidate.date === iso);
  if (exception) return exception.intervals;
  const day = WEEKDAYS[date.weekday - 1];
  return hours.weekly.filter((interval) => interval.day === day);
}

export interface OpenPeriod {
  /** Inclusive instant. */
  gte: string;
  /** Exclusive instant. */
  lt: string;
}

/**
 * The instants the store is open, as absolute periods, from the local day before `from` through
 * `days` days after it: the same reading of the hours as isOpenAt (local wall clock of the
 * store's zone, intervals past midnight belong to the day they open, exceptions replace a date's
 * intervals), precomputed so that an engine without time zones (OpenSearch, a date_range field)
 * can answer "open at t" with a term query. Touching periods are merged.
 */
export function openPeriods(
  hours: OpeningHours,
  from: Date,
  days = OPEN_PERIOD_HORIZON_DAYS,
): OpenPeriod[] {
  const start = DateTime.fromJSDate(from, { zone: hours.timeZone })
    .startOf('day')
    .minus({ days: 1 });
  const spans: [number, number][] = [];
  for (let offset = 0; offset <= days + 1; offset += 1) {
    const date = start.plus({ days: offset });
    for (const range of rangesOn(hours, date)) {
      const open = minutes(range.open);
      const close = range.close === '24:00' ? MINUTES_PER_DAY : minutes(range.close);
      const end = close > open ? close : close + MINUTES_PER_DAY;
      // Local wall-clock times, resolved in the zone (daylight saving moves the instants).
      const at = (minute: number) =>
        date.plus({ days: Math.floor(minute / MINUTES_PER_DAY) }).set({
          hour: Math.floor((minute % MINUTES_PER_DAY) / 60),
          minute: minute % 60,
        });
      spans.push([at(open).toMillis(), at(end).toMillis()]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([...span]);
  }
  return merged.map(([gte, lt]) => ({
    gte: new Date(gte).toISOString(),
    lt: new Date(lt).toISOString(),
  }));
}
