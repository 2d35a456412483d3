import type { CalendarDay } from './calendar-day.js';

/**
 * Easter Sunday of a Gregorian year by the anonymous Gregorian computus (Meeus/Jones/Butcher): the first
 * Sunday after the ecclesiastical full moon on or after 21 March. Throws a `RangeError` outside 1583–9999.
 *
 * @example
 * easterSunday(2026) // '2026-04-05'
 */
export function easterSunday(year: number): CalendarDay {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`easterSunday() needs a Gregorian year from 1583 to 9999, got ${year}.`);
  }
  const a = year % 19; // place in the 19-year Metonic cycle of moon phases
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3); // the lunar correction
  const h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the paschal full moon (epact)
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7; // days from the full moon to the next Sunday
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
