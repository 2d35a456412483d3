import { type CalendarDay, municipalTime } from '../calendar/calendar-day.js';
import { receivedOn, workingDaysBetween } from '../calendar/working-days.js';
import { type Locale, type MessageId, formatMessage, isMessageId } from '../locales/format.js';
import { compileRuleset, versionInForce } from '../ruleset/compile-ruleset.js';
import { osthammar } from '../ruleset/osthammar.js';
import type { Ruleset } from '../ruleset/schema.js';
import { ACTIONS, type Action, CATEGORY_IDS, type Category, type Decision } from '../schema/decision.js';

/** A reply the municipality gave to a comment. */
export interface ReplyRecord {
  readonly commentId: string;
  /** When the reply was published: ISO-8601 or a Date. */
  readonly repliedAt: string | Date;
}

/** What `evaluate` needs besides the decisions to measure reply times. */
export interface EvaluateOptions {
  /** Replies given; without them only counts and the number of replies expected are reported. */
  readonly replies?: readonly ReplyRecord[];
  /** The moderated comments (for `createdAt`); evidence records and `dueBy` are used when these are missing. */
  readonly comments?: readonly { readonly id: string; readonly createdAt?: string | Date }[];
  /** The ruleset whose calendar and office hours count working days; the bundled Östhammar one by default. */
  readonly ruleset?: Ruleset;
}

/** Summary statistics of reply times. */
export interface ReplyTimes {
  /** Replies whose comment time is known. */
  readonly count: number;
  readonly medianHours: number;
  readonly meanHours: number;
  readonly maxHours: number;
  /** Working days from the day the comment was received to the day of the reply. */
  readonly medianWorkingDays: number;
}

/** Replies to the comments that expected one. */
export interface ReplyStats {
  readonly expected: number;
  readonly replied: number;
  readonly unanswered: number;
  /** `replied / expected`; 1 when nothing was expected. */
  readonly rate: number;
  /** Replied on or before `dueBy`, among replies to comments with a `dueBy`. */
  readonly onTime: number;
  readonly late: number;
  readonly times?: ReplyTimes;
}

/** One department's share of the replies. */
export interface DepartmentStats extends ReplyStats {
  readonly department: string;
}

/** The guideline's UTVÄRDERING as data: time, engagement and response. */
export interface EvaluationResult {
  readonly comments: number;
  readonly actions: Readonly<Record<Action, number>>;
  /** Comments per TILLÅT INTE category (a comment may count in several). */
  readonly categories: Readonly<Record<Category, number>>;
  /** Comments per personal-data kind. */
  readonly personalData: Readonly<Record<string, number>>;
  readonly replies: ReplyStats;
  /** Per department that owes replies, most replies expected first. */
  readonly departments: readonly DepartmentStats[];
  /** Whether replies were passed in (otherwise reply rates and times are not measured). */
  readonly repliesGiven: boolean;
  /** Replies whose comment is not among the decisions. */
  readonly unmatchedReplies: number;
}

function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function toMs(t: string | Date | undefined): number | undefined {
  if (t === undefined) return undefined;
  const ms = typeof t === 'string' ? Date.parse(t) : t.getTime();
  return Number.isNaN(ms) ? undefined : ms;
}

interface Measured {
  readonly department: string;
  readonly replied: boolean;
  readonly onTime?: boolean;
  readonly hours?: number;
  readonly workingDays?: number;
}

function stats(items: readonly Measured[], repliesGiven: boolean): ReplyStats {
  const replied = items.filter((i) => i.replied);
  const hours = replied.flatMap((i) => (i.hours === undefined ? [] : [i.hours]));
  const days = replied.flatMap((i) => (i.workingDays === undefined ? [] : [i.workingDays]));
  const base = {
    expected: items.length,
    replied: replied.length,
    unanswered: items.length - replied.length,
    rate: items.length === 0 ? 1 : replied.length / items.length,
    onTime: replied.filter((i) => i.onTime === true).length,
    late: replied.filter((i) => i.onTime === false).length,
  };
  if (!repliesGiven || hours.length === 0) return base;
  return {
    ...base,
    times: {
      count: hours.length,
      medianHours: round1(median(hours)),
      meanHours: round1(hours.reduce((a, b) => a + b, 0) / hours.length),
      maxHours: round1(Math.max(...hours)),
      medianWorkingDays: median(days),
    },
  };
}

