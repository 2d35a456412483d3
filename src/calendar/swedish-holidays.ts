import { type CalendarDay, dayNumber } from './calendar-day.js';
import { dayOfNumber, weekdayOfNumber } from './day-number.js';
import { easterSunday } from './easter.js';

/** Ids of the Swedish public holidays (allmänna helgdagar) and the eves that are days off in practice. */
export const HOLIDAY_IDS = [
  'nyarsdagen',
  'trettondedag-jul',
  'langfredagen',
  'paskafton',
  'paskdagen',
  'annandag-pask',
  'forsta-maj',
  'kristi-himmelsfardsdag',
  'pingstafton',
  'pingstdagen',
  'annandag-pingst',
  'nationaldagen',
  'midsommarafton',
  'midsommardagen',
  'alla-helgons-dag',
  'julafton',
  'juldagen',
  'annandag-jul',
  'nyarsafton',
] as const;
export type HolidayId = (typeof HOLIDAY_IDS)[number];

/** The eves that are not allmänna helgdagar but are days off in practice. */
export const EVE_IDS = ['paskafton', 'pingstafton', 'midsommarafton', 'julafton', 'nyarsafton'] as const;
export type EveId = (typeof EVE_IDS)[number];

/**
 * Eves counted as holidays when a deadline is reckoned: Lag (1930:173) om beräkning av lagstadgad tid, 2 §,
 * names midsommarafton, julafton and nyårsafton beside the allmänna helgdagar.
 */
export const DEADLINE_EVES: readonly EveId[] = ['midsommarafton', 'julafton', 'nyarsafton'];

/** One holiday of one year. `kind` is `helgdag` for an allmän helgdag, `afton` for an eve. */
export interface SwedishHoliday {
  readonly id: HolidayId;
  readonly date: CalendarDay;
  readonly kind: 'helgdag' | 'afton';
  readonly name: { readonly sv: string; readonly en: string };
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
  const start = dayNumber(from);
  return dayOfNumber(start + ((weekday - weekdayOfNumber(start) + 7) % 7));
}

function shift(day: CalendarDay, days: number): CalendarDay {
  return dayOfNumber(dayNumber(day) + days);
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
    // `yyyy-MM-dd` sorts as text; localeCompare would load ICU's collation data (some 15 ms) on the first call.
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || HOLIDAY_IDS.indexOf(a.id) - HOLIDAY_IDS.indexOf(b.id));
  Object.freeze(holidays);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(year, holidays);
  return holidays;
}
