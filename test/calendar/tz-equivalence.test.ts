// The calendar works on day numbers and a per-day memo of the Swedish UTC offset instead of TZDate: these
// properties hold it to the date-fns/@date-fns/tz code it replaced (tz-reference.ts) over many instants and days.
import { tzOffset } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, municipalTime, toCalendarDay } from '../../src/calendar/calendar-day.js';
import { dayOfNumber } from '../../src/calendar/day-number.js';
import { EVE_IDS, type EveId, swedishHolidays } from '../../src/calendar/swedish-holidays.js';
import { addWorkingDays, isWorkingDay, nextWorkingDay, receivedOn, workingDayOnOrAfter, workingDaysBetween } from '../../src/calendar/working-days.js';
import { weedAfter } from '../../src/decide/weed-after.js';
import type { Policy } from '../../src/ruleset/schema.js';
import * as ref from './tz-reference.js';

/** A call's result, or the class and message of what it threw. */
function outcome<T>(f: () => T): { ok: T } | { error: string } {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: `${(e as Error).name}: ${(e as Error).message}` };
  }
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MAX_MS = 8.64e15;
const ZONE = 'Europe/Stockholm';

/** Every instant 1900–2200 at which the Swedish offset changes, found by a daily scan and a binary search. */
function transitions(): number[] {
  const out: number[] = [];
  const end = Date.UTC(2200, 0, 1);
  let prev = tzOffset(ZONE, new Date(Date.UTC(1900, 0, 1)));
  for (let t = Date.UTC(1900, 0, 1) + DAY; t <= end; t += DAY) {
    const off = tzOffset(ZONE, new Date(t));
    if (off === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (tzOffset(ZONE, new Date(mid)) === prev) lo = mid;
      else hi = mid;
    }
    out.push(hi);
    prev = off;
  }
  return out;
}

const instants = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2100, 0, 1) }) },
  { weight: 2, arbitrary: fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31) }) },
  { weight: 1, arbitrary: fc.integer({ min: -MAX_MS, max: MAX_MS }) },
);
const policyWith = (weedAfterDays: number) => ({ archival: { weedAfterDays } }) as Policy;

