import { ModerationInputError } from '../errors.js';
import { type Comment, CommentSchema } from '../schema/comment.js';
import { inEnglish } from '../schema/zod-locale.js';

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
  const plain = plainComment(input as Record<string, unknown>);
  if (plain) return plain;
  const parsed = CommentSchema.safeParse(input, inEnglish);
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

const isOptionalString = (v: unknown) => v === undefined || typeof v === 'string';

/**
 * The comment as `validateComment` returns it when it plainly meets CommentSchema (string fields, a valid
 * `createdAt`, an `author` with only a string `id` and `name`), else undefined for zod to judge: zod's parse
 * was a tenth of a short comment's time. test/validate-comment.test.ts checks both paths agree.
 */
function plainComment(c: Record<string, unknown>): ValidComment | undefined {
  const { id, text, author, createdAt, channel, inReplyTo } = c;
  if (typeof id !== 'string' || id.length === 0 || typeof text !== 'string') return undefined;
  if (!isOptionalString(channel) || !isOptionalString(inReplyTo)) return undefined;
  let time: number | undefined;
  if (typeof createdAt === 'string') time = Date.parse(createdAt);
  else if (createdAt instanceof Date) time = createdAt.getTime();
  else if (createdAt !== undefined) return undefined;
  if (time !== undefined && Number.isNaN(time)) return undefined;
  let who: { id?: string; name?: string } | undefined;
  if (author !== undefined) {
    if (typeof author !== 'object' || author === null || Array.isArray(author)) return undefined;
    const a = author as Record<string, unknown>;
    if (!isOptionalString(a.id) || !isOptionalString(a.name)) return undefined;
    // Only own `id` and `name` with string values: anything else (extra keys, undefined values) goes to zod.
    for (const k in a) if ((k !== 'id' && k !== 'name') || typeof a[k] !== 'string') return undefined;
    who = {};
    if (typeof a.id === 'string') who.id = a.id;
    if (typeof a.name === 'string') who.name = a.name;
  }
  return {
    id,
    text,
    ...(who ? { author: who } : {}),
    ...(time !== undefined ? { createdAt: new Date(time).toISOString() } : {}),
    ...(channel !== undefined ? { channel } : {}),
    ...(inReplyTo !== undefined ? { inReplyTo } : {}),
  };
}
