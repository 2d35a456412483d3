import { TZDate } from '@date-fns/tz';
// Per-function paths: the date-fns index loads every module (over 100 ms at start-up).
import { addDays } from 'date-fns/addDays';
// lightFormat: numeric tokens only, without format()'s locale and formatter tables (~14 KB minified).
import { lightFormat } from 'date-fns/lightFormat';
import { MUNICIPAL_TIME_ZONE } from '../calendar/calendar-day.js';
import { DAY_MS, dayOfNumber, yearOfNumber } from '../calendar/day-number.js';
import { municipalWallClock } from '../calendar/municipal-clock.js';
import type { Policy } from '../ruleset/schema.js';

export { MUNICIPAL_TIME_ZONE };

/**
 * Whether a day number lies in years 1900–9999: four-digit years, and Swedish offsets in whole hours (TZDate's
 * day arithmetic, kept for earlier days, can repeat a day under the local mean time of the 1800s).
 */
function plainYear(n: number): boolean {
  const year = yearOfNumber(n);
  return year >= 1900 && year <= 9999;
}

/**
 * The day an item of ringa eller tillfällig betydelse may be weeded ("vid inaktualitet"): `weedAfterDays`
 * after the Swedish calendar day it was written (or `now` when the comment has no date). `undefined` when
 * neither is known.
 *
 * @example
 * weedAfter('2026-03-01T10:00:00Z', undefined, policy) // '2026-05-30' with weedAfterDays 90
 */
export function weedAfter(createdAt: string | undefined, now: string | undefined, policy: Policy): string | undefined {
  const from = createdAt ?? now;
  if (from === undefined) return undefined;
  const ms = new Date(from).getTime();
  const days = policy.archival.weedAfterDays;
  // Day arithmetic on the Swedish calendar day: a DST change moves the clock, never the date.
  const start = Math.floor(municipalWallClock(ms) / DAY_MS);
  if (Number.isInteger(days) && plainYear(start) && plainYear(start + days)) return dayOfNumber(start + days);
  const day = new TZDate(ms, MUNICIPAL_TIME_ZONE);
  return lightFormat(addDays(day, days), 'yyyy-MM-dd');
}
