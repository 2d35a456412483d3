import { ModerationInputError } from './errors.js';
import { type ModerateOptions, moderate } from './moderate.js';
import { ACTIONS, type Action, type Decision } from './schema/decision.js';

/** What a batch gives for an input it could not moderate: nothing is dropped. */
export interface ModerationErrorRecord {
  readonly ok: false;
  /** Position in the batch, from 0. */
  readonly index: number;
  /** 1-based line of the input file, when the batch came from one. */
  readonly line?: number;
  readonly commentId?: string;
  readonly error: { readonly name: string; readonly code: string; readonly message: string; readonly issues?: readonly string[] };
}

/** One result per input, in order. */
export type BatchResult = ({ readonly ok: true; readonly index: number; readonly line?: number } & Decision) | ModerationErrorRecord;

/** Reads a property of anything without letting a hostile getter or proxy throw. */
function safeGet(value: unknown, key: string): unknown {
  try {
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

/** Any value as text; `String()` throws on objects without `toString`, and proxies may throw on anything. */
function safeText(value: unknown): string {
  for (const show of [String, (v: unknown) => Object.prototype.toString.call(v)]) {
    try {
      return show(value);
    } catch {
      // Try the next way of showing it.
    }
  }
  return '[value that cannot be shown]';
}

/**
 * Turns whatever `moderate` threw into an error record. Never throws itself, whatever was thrown.
 *
 * @example
 * toErrorRecord(new ModerationInputError('bad'), 3).error.code // 'MODERERA_INVALID_COMMENT'
 */
export function toErrorRecord(error: unknown, index: number, extra: { line?: number; commentId?: string } = {}): ModerationErrorRecord {
  const isError = error instanceof Error;
  const code = safeGet(error, 'code');
  const issues = error instanceof ModerationInputError ? safeGet(error, 'issues') : undefined;
  return {
    ok: false,
    index,
    ...extra,
    error: {
      name: isError ? safeText(safeGet(error, 'name')) : 'Error',
      code: code === undefined ? 'MODERERA_INTERNAL' : safeText(code),
      message: isError ? safeText(safeGet(error, 'message')) : safeText(error),
      ...(Array.isArray(issues) ? { issues: issues.map(safeText) } : {}),
    },
  };
}

/** How a batch went: every input counted once, as a decision or as an error record. */
export interface BatchTotals {
  /** Results, which is the number of inputs. */
  readonly total: number;
  readonly moderated: number;
  readonly errors: number;
  /** Moderated comments per action. */
  readonly actions: Readonly<Record<Action, number>>;
}

/**
 * Counts a batch and checks that it is whole: `inputs` results (default: as many as there are), with
 * indices 0…n−1 in order, each a decision or an error record. Throws an `Error` with code
 * `MODERERA_BATCH_INCOMPLETE` when it is not — a bug in the caller's loop, never a bad comment.
 *
 * @example
 * batchTotals(moderateMany([{ id: '1', text: 'Tack!' }, null])) // { total: 2, moderated: 1, errors: 1, actions: { keep: 0, 'delete-after-screenshot': 0, weed: 1 } }
 */
export function batchTotals(results: readonly BatchResult[], inputs: number = results.length): BatchTotals {
  const fail = (why: string): never => {
    throw Object.assign(new Error(`Batch is not whole: ${why}. Every input must give exactly one result, in order.`), { code: 'MODERERA_BATCH_INCOMPLETE' });
  };
  if (results.length !== inputs) fail(`${inputs} inputs but ${results.length} results`);
  const actions = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<Action, number>;
  let errors = 0;
  results.forEach((r, i) => {
    if (r.index !== i) fail(`result ${i} has index ${r.index}`);
    if (r.ok === false) errors++;
    else if (r.ok === true && r.action in actions) actions[r.action]++;
    else fail(`result ${i} is neither a decision nor an error record`);
  });
  return { total: results.length, moderated: results.length - errors, errors, actions };
}

/**
 * Moderates a batch: exactly one result per input, in order; an input that is not a comment, or on
 * which moderation fails, becomes an error record. Throws only when `options` are invalid (a
 * `ModerationInputError` before any comment is read), since then no comment could be moderated.
 *
 * @example
 * moderateMany([{ id: '1', text: 'Tack!' }, null]).map(r => r.ok) // [true, false]
 */
export function moderateMany(comments: Iterable<unknown>, options: ModerateOptions = {}): BatchResult[] {
  if (options.now !== undefined && Number.isNaN(new Date(options.now).getTime())) {
    throw new ModerationInputError(`moderateMany(): options.now must be a Date or an ISO-8601 date-time; got ${JSON.stringify(safeText(options.now))}.`, ['now: not a valid date-time']);
  }
  const results: BatchResult[] = [];
  let index = 0;
  for (const comment of comments) {
    try {
      results.push({ ok: true, index, ...moderate(comment, options) });
    } catch (error) {
      const id = safeGet(comment, 'id');
      results.push(toErrorRecord(error, index, typeof id === 'string' ? { commentId: id } : {}));
    }
    index++;
  }
  batchTotals(results, index);
  return results;
}
