import { tzOffset } from '@date-fns/tz';
import { DAY_MS } from './day-number.js';

/** The municipality's clock: calendar days in decisions are Swedish days. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Stockholm';

/**
 * Sweden has kept EU summer time since 1996: CEST (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC
 * on the last Sunday of October, CET (UTC+1) otherwise. Within these years the rule is computed, which spares the
 * first call building an Intl.DateTimeFormat (some 15 ms); tz-equivalence.test.ts holds it to the time-zone database.
 */
const EU_RULE_FROM = Date.UTC(1996, 0, 1);
const EU_RULE_UNTIL = Date.UTC(2100, 0, 1);

/** 01:00 UTC on the last Sunday of a month (`month` 0-based, with 31 days). */
function lastSundayOneUtc(year: number, month: number): number {
  const last = Date.UTC(year, month, 31, 1);
  return last - new Date(last).getUTCDay() * DAY_MS;
}

/** Seconds to add to an instant for the Swedish wall clock, rounded as TZDate rounds historical offsets. */
function shiftSeconds(ms: number): number {
  if (ms >= EU_RULE_FROM && ms < EU_RULE_UNTIL) {
    const year = new Date(ms).getUTCFullYear();
    return ms >= lastSundayOneUtc(year, 2) && ms < lastSundayOneUtc(year, 9) ? 7200 : 3600;
  }
  return -Math.round(-tzOffset(MUNICIPAL_TIME_ZONE, new Date(ms)) * 60);
}

// Per UTC day: the shift when it is the same at the day's first and last millisecond, else NaN (a DST change).
// Swedish offsets change at most once a day (twice a year), so a day whose ends agree has one offset throughout.
const shiftByDay = new Map<number, number>();
const SHIFT_CACHE_LIMIT = 4096;

/**
 * An instant (ms since the epoch) moved by the Swedish UTC offset in force at it, so that the UTC fields of the
 * result read the Swedish wall clock: the same value TZDate keeps internally, without asking Intl each time.
 * NaN for an invalid instant.
 *
 * @example
 * new Date(municipalWallClock(Date.parse('2026-07-01T22:30:00Z'))).getUTCHours() // 0: 00:30 on 2 July in Sweden
 */
export function municipalWallClock(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  let shift = shiftByDay.get(day);
  if (shift === undefined) {
    const first = shiftSeconds(day * DAY_MS);
    shift = first === shiftSeconds(day * DAY_MS + DAY_MS - 1) ? first : Number.NaN;
    if (shiftByDay.size >= SHIFT_CACHE_LIMIT) shiftByDay.clear();
    if (!Number.isNaN(day)) shiftByDay.set(day, shift);
  }
  return ms + (Number.isNaN(shift) ? shiftSeconds(ms) : shift) * 1000;
}
