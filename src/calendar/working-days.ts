import { type CalendarDay, dayNumber, municipalTime } from './calendar-day.js';
import { dayOfNumber, weekdayOfNumber, yearOfNumber } from './day-number.js';
import { DEADLINE_EVES, type EveId, type HolidayId, swedishHolidays } from './swedish-holidays.js';

/** Which days the municipality's offices are closed besides weekends and allmänna helgdagar. */
export interface WorkingDayOptions {
  /** Eves that are days off; default midsommarafton, julafton and nyårsafton (Lag 1930:173, 2 §). */
  readonly closedEves?: readonly EveId[];
}

/** The office day: counting of a response time starts on the next working day after `closes`. */
export interface OfficeHours {
  /** "HH:MM" local Swedish time. */
  readonly opens: string;
  /** "HH:MM" local Swedish time; a comment at or after it counts from the next working day. */
  readonly closes: string;
}

/** Longest run of days off the calendar can produce (julafton to the Sunday after nyårsdagen is 11 days at most). */
const MAX_DAYS_OFF_IN_A_ROW = 14;

/**
 * A year's holidays by day number: `null` for a day with an allmän helgdag, else the eves on it (closed only
 * when listed in `closedEves`). Built once per year, so a day is looked up instead of searched for.
 */
const holidaysByYear = new Map<number, ReadonlyMap<number, readonly HolidayId[] | null>>();
const HOLIDAY_CACHE_LIMIT = 512;

function holidayDays(year: number): ReadonlyMap<number, readonly HolidayId[] | null> {
  const cached = holidaysByYear.get(year);
  if (cached) return cached;
  const days = new Map<number, HolidayId[] | null>();
  for (const h of swedishHolidays(year)) {
    const n = dayNumber(h.date);
    const eves = days.get(n);
    if (h.kind === 'helgdag') days.set(n, null);
    else if (eves !== null) days.set(n, [...(eves ?? []), h.id]);
  }
  if (holidaysByYear.size >= HOLIDAY_CACHE_LIMIT) holidaysByYear.clear();
  holidaysByYear.set(year, days);
  return days;
}

/** `isWorkingDay` on a day number; a day past 9999 throws the `RangeError` its `yyyy-MM-dd` form would. */
function isWorkingDayNumber(n: number, closedEves: readonly EveId[]): boolean {
  const year = yearOfNumber(n);
  if (year > 9999) dayNumber(dayOfNumber(n));
  const weekday = weekdayOfNumber(n);
  if (weekday === 0 || weekday === 6) return false;
  const holiday = holidayDays(year).get(n);
  if (holiday === undefined) return true;
  return holiday !== null && !holiday.some((id) => (closedEves as readonly string[]).includes(id));
}

/** The first working day strictly after day number `n`. */
function nextWorkingDayNumber(n: number, closedEves: readonly EveId[]): number {
  for (let i = 1; i <= MAX_DAYS_OFF_IN_A_ROW + 1; i++) if (isWorkingDayNumber(n + i, closedEves)) return n + i;
  throw new RangeError(`No working day within ${MAX_DAYS_OFF_IN_A_ROW} days after ${dayOfNumber(n)}.`);
}

/**
 * Whether offices are open on a day: not a Saturday or Sunday, not an allmän helgdag and not one of the
 * closed eves. `day` is `yyyy-MM-dd`; a bad day throws a `RangeError`.
 *
 * @example
 * isWorkingDay('2026-06-19') // false: midsommarafton
 * isWorkingDay('2026-06-18') // true
 */
export function isWorkingDay(day: CalendarDay, { closedEves = DEADLINE_EVES }: WorkingDayOptions = {}): boolean {
  return isWorkingDayNumber(dayNumber(day), closedEves);
}

/**
 * The first working day strictly after `day`.
 *
 * @example
 * nextWorkingDay('2026-12-23') // '2026-12-28': julafton, juldagen, annandag jul and a weekend follow
 */
export function nextWorkingDay(day: CalendarDay, { closedEves = DEADLINE_EVES }: WorkingDayOptions = {}): CalendarDay {
  return dayOfNumber(nextWorkingDayNumber(dayNumber(day), closedEves));
}

/**
 * `day` itself when it is a working day, otherwise the next one.
 *
 * @example
 * workingDayOnOrAfter('2026-01-03') // '2026-01-05': a Saturday, the Monday after
 */
export function workingDayOnOrAfter(day: CalendarDay, { closedEves = DEADLINE_EVES }: WorkingDayOptions = {}): CalendarDay {
  const n = dayNumber(day);
  return isWorkingDayNumber(n, closedEves) ? day : dayOfNumber(nextWorkingDayNumber(n, closedEves));
}

/**
 * The working day `n` working days after `day` (`n = 0`: `day` itself, moved to a working day if it is not one).
 * Throws a `RangeError` for a negative or fractional `n`.
 *
 * @example
 * addWorkingDays('2026-12-30', 2) // '2027-01-04': nyårsafton, nyårsdagen and a weekend are skipped
 */
export function addWorkingDays(day: CalendarDay, n: number, { closedEves = DEADLINE_EVES }: WorkingDayOptions = {}): CalendarDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays() needs a whole number of days ≥ 0, got ${n}.`);
  let current = dayNumber(day);
  if (!isWorkingDayNumber(current, closedEves)) current = nextWorkingDayNumber(current, closedEves);
  for (let i = 0; i < n; i++) current = nextWorkingDayNumber(current, closedEves);
  return dayOfNumber(current);
}

/**
 * How many working days lie after `from` up to and including `to` (0 when `to` is not after `from`).
 *
 * @example
 * workingDaysBetween('2026-06-18', '2026-06-22') // 1: midsommarafton and the weekend do not count
 */
export function workingDaysBetween(from: CalendarDay, to: CalendarDay, { closedEves = DEADLINE_EVES }: WorkingDayOptions = {}): number {
  const last = dayNumber(to);
  let count = 0;
  for (let n = dayNumber(from) + 1; n <= last; n++) if (isWorkingDayNumber(n, closedEves)) count++;
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
