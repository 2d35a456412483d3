import { addWorkingDays, receivedOn } from '../calendar/working-days.js';
import type { CalendarDay } from '../calendar/calendar-day.js';
import type { Policy } from '../ruleset/schema.js';

/**
 * The last day for the municipality's answer: `responseWorkingDays` Swedish working days after the working day
 * the comment is received (a comment after office hours, on a weekend, holiday or closed eve counts from the
 * next working day). Weekends, allmänna helgdagar and `closedEves` are not working days.
 *
 * @example
 * replyDueBy('2026-06-18T17:00:00+02:00', policy) // '2026-06-24': received Monday 22 June (midsommarafton and the weekend skipped), +2
 */
export function replyDueBy(from: string | Date, policy: Policy): CalendarDay {
  const { officeHours, closedEves, responseWorkingDays } = policy.reply;
  const day = receivedOn(from, officeHours, { closedEves });
  return addWorkingDays(day, responseWorkingDays, { closedEves });
}
