// Per-function paths: the date-fns index loads every module (over 100 ms at start-up).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { isWeekend } from 'date-fns/isWeekend';
import { type CalendarDay, dayDate, municipalTime } from './calendar-day.js';
import { DEADLINE_EVES, type EveId, swedishHolidays } from './swedish-holidays.js';

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
