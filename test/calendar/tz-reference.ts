// The calendar code as it was before the day-number and memoised-offset speed-ups (git 0854cd4), on
// date-fns and @date-fns/tz throughout: the oracle tz-equivalence.test.ts compares the fast code with.
import { TZDate } from '@date-fns/tz';
import { addDays, format, getDay, isWeekend } from 'date-fns';
import { easterSunday } from '../../src/calendar/easter.js';
import { DEADLINE_EVES, EVE_IDS, HOLIDAY_IDS, type HolidayId, type SwedishHoliday } from '../../src/calendar/swedish-holidays.js';
import type { OfficeHours, WorkingDayOptions } from '../../src/calendar/working-days.js';
import type { Policy } from '../../src/ruleset/schema.js';

export { addDays, format };

const MUNICIPAL_TIME_ZONE = 'Europe/Stockholm';
type CalendarDay = string;
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
const NAMES: Readonly<Record<HolidayId, { sv: string; en: string }>> = {
  nyarsdagen: { sv: 'nyårsdagen', en: "New Year's Day" },
  'trettondedag-jul': { sv: 'trettondedag jul', en: 'Epiphany' },
  langfredagen: { sv: 'långfredagen', en: 'Good Friday' },
  paskafton: { sv: 'påskafton', en: 'Easter Eve' },
  paskdagen: { sv: 'påskdagen', en: 'Easter Sunday' },
  'annandag-pask': { sv: 'annandag påsk', en: 'Easter Monday' },
  'forsta-maj': { sv: 'första maj', en: 'May Day' },
  'kristi-himmelsfardsdag': { sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  pingstafton: { sv: 'pingstafton', en: 'Whitsun Eve' },
  pingstdagen: { sv: 'pingstdagen', en: 'Whit Sunday' },
  'annandag-pingst': { sv: 'annandag pingst', en: 'Whit Monday' },
  nationaldagen: { sv: 'Sveriges nationaldag', en: 'National Day of Sweden' },
  midsommarafton: { sv: 'midsommarafton', en: 'Midsummer Eve' },
  midsommardagen: { sv: 'midsommardagen', en: 'Midsummer Day' },
  'alla-helgons-dag': { sv: 'alla helgons dag', en: "All Saints' Day" },
  julafton: { sv: 'julafton', en: 'Christmas Eve' },
  juldagen: { sv: 'juldagen', en: 'Christmas Day' },
  'annandag-jul': { sv: 'annandag jul', en: 'Boxing Day' },
  nyarsafton: { sv: 'nyårsafton', en: "New Year's Eve" },
};

/** First year computed: midsommardagen and alla helgons dag have been fixed to Saturdays since 1953. */
export const FIRST_HOLIDAY_YEAR = 1953;
/** Lag (1989:253) as amended by SFS 2004:1246: nationaldagen replaced annandag pingst from 2005. */
const NATIONAL_DAY_FROM = 2005;

const SATURDAY = 6;
const FRIDAY = 5;

/** The first `weekday` (0 Sunday … 6 Saturday) on or after `from`. */
function firstWeekdayFrom(from: CalendarDay, weekday: number): CalendarDay {
  const start = dayDate(from);
  return format(addDays(start, (weekday - getDay(start) + 7) % 7), 'yyyy-MM-dd');
}

function shift(day: CalendarDay, days: number): CalendarDay {
  return format(addDays(dayDate(day), days), 'yyyy-MM-dd');
}

const cache = new Map<number, readonly SwedishHoliday[]>();
const CACHE_LIMIT = 512;

/**
 * The Swedish public holidays of a year, computed (Easter by computus, midsommar and alla helgons dag as the
 * Saturday in their window), with the eves påskafton, pingstafton, midsommarafton, julafton and nyårsafton.
 * Sorted by date. Follows Lag (1989:253) om allmänna helgdagar: annandag pingst until 2004, nationaldagen
 * from 2005. Throws a `RangeError` for years before 1953 or after 9999.
 *
 * @example
 * swedishHolidays(2026).find((h) => h.id === 'midsommarafton')?.date // '2026-06-19'
 */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_HOLIDAY_YEAR || year > 9999) {
    throw new RangeError(`swedishHolidays() computes years ${FIRST_HOLIDAY_YEAR}–9999, got ${year}.`);
  }
  const cached = cache.get(year);
  if (cached) return cached;
  const y = String(year).padStart(4, '0');
  const easter = easterSunday(year);
  const midsommardagen = firstWeekdayFrom(`${y}-06-20`, SATURDAY);
  const dates: [HolidayId, CalendarDay][] = [
    ['nyarsdagen', `${y}-01-01`],
    ['trettondedag-jul', `${y}-01-06`],
    ['langfredagen', shift(easter, -2)],
    ['paskafton', shift(easter, -1)],
    ['paskdagen', easter],
    ['annandag-pask', shift(easter, 1)],
    ['forsta-maj', `${y}-05-01`],
    ['kristi-himmelsfardsdag', shift(easter, 39)],
    ['pingstafton', shift(easter, 48)],
    ['pingstdagen', shift(easter, 49)],
    ...(year < NATIONAL_DAY_FROM ? [['annandag-pingst', shift(easter, 50)] as [HolidayId, CalendarDay]] : []),
    ...(year >= NATIONAL_DAY_FROM ? [['nationaldagen', `${y}-06-06`] as [HolidayId, CalendarDay]] : []),
    ['midsommarafton', firstWeekdayFrom(`${y}-06-19`, FRIDAY)],
    ['midsommardagen', midsommardagen],
    ['alla-helgons-dag', firstWeekdayFrom(`${y}-10-31`, SATURDAY)],
    ['julafton', `${y}-12-24`],
    ['juldagen', `${y}-12-25`],
    ['annandag-jul', `${y}-12-26`],
    ['nyarsafton', `${y}-12-31`],
  ];
  const eves = new Set<HolidayId>(EVE_IDS);
  const holidays = dates
    .map(([id, date]): SwedishHoliday => ({ id, date, kind: eves.has(id) ? 'afton' : 'helgdag', name: NAMES[id] }))
    .sort((a, b) => a.date.localeCompare(b.date) || HOLIDAY_IDS.indexOf(a.id) - HOLIDAY_IDS.indexOf(b.id));
  Object.freeze(holidays);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(year, holidays);
  return holidays;
}
const MAX_DAYS_OFF_IN_A_ROW = 14;

