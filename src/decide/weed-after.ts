import { TZDate } from '@date-fns/tz';
// Per-function paths: the date-fns index loads every module (over 100 ms at start-up).
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { MUNICIPAL_TIME_ZONE } from '../calendar/calendar-day.js';
import type { Policy } from '../ruleset/schema.js';

export { MUNICIPAL_TIME_ZONE };

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
