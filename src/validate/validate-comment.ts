import { ModerationInputError } from '../errors.js';
import { type Comment, CommentSchema } from '../schema/comment.js';

/** A comment after validation: `createdAt` as an ISO-8601 string when given. */
export interface ValidComment {
  readonly id: string;
  readonly text: string;
  readonly author?: { readonly id?: string; readonly name?: string };
  readonly createdAt?: string;
  readonly channel?: string;
  readonly inReplyTo?: string;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * Checks that `input` is a comment and returns it with `createdAt` as an ISO string.
 * Throws `ModerationInputError` saying what was expected.
 *
 * @example
 * validateComment({ id: '1', text: 'Hej', createdAt: new Date('2026-01-05T08:00:00Z') }).createdAt // '2026-01-05T08:00:00.000Z'
 */
export function validateComment(input: unknown): ValidComment {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new ModerationInputError(
      `moderate() expects a comment object like { id: "123", text: "…" }, but got ${describe(input)}.`,
      ['(comment): expected an object with string fields "id" and "text"'],
    );
  }
  const parsed = CommentSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(comment)'}: ${i.message}`);
    throw new ModerationInputError(
      `moderate() got an invalid comment: ${issues.join('; ')}. Expected { id: string, text: string, author?, createdAt?, channel?, inReplyTo? }.`,
      issues,
    );
  }
  const c: Comment = parsed.data;
  const createdAt = c.createdAt === undefined ? undefined : new Date(c.createdAt).toISOString();
  return {
    id: c.id,
    text: c.text,
    ...(c.author ? { author: { ...c.author } } : {}),
    ...(createdAt ? { createdAt } : {}),
    ...(c.channel !== undefined ? { channel: c.channel } : {}),
    ...(c.inReplyTo !== undefined ? { inReplyTo: c.inReplyTo } : {}),
  };
}
