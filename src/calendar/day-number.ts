import type { CalendarDay } from './calendar-day.js';

/** Milliseconds in a calendar day; day numbers count whole days since 1970-01-01, as `Date.UTC` does. */
export const DAY_MS = 86_400_000;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A day number (days since 1970-01-01) as `yyyy-MM-dd`, the year padded to four digits as date-fns writes it.
 * Calendar arithmetic on day numbers needs no time zone: a Swedish calendar day is a calendar day.
 *
 * @example
 * dayOfNumber(20_636) // '2026-07-02'
 */
export function dayOfNumber(n: number): CalendarDay {
  const d = new Date(n * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * The year of a day number.
 *
 * @example
 * yearOfNumber(20_636) // 2026
 */
export function yearOfNumber(n: number): number {
  return new Date(n * DAY_MS).getUTCFullYear();
}

/**
 * The weekday of a day number: 0 Sunday … 6 Saturday, as `Date#getDay` counts (1970-01-01 was a Thursday).
 *
 * @example
 * weekdayOfNumber(20_636) // 4: a Thursday
 */
export function weekdayOfNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}
