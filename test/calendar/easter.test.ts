import { format, getDay } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayDate } from '../../src/calendar/calendar-day.js';
import { easterSunday } from '../../src/calendar/easter.js';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible
    [2285, '2285-03-22'],
  ])('%i → %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('is always a Sunday from 22 March to 25 April', () => {
    for (let year = 1583; year <= 4099; year++) {
      const e = easterSunday(year);
      expect(getDay(dayDate(e)), e).toBe(0);
      const md = format(dayDate(e), 'MM-dd');
      expect(md >= '03-22' && md <= '04-25', e).toBe(true);
    }
  });

  it.each([1582, 10000, 2026.5, Number.NaN])('rejects %s with a RangeError', (year) => {
    expect(() => easterSunday(year)).toThrow(RangeError);
    expect(() => easterSunday(year)).toThrow(/1583 to 9999/);
  });
});
