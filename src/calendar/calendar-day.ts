import { TZDate } from '@date-fns/tz';
// lightFormat: numeric tokens only, without format()'s locale and formatter tables (~14 KB minified).
import { lightFormat } from 'date-fns/lightFormat';
import { DAY_MS, dayOfNumber } from './day-number.js';
import { MUNICIPAL_TIME_ZONE, municipalWallClock } from './municipal-clock.js';

export { MUNICIPAL_TIME_ZONE };

/** A calendar day written `yyyy-MM-dd`, with no time and no zone. */
export type CalendarDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `yyyy-MM-dd` day as a date at midnight in the municipality's time zone, for date-fns arithmetic.
 * Throws a `RangeError` naming the expected form when `day` is not a real calendar day.
 *
 * @example
 * format(dayDate('2026-06-19'), 'EEEE') // 'Friday'
 */
export function dayDate(day: CalendarDay): TZDate {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`Expected a calendar day "yyyy-MM-dd", e.g. "2026-06-19", but got "${day}".`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new TZDate(y, mo - 1, d, MUNICIPAL_TIME_ZONE);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    throw new RangeError(`"${day}" is not a calendar day; give a real date as "yyyy-MM-dd".`);
  }
  return date;
}

/**
 * A `yyyy-MM-dd` day as a day number (days since 1970-01-01), for arithmetic without a time zone. Throws the
 * same `RangeError`s as `dayDate` (years before 100 included: like `Date`, `dayDate` reads them as 19xx).
 *
 * @example
 * dayNumber('2026-07-02') // 20_636
 */
export function dayNumber(day: CalendarDay): number {
  const m = DAY.exec(day);
  if (!m) throw new RangeError(`Expected a calendar day "yyyy-MM-dd", e.g. "2026-06-19", but got "${day}".`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new RangeError(`"${day}" is not a calendar day; give a real date as "yyyy-MM-dd".`);
  }
  return ms / DAY_MS;
}

/** The Swedish wall clock as a Date read through its UTC fields, or undefined outside years 1000–9999 (left to TZDate). */
function wallClockDate(ms: number): Date | undefined {
  const local = new Date(municipalWallClock(ms));
  const year = local.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? local : undefined;
}

/** The `yyyy-MM-dd` of a date as the municipality's calendar reads it. */
export function toCalendarDay(date: Date): CalendarDay {
  const local = wallClockDate(date.getTime());
  if (local) return dayOfNumber(Math.floor(local.getTime() / DAY_MS));
  return lightFormat(new TZDate(date.getTime(), MUNICIPAL_TIME_ZONE), 'yyyy-MM-dd');
}

/**
 * An instant (ISO-8601 string or Date) as the municipality's clock shows it: day and minutes since midnight.
 * Throws a `RangeError` when the instant cannot be read.
 *
 * @example
 * municipalTime('2026-12-31T23:30:00Z') // { day: '2027-01-01', minutes: 30 }
 */
export function municipalTime(instant: string | Date): { day: CalendarDay; minutes: number } {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Expected an ISO-8601 date-time, e.g. "2026-11-24T09:30:00+01:00", but got "${String(instant)}".`);
  const wall = wallClockDate(ms);
  if (wall) return { day: dayOfNumber(Math.floor(wall.getTime() / DAY_MS)), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
  const local = new TZDate(ms, MUNICIPAL_TIME_ZONE);
  return { day: lightFormat(local, 'yyyy-MM-dd'), minutes: local.getHours() * 60 + local.getMinutes() };
}
