import { addDays, format, getDay } from 'date-fns';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { dayDate } from '../../src/calendar/calendar-day.js';
import { swedishHolidays } from '../../src/calendar/swedish-holidays.js';

const byId = (year: number) => Object.fromEntries(swedishHolidays(year).map((h) => [h.id, h.date]));

describe('swedishHolidays', () => {
  it('computes 2026 in date order, with kinds and names', () => {
    expect(swedishHolidays(2026).map((h) => [h.date, h.id, h.kind])).toEqual([
      ['2026-01-01', 'nyarsdagen', 'helgdag'],
      ['2026-01-06', 'trettondedag-jul', 'helgdag'],
      ['2026-04-03', 'langfredagen', 'helgdag'],
      ['2026-04-04', 'paskafton', 'afton'],
      ['2026-04-05', 'paskdagen', 'helgdag'],
      ['2026-04-06', 'annandag-pask', 'helgdag'],
      ['2026-05-01', 'forsta-maj', 'helgdag'],
      ['2026-05-14', 'kristi-himmelsfardsdag', 'helgdag'],
      ['2026-05-23', 'pingstafton', 'afton'],
      ['2026-05-24', 'pingstdagen', 'helgdag'],
      ['2026-06-06', 'nationaldagen', 'helgdag'],
      ['2026-06-19', 'midsommarafton', 'afton'],
      ['2026-06-20', 'midsommardagen', 'helgdag'],
      ['2026-10-31', 'alla-helgons-dag', 'helgdag'],
      ['2026-12-24', 'julafton', 'afton'],
      ['2026-12-25', 'juldagen', 'helgdag'],
      ['2026-12-26', 'annandag-jul', 'helgdag'],
      ['2026-12-31', 'nyarsafton', 'afton'],
    ]);
    expect(swedishHolidays(2026).find((h) => h.id === 'midsommarafton')?.name).toEqual({ sv: 'midsommarafton', en: 'Midsummer Eve' });
  });

  it.each([
    [2024, '2024-06-21', '2024-11-02'],
    [2025, '2025-06-20', '2025-11-01'],
    [2027, '2027-06-25', '2027-11-06'],
    [2028, '2028-06-23', '2028-11-04'],
  ])('%i: midsommarafton %s, alla helgons dag %s', (year, midsommarafton, allaHelgon) => {
    expect(byId(year).midsommarafton).toBe(midsommarafton);
    expect(byId(year)['alla-helgons-dag']).toBe(allaHelgon);
  });

  it('puts midsommarafton on the Friday 19–25 June, midsommardagen the day after, alla helgons dag on the Saturday 31 Oct–6 Nov', () => {
    for (let year = 1953; year <= 2300; year++) {
      const h = byId(year);
      const eve = dayDate(h.midsommarafton!);
      expect(getDay(eve), `${year}`).toBe(5);
      expect(h.midsommarafton! >= `${year}-06-19` && h.midsommarafton! <= `${year}-06-25`).toBe(true);
      expect(h.midsommardagen).toBe(format(addDays(eve, 1), 'yyyy-MM-dd'));
      expect(getDay(dayDate(h['alla-helgons-dag']!))).toBe(6);
      expect(h['alla-helgons-dag']! >= `${year}-10-31` && h['alla-helgons-dag']! <= `${year}-11-06`).toBe(true);
    }
  });

  it('follows Lag (1989:253): annandag pingst until 2004, nationaldagen from 2005', () => {
    expect(byId(2004)['annandag-pingst']).toBe('2004-05-31');
    expect(byId(2004).nationaldagen).toBeUndefined();
    expect(byId(2005)['annandag-pingst']).toBeUndefined();
    expect(byId(2005).nationaldagen).toBe('2005-06-06');
  });

  it('agrees with the date-holidays package (public holidays and bank-holiday eves) for 1953–2200', () => {
    const hd = new Holidays('SE');
    for (let year = 1953; year <= 2200; year++) {
      const theirs = hd
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => h.date.slice(0, 10))
        .sort();
      // date-holidays leaves out annandag pingst before 2005 and lists påskafton and pingstafton as observances.
      const ours = swedishHolidays(year)
        .filter((h) => !['annandag-pingst', 'paskafton', 'pingstafton'].includes(h.id))
        .map((h) => h.date)
        .sort();
      expect(ours, `${year}`).toEqual(theirs);
    }
  });

  it('returns the same frozen list on every call', () => {
    expect(swedishHolidays(2030)).toBe(swedishHolidays(2030));
    expect(Object.isFrozen(swedishHolidays(2030))).toBe(true);
  });

  it.each([1952, 10000, 2026.5])('rejects year %s with a RangeError', (year) => {
    expect(() => swedishHolidays(year)).toThrow(RangeError);
  });
});
