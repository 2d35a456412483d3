import { ModerationInputError } from './errors.js';
import { type ModerateOptions, moderate } from './moderate.js';
import type { Decision } from './schema/decision.js';

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

/**
 * Turns whatever `moderate` threw into an error record.
 *
 * @example
 * toErrorRecord(new ModerationInputError('bad'), 3).error.code // 'MODERERA_INVALID_COMMENT'
 */
export function toErrorRecord(error: unknown, index: number, extra: { line?: number; commentId?: string } = {}): ModerationErrorRecord {
  const e = error instanceof Error ? error : new Error(String(error));
  return {
    ok: false,
    index,
    ...extra,
    error: {
      name: e.name,
      code: (e as { code?: unknown }).code === undefined ? 'MODERERA_INTERNAL' : String((e as { code?: unknown }).code),
      message: e.message,
      ...(e instanceof ModerationInputError ? { issues: [...e.issues] } : {}),
    },
  };
}

/**
 * Moderates a batch: exactly one result per input, in order; an invalid comment becomes an error record.
 *
 * @example
 * moderateMany([{ id: '1', text: 'Tack!' }, null]).map(r => r.ok) // [true, false]
 */
export function moderateMany(comments: Iterable<unknown>, options: ModerateOptions = {}): BatchResult[] {
  const results: BatchResult[] = [];
  let index = 0;
  for (const comment of comments) {
    try {
      results.push({ ok: true, index, ...moderate(comment, options) });
    } catch (error) {
      const id = (comment as { id?: unknown } | null)?.id;
      results.push(toErrorRecord(error, index, typeof id === 'string' ? { commentId: id } : {}));
    }
    index++;
  }
  return results;
}