describe('the Swedish clock on a memoised offset equals TZDate', () => {
  const changes = transitions();

  it('finds the DST changes it is tested at', () => {
    // Two a year since 1980, and the odd war-time and historical ones before.
    expect(changes.length).toBeGreaterThan(2 * (2200 - 1980));
    expect(changes).toContain(Date.parse('2026-03-29T01:00:00Z'));
    expect(changes).toContain(Date.parse('2026-10-25T01:00:00Z'));
  });

  it('finds in the database exactly the EU summer-time changes 1996–2099 that the clock computes', () => {
    const lastSunday = (year: number, month: number) => {
      const last = new Date(Date.UTC(year, month, 31, 1));
      return last.getTime() - last.getUTCDay() * DAY;
    };
    const rule: number[] = [];
    for (let year = 1996; year < 2100; year++) rule.push(lastSunday(year, 2), lastSunday(year, 9));
    expect(changes.filter((t) => t >= Date.UTC(1996, 0, 1) && t < Date.UTC(2100, 0, 1))).toEqual(rule);
  });

  it('agrees at and around every offset change 1900–2200', () => {
    for (const t of changes) {
      for (const d of [-DAY, -HOUR - 1, -HOUR, -60_001, -1, 0, 1, 59_999, HOUR - 1, HOUR, 2 * HOUR, DAY - 1]) {
        const at = new Date(t + d);
        expect(municipalTime(at)).toEqual(ref.municipalTime(at));
        expect(toCalendarDay(at)).toBe(ref.toCalendarDay(at));
      }
    }
  });

  it('agrees every 3 hours 1 minute 1990–2030, across days memoised earlier and later', () => {
    for (let t = Date.UTC(1990, 0, 1) + 30 * 60_000; t < Date.UTC(2030, 0, 1); t += 3 * HOUR + 60_000) {
      const at = new Date(t);
      expect(municipalTime(at)).toEqual(ref.municipalTime(at));
    }
  });

  it('agrees on instants and ISO strings (property)', () => {
    fc.assert(
      fc.property(instants, (ms) => {
        const at = new Date(ms);
        expect(outcome(() => municipalTime(at))).toEqual(outcome(() => ref.municipalTime(at)));
        expect(outcome(() => municipalTime(at.toISOString()))).toEqual(outcome(() => ref.municipalTime(at.toISOString())));
        expect(outcome(() => toCalendarDay(at))).toEqual(outcome(() => ref.toCalendarDay(at)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('rejects what it rejected', () => {
    for (const bad of ['igår', '', '2026-13-01T00:00:00Z']) expect(outcome(() => municipalTime(bad))).toEqual(outcome(() => ref.municipalTime(bad)));
    expect(outcome(() => toCalendarDay(new Date(Number.NaN)))).toEqual(outcome(() => ref.toCalendarDay(new Date(Number.NaN))));
  });

  it('weedAfter agrees, from instants and days after (property)', () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 5000 }), fc.boolean(), (ms, days, asNow) => {
        const iso = new Date(ms).toISOString();
        const [createdAt, now] = asNow ? [undefined, iso] : [iso, undefined];
        expect(outcome(() => weedAfter(createdAt, now, policyWith(days)))).toEqual(outcome(() => ref.weedAfter(createdAt, now, policyWith(days))));
      }),
      { numRuns: 20_000 },
    );
    for (const t of changes) {
      for (const d of [-HOUR, -1, 0, 1, HOUR]) {
        const iso = new Date(t + d).toISOString();
        for (const days of [0, 1, 90, 365]) expect(weedAfter(iso, undefined, policyWith(days))).toBe(ref.weedAfter(iso, undefined, policyWith(days)));
      }
    }
    expect(outcome(() => weedAfter('igår', undefined, policyWith(90)))).toEqual(outcome(() => ref.weedAfter('igår', undefined, policyWith(90))));
    expect(weedAfter(undefined, undefined, policyWith(90))).toBe(undefined);
  });
});

describe('calendar days as day numbers equal date-fns on TZDate', () => {
  const digits = (width: number) => fc.integer({ min: 0, max: 10 ** width - 1 }).map((v) => String(v).padStart(width, '0'));
  const dayLike = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 1953, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
    { weight: 3, arbitrary: fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`) },
    { weight: 1, arbitrary: fc.constantFrom('2026-02-30', '0050-01-01', '0100-03-01', '1952-12-31', '9999-12-31', '9999-12-24', '26-01-01', 'igår', '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  // TZDate's day arithmetic could repeat a day before 1900 (local mean time offsets with seconds), so the old
  // working-day functions named a wrong day in their error there; all reject such days, the new ones step right.
  const modernDay = dayLike.filter((d) => !/^(?:0\d{3}|1[0-8]\d\d)-/.test(d));
  const closedEves = fc.option(fc.subarray([...EVE_IDS] as EveId[]), { nil: undefined });
  const opts = (eves: EveId[] | undefined) => (eves === undefined ? {} : { closedEves: eves });

  it('parses and writes days as dayDate and format do (property)', () => {
    fc.assert(
      fc.property(dayLike, (day) => {
        expect(outcome(() => dayOfNumber(dayNumber(day)))).toEqual(outcome(() => ref.format(ref.dayDate(day), 'yyyy-MM-dd')));
      }),
      { numRuns: 20_000 },
    );
  });

  it('computes the same holidays for every year 1953–2400 and a sample to 9999, and rejects the same years', () => {
    for (let year = 1953; year <= 2400; year++) expect(swedishHolidays(year)).toEqual(ref.swedishHolidays(year));
    for (let year = 2401; year <= 9999; year += 37) expect(swedishHolidays(year)).toEqual(ref.swedishHolidays(year));
    expect(swedishHolidays(9999)).toEqual(ref.swedishHolidays(9999));
    for (const year of [1952, 10_000, 2026.5, Number.NaN]) expect(outcome(() => swedishHolidays(year))).toEqual(outcome(() => ref.swedishHolidays(year)));
  });

  it('working days agree: isWorkingDay, nextWorkingDay, workingDayOnOrAfter (property)', () => {
    fc.assert(
      fc.property(modernDay, closedEves, (day, eves) => {
        expect(outcome(() => isWorkingDay(day, opts(eves)))).toEqual(outcome(() => ref.isWorkingDay(day, opts(eves))));
        expect(outcome(() => nextWorkingDay(day, opts(eves)))).toEqual(outcome(() => ref.nextWorkingDay(day, opts(eves))));
        expect(outcome(() => workingDayOnOrAfter(day, opts(eves)))).toEqual(outcome(() => ref.workingDayOnOrAfter(day, opts(eves))));
      }),
      { numRuns: 3000 },
    );
  });

  it('every day 1990–2060 is a working day or not as before, with the default, no or all eves closed', () => {
    for (let n = dayNumber('1990-01-01'); n <= dayNumber('2060-12-31'); n++) {
      const day = dayOfNumber(n);
      expect(isWorkingDay(day)).toBe(ref.isWorkingDay(day));
      for (const closed of [[], [...EVE_IDS]]) expect(isWorkingDay(day, { closedEves: closed })).toBe(ref.isWorkingDay(day, { closedEves: closed }));
    }
  });

  it('addWorkingDays and workingDaysBetween agree (property)', () => {
    fc.assert(
      fc.property(modernDay, fc.integer({ min: -2, max: 40 }), fc.integer({ min: -5, max: 60 }), dayLike, closedEves, (from, n, span, other, eves) => {
        expect(outcome(() => addWorkingDays(from, n, opts(eves)))).toEqual(outcome(() => ref.addWorkingDays(from, n, opts(eves))));
        // `to` a few weeks on (the reference walks day by day), or any day-like text when that is not one.
        const to = outcome(() => ref.format(ref.addDays(ref.dayDate(from), span), 'yyyy-MM-dd'));
        const until = 'ok' in to ? to.ok : other;
        expect(outcome(() => workingDaysBetween(from, until, opts(eves)))).toEqual(outcome(() => ref.workingDaysBetween(from, until, opts(eves))));
      }),
      { numRuns: 1500 },
    );
    expect(outcome(() => workingDaysBetween('2026-01-01', 'igår'))).toEqual(outcome(() => ref.workingDaysBetween('2026-01-01', 'igår')));
    expect(outcome(() => workingDaysBetween('igår', '2026-01-01'))).toEqual(outcome(() => ref.workingDaysBetween('igår', '2026-01-01')));
    expect(outcome(() => workingDaysBetween('1952-12-30', '1953-01-03'))).toEqual(outcome(() => ref.workingDaysBetween('1952-12-30', '1953-01-03')));
    // Before 1900 the days are stepped one by one: Friday 7 June 1850 is followed by a weekend, not by itself again.
    expect(workingDaysBetween('1850-06-07', '1850-06-09')).toBe(0);
    expect(() => nextWorkingDay('1850-06-07')).toThrow(/got 1850/);
    expect(outcome(() => addWorkingDays('2026-01-12', 1.5))).toEqual(outcome(() => ref.addWorkingDays('2026-01-12', 1.5)));
    expect(outcome(() => nextWorkingDay('9999-12-31'))).toEqual(outcome(() => ref.nextWorkingDay('9999-12-31')));
  });

  it('receivedOn agrees over instants, office hours and closed eves (property)', () => {
    const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const recent = fc.integer({ min: Date.UTC(1953, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(fc.oneof(recent, instants), fc.oneof(hhmm, fc.constant('4 pm')), closedEves, fc.boolean(), (ms, closes, eves, asDate) => {
        const at = asDate ? new Date(ms) : new Date(ms).toISOString();
        const hours = { opens: '00:00', closes };
        expect(outcome(() => receivedOn(at, hours, opts(eves)))).toEqual(outcome(() => ref.receivedOn(at, hours, opts(eves))));
      }),
      { numRuns: 5000 },
    );
  });
});
