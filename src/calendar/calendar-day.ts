import { TZDate } from '@date-fns/tz';
// Per-function paths: the date-fns index loads every module (over 100 ms at start-up).
import { format } from 'date-fns/format';

/** The municipality's clock: calendar days in decisions are Swedish days. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Stockholm';

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

/** The `yyyy-MM-dd` of a date as the municipality's calendar reads it. */
export function toCalendarDay(date: Date): CalendarDay {
  return format(new TZDate(date.getTime(), MUNICIPAL_TIME_ZONE), 'yyyy-MM-dd');
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
  const local = new TZDate(ms, MUNICIPAL_TIME_ZONE);
  return { day: format(local, 'yyyy-MM-dd'), minutes: local.getHours() * 60 + local.getMinutes() };
}