/**
 * Whether offices are open on a day: not a Saturday or Sunday, not an allmän helgdag and not one of the
 * closed eves. `day` is `yyyy-MM-dd`; a bad day throws a `RangeError`.
 *
 * @example
 * isWorkingDay('2026-06-19') // false: midsommarafton
 * isWorkingDay('2026-06-18') // true
 */
export function isWorkingDay(day: CalendarDay, { closedEves = DEADLINE_EVES }: WorkingDayOptions = {}): boolean {
  const date = dayDate(day);
  if (isWeekend(date)) return false;
  for (const h of swedishHolidays(date.getFullYear())) {
    if (h.date !== day) continue;
    if (h.kind === 'helgdag' || (closedEves as readonly string[]).includes(h.id)) return false;
  }
  return true;
}

/**
 * The first working day strictly after `day`.
 *
 * @example
 * nextWorkingDay('2026-12-23') // '2026-12-28': julafton, juldagen, annandag jul and a weekend follow
 */
export function nextWorkingDay(day: CalendarDay, options: WorkingDayOptions = {}): CalendarDay {
  let date = dayDate(day);
  for (let i = 0; i <= MAX_DAYS_OFF_IN_A_ROW; i++) {
    date = addDays(date, 1);
    const next = format(date, 'yyyy-MM-dd');
    if (isWorkingDay(next, options)) return next;
  }
  throw new RangeError(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${day}.`);
}

/**
 * `day` itself when it is a working day, otherwise the next one.
 *
 * @example
 * workingDayOnOrAfter('2026-01-03') // '2026-01-05': a Saturday, the Monday after
 */
export function workingDayOnOrAfter(day: CalendarDay, options: WorkingDayOptions = {}): CalendarDay {
  return isWorkingDay(day, options) ? day : nextWorkingDay(day, options);
}

/**
 * The working day `n` working days after `day` (`n = 0`: `day` itself, moved to a working day if it is not one).
 * Throws a `RangeError` for a negative or fractional `n`.
 *
 * @example
 * addWorkingDays('2026-12-30', 2) // '2027-01-04': nyårsafton, nyårsdagen and a weekend are skipped
 */
export function addWorkingDays(day: CalendarDay, n: number, options: WorkingDayOptions = {}): CalendarDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays() needs a whole number of days ≥ 0, got ${n}.`);
  let current = workingDayOnOrAfter(day, options);
  for (let i = 0; i < n; i++) current = nextWorkingDay(current, options);
  return current;
}

/**
 * How many working days lie after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @example
 * workingDaysBetween('2026-06-18', '2026-06-22') // 1: midsommarafton and the weekend do not count
 */
export function workingDaysBetween(from: CalendarDay, to: CalendarDay, options: WorkingDayOptions = {}): number {
  dayDate(to);
  let count = 0;
  let date = dayDate(from);
  for (let day = from; day < to; ) {
    date = addDays(date, 1);
    day = format(date, 'yyyy-MM-dd');
    if (isWorkingDay(day, options)) count++;
  }
  return count;
}

function minutesOf(hhmm: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!m) throw new RangeError(`Office hours are "HH:MM", e.g. "16:30", got "${hhmm}".`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/**
 * The working day a message is taken as received: its own Swedish day when that is a working day and it
 * came before closing time, otherwise the next working day.
 *
 * @example
 * receivedOn('2026-01-09T17:10:00+01:00', { opens: '08:00', closes: '16:30' }) // '2026-01-12': Friday evening → Monday
 */
export function receivedOn(instant: string | Date, hours: OfficeHours, options: WorkingDayOptions = {}): CalendarDay {
  const { day, minutes } = municipalTime(instant);
  if (isWorkingDay(day, options) && minutes < minutesOf(hours.closes)) return day;
  return nextWorkingDay(day, options);
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
  const day = new TZDate(new Date(from).getTime(), MUNICIPAL_TIME_ZONE);
  return format(addDays(day, policy.archival.weedAfterDays), 'yyyy-MM-dd');
}