/**
 * The guideline's UTVÄRDERING ("fortlöpande utvärderingar … där både tid, engagemang och gensvar utvärderas")
 * over a set of decisions: counts per action, category, personal-data kind and department, and, when the
 * replies are supplied, the reply rate, replies on time (by `dueBy`) and reply times in hours and Swedish
 * working days. Pure: the same input gives the same result.
 *
 * @example
 * const result = evaluate(decisions, { replies: [{ commentId: 'fb_1', repliedAt: '2026-01-13T10:00:00+01:00' }], comments });
 * result.replies.rate // 0.5 when one of two expected replies was given
 */
export function evaluate(decisions: readonly Decision[], { replies, comments = [], ruleset = osthammar }: EvaluateOptions = {}): EvaluationResult {
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>;
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<Category, number>;
  const personalData: Record<string, number> = {};
  const createdAt = new Map<string, string | Date>();
  for (const c of comments) if (c.createdAt !== undefined) createdAt.set(c.id, c.createdAt);
  const firstReply = new Map<string, number>();
  const known = new Set(decisions.map((d) => d.commentId));
  let unmatchedReplies = 0;
  for (const r of replies ?? []) {
    const ms = toMs(r.repliedAt);
    if (ms === undefined) throw new TypeError(`evaluate(): reply to "${r.commentId}" has repliedAt "${String(r.repliedAt)}"; give an ISO-8601 date-time.`);
    if (!known.has(r.commentId)) unmatchedReplies++;
    const prev = firstReply.get(r.commentId);
    if (prev === undefined || ms < prev) firstReply.set(r.commentId, ms);
  }
  const compiled = compileRuleset(ruleset);
  const measured: Measured[] = [];
  for (const d of decisions) {
    actions[d.action]++;
    for (const c of d.categories) categories[c]++;
    for (const kind of new Set(d.personalData.map((p) => p.kind))) personalData[kind] = (personalData[kind] ?? 0) + 1;
    if (!d.reply.expected) continue;
    const department = d.reply.department ?? compiled.versions.at(-1)!.policy.reply.defaultDepartment;
    const at = firstReply.get(d.commentId);
    if (at === undefined) {
      measured.push({ department, replied: false });
      continue;
    }
    const replyDay: CalendarDay = municipalTime(new Date(at)).day;
    const onTime = d.reply.dueBy === undefined ? undefined : replyDay <= d.reply.dueBy;
    const created = toMs(createdAt.get(d.commentId) ?? d.archival.evidence?.createdAt);
    if (created === undefined) {
      measured.push({ department, replied: true, ...(onTime !== undefined ? { onTime } : {}) });
      continue;
    }
    const { policy } = versionInForce(compiled, new Date(created).toISOString());
    const options = { closedEves: policy.reply.closedEves };
    const received = receivedOn(new Date(created), policy.reply.officeHours, options);
    measured.push({
      department,
      replied: true,
      ...(onTime !== undefined ? { onTime } : {}),
      hours: Math.max(0, (at - created) / 3_600_000),
      workingDays: workingDaysBetween(received, replyDay, options),
    });
  }
  const repliesGiven = replies !== undefined;
  const byDepartment = new Map<string, Measured[]>();
  for (const m of measured) byDepartment.set(m.department, [...(byDepartment.get(m.department) ?? []), m]);
  const departments = [...byDepartment]
    .map(([department, items]) => ({ department, ...stats(items, repliesGiven) }))
    .sort((a, b) => b.expected - a.expected || a.department.localeCompare(b.department, 'sv'));
  return {
    comments: decisions.length,
    actions,
    categories,
    personalData: Object.fromEntries(Object.entries(personalData).sort(([a], [b]) => a.localeCompare(b))),
    replies: stats(measured, repliesGiven),
    departments,
    repliesGiven,
    unmatchedReplies,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

/**
 * The evaluation as a plain-text table, Swedish by default, for the CLI and reports.
 *
 * @example
 * console.log(formatEvaluationTable(evaluate(decisions)));
 */
export function formatEvaluationTable(result: EvaluationResult, { locale = 'sv' }: { locale?: Locale } = {}): string {
  const m = (id: MessageId) => formatMessage(locale, id);
  const share = (n: number) => (result.comments === 0 ? '–' : pct(n / result.comments));
  const count = m('evaluation.column.count');
  const shareLabel = m('evaluation.column.share');
  const out: string[] = [m('evaluation.title'), `${m('evaluation.comments')}: ${result.comments}`, ''];
  out.push(m('evaluation.section.actions'));
  out.push(...table(['', count, shareLabel], ACTIONS.map((a) => [m(`evaluation.action.${a}` as MessageId), String(result.actions[a]), share(result.actions[a])])));
  out.push('', m('evaluation.section.categories'));
  const cats = CATEGORY_IDS.filter((c) => result.categories[c] > 0);
  out.push(...(cats.length === 0 ? [m('evaluation.none')] : table(['', count, shareLabel], cats.map((c) => [m(`category.${c}` as MessageId), String(result.categories[c]), share(result.categories[c])]))));
  out.push('', m('evaluation.section.personalData'));
  const kinds = Object.entries(result.personalData);
  out.push(
    ...(kinds.length === 0
      ? [m('evaluation.none')]
      : table(['', count, shareLabel], kinds.map(([k, n]) => [isMessageId(`evidence.kind.${k}`) ? formatMessage(locale, `evidence.kind.${k}` as MessageId) : k, String(n), share(n)]))),
  );
  const r = result.replies;
  out.push('', m('evaluation.section.replies'), `${m('evaluation.replyExpected')}: ${r.expected}`);
  if (!result.repliesGiven) out.push(m('evaluation.noReplies'));
  else {
    out.push(
      `${m('evaluation.replied')}: ${r.replied}`,
      `${m('evaluation.unanswered')}: ${r.unanswered}`,
      `${m('evaluation.replyRate')}: ${pct(r.rate)}`,
      `${m('evaluation.onTime')}: ${r.onTime}`,
      `${m('evaluation.late')}: ${r.late}`,
    );
    if (r.times) {
      out.push(
        `${m('evaluation.medianHours')}: ${r.times.medianHours}`,
        `${m('evaluation.meanHours')}: ${r.times.meanHours}`,
        `${m('evaluation.maxHours')}: ${r.times.maxHours}`,
        `${m('evaluation.medianWorkingDays')}: ${r.times.medianWorkingDays}`,
      );
    }
    if (result.unmatchedReplies > 0) out.push(`${m('evaluation.unmatched')}: ${result.unmatchedReplies}`);
  }
  if (result.departments.length > 0) {
    out.push('', m('evaluation.section.departments'));
    const header = ['', m('evaluation.column.expected')];
    if (result.repliesGiven) header.push(m('evaluation.column.replied'), m('evaluation.column.rate'), m('evaluation.column.onTime'), m('evaluation.column.medianHours'));
    out.push(
      ...table(
        header,
        result.departments.map((d) => [
          d.department,
          String(d.expected),
          ...(result.repliesGiven ? [String(d.replied), pct(d.rate), String(d.onTime), d.times ? String(d.times.medianHours) : '–'] : []),
        ]),
      ),
    );
  }
  return `${out.join('\n')}\n`;
}
