import * as z from 'zod/mini';

/** An ISO-8601 date-time string or a `Date`; kept as given, checked to be a real instant. */
const Instant = z.union([
  z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date')),
  z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date-time, e.g. "2026-11-24T09:30:00+01:00"')),
]);

/**
 * The comment contract: what every caller hands to `moderate()`.
 *
 * @example
 * CommentSchema.parse({ id: '1', text: 'Hej!' })
 */
export const CommentSchema = z.object({
  id: z.string({ error: 'id must be a string, e.g. "fb_123"' }).check(z.minLength(1, 'id must not be empty')),
  text: z.string({ error: 'text must be a string (the comment body)' }),
  author: z.optional(z.object({ id: z.optional(z.string()), name: z.optional(z.string()) })),
  createdAt: z.optional(Instant),
  channel: z.optional(z.string()),
  inReplyTo: z.optional(z.string()),
});

/** A comment as accepted by `moderate()`. */
export type Comment = z.input<typeof CommentSchema>;
