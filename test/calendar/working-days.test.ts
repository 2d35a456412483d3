import fc from 'fast-check';
import { addDays, format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { dayDate, municipalTime } from '../../src/calendar/calendar-day.js';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  receivedOn,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../src/calendar/working-days.js';

const HOURS = { opens: '08:00', closes: '16:30' };

describe('isWorkingDay', () => {
  it.each([
    ['2026-01-12', true, 'an ordinary Monday'],
    ['2026-01-10', false, 'Saturday'],
    ['2026-01-11', false, 'Sunday'],
    ['2026-01-06', false, 'trettondedag jul'],
    ['2026-01-05', true, 'trettondagsafton is a working day'],
    ['2026-04-02', true, 'skärtorsdagen is a working day'],
    ['2026-04-03', false, 'långfredagen'],
    ['2026-04-06', false, 'annandag påsk'],
    ['2026-05-01', false, 'första maj'],
    ['2026-05-14', false, 'Kristi himmelsfärdsdag'],
    ['2026-05-25', true, 'annandag pingst is no holiday since 2005'],
    ['2004-05-31', false, 'annandag pingst 2004'],
    ['2025-06-06', false, 'nationaldagen on a Friday'],
    ['2026-06-19', false, 'midsommarafton'],
    ['2026-12-24', false, 'julafton'],
    ['2026-12-31', false, 'nyårsafton'],
    ['2026-10-30', true, 'the Friday before alla helgons dag'],
    ['2026-12-23', true, 'the day before julafton'],
  ])('%s → %s (%s)', (day, working) => {
    expect(isWorkingDay(day)).toBe(working);
  });

  it('opens on eves the ruleset does not close', () => {
    expect(isWorkingDay('2026-06-19', { closedEves: [] })).toBe(true);
    expect(isWorkingDay('2026-12-24', { closedEves: ['midsommarafton'] })).toBe(true);
    expect(isWorkingDay('2026-06-19', { closedEves: ['midsommarafton'] })).toBe(false);
  });

  it.each(['2026-13-01', '2026-02-30', '26-01-01', 'igår'])('rejects %s with a RangeError naming the form', (day) => {
    expect(() => isWorkingDay(day)).toThrow(/yyyy-MM-dd/);
  });
});

describe('nextWorkingDay, addWorkingDays, workingDaysBetween', () => {
  it.each([
    ['2026-12-23', '2026-12-28'],
    ['2026-12-30', '2027-01-04'],
    ['2026-06-18', '2026-06-22'],
    ['2026-04-02', '2026-04-07'],
    ['2028-12-29', '2029-01-02'],
  ])('the working day after %s is %s', (day, next) => {
    expect(nextWorkingDay(day)).toBe(next);
  });

  it.each([
    ['2026-01-12', 0, '2026-01-12'],
    ['2026-01-10', 0, '2026-01-12'],
    ['2026-01-12', 2, '2026-01-14'],
    ['2026-01-09', 1, '2026-01-12'],
    ['2026-12-30', 2, '2027-01-05'],
    ['2026-12-22', 3, '2026-12-29'],
    ['2026-05-13', 1, '2026-05-15'],
  ])('addWorkingDays(%s, %i) = %s', (day, n, result) => {
    expect(addWorkingDays(day, n)).toBe(result);
  });

  it.each([-1, 1.5])('rejects %s working days', (n) => {
    expect(() => addWorkingDays('2026-01-12', n)).toThrow(RangeError);
  });

  it('counts working days after one day up to another', () => {
    expect(workingDaysBetween('2026-06-18', '2026-06-22')).toBe(1);
    expect(workingDaysBetween('2026-12-23', '2027-01-04')).toBe(4); // 28, 29, 30 December and 4 January
    expect(workingDaysBetween('2026-01-12', '2026-01-12')).toBe(0);
    expect(workingDaysBetween('2026-01-14', '2026-01-12')).toBe(0);
  });

  it('addWorkingDays lands on a working day, n working days on (property)', () => {
    const start = dayDate('1990-01-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 60 }), fc.integer({ min: 0, max: 30 }), (offset, n) => {
        const day = format(addDays(start, offset), 'yyyy-MM-dd');
        const due = addWorkingDays(day, n);
        expect(isWorkingDay(due)).toBe(true);
        expect(workingDaysBetween(workingDayOnOrAfter(day), due)).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('receivedOn and municipalTime', () => {
  it.each([
    ['2026-01-12T10:00:00+01:00', '2026-01-12', 'during office hours'],
    ['2026-01-12T06:00:00+01:00', '2026-01-12', 'before opening: the same day'],
    ['2026-01-12T16:29:59+01:00', '2026-01-12', 'a second before closing'],
    ['2026-01-12T16:30:00+01:00', '2026-01-13', 'at closing'],
    ['2026-01-09T17:10:00+01:00', '2026-01-12', 'Friday evening'],
    ['2026-01-10T12:00:00+01:00', '2026-01-12', 'Saturday'],
    ['2026-06-18T20:00:00+02:00', '2026-06-22', 'the evening before midsommarafton'],
    ['2026-12-31T23:30:00Z', '2027-01-04', 'UTC on nyårsafton is nyårsdagen in Sweden'],
    ['2026-03-29T14:00:00Z', '2026-03-30', 'the Sunday summer time begins'],
    ['2026-10-26T15:15:00Z', '2026-10-26', '16:15 winter time, before closing'],
  ])('%s → %s (%s)', (instant, day) => {
    expect(receivedOn(instant, HOURS)).toBe(day);
  });

  it('reads a Date as well as a string, and the Swedish clock across zones', () => {
    expect(receivedOn(new Date('2026-01-12T09:00:00Z'), HOURS)).toBe('2026-01-12');
    expect(municipalTime('2026-07-01T22:30:00Z')).toEqual({ day: '2026-07-02', minutes: 30 });
    expect(municipalTime('2026-01-01T07:05:00+01:00')).toEqual({ day: '2026-01-01', minutes: 425 });
  });

  it('rejects a bad instant and bad office hours', () => {
    expect(() => receivedOn('igår', HOURS)).toThrow(/ISO-8601/);
    expect(() => receivedOn('2026-01-12T10:00:00Z', { opens: '08:00', closes: '4 pm' })).toThrow(/HH:MM/);
  });
});
