import * as z from 'zod/mini';
import type { Comment } from '../schema/comment.js';
import { PlatformId, PlatformTime, authorOf, parsePlatform } from './platform-input.js';

/** The fields of a Graph API Comment node that moderera reads; every other field is left alone. */
export const FacebookCommentSchema = z.looseObject({
  id: PlatformId,
  /** Absent when the comment is only a photo or sticker. */
  message: z.optional(z.string()),
  /** Only returned to a token that may moderate the Page. */
  from: z.optional(z.looseObject({ id: z.optional(PlatformId), name: z.optional(z.string()) })),
  created_time: z.optional(PlatformTime),
  /** Present on replies when requested with `fields=parent`. */
  parent: z.optional(z.looseObject({ id: PlatformId })),
}).check(
  // Without these checks a comment of the wrong shape would be moderated as empty text, silently.
  z.refine((c) => c.message !== undefined || !('text' in c), {
    path: ['message'],
    message: 'missing, but "text" is there: this is already a moderera comment (or an Instagram one); pass it to moderate() or fromInstagram() instead',
  }),
  z.refine((c) => c.message !== undefined || 'text' in c || 'attachment' in c, {
    path: ['message'],
    message: 'missing: request fields=id,message,attachment,from,created_time,parent (a comment without message must at least have its attachment)',
  }),
);
export type FacebookComment = z.input<typeof FacebookCommentSchema>;

export interface FacebookOptions {
  /** Written to `comment.channel`, e.g. the Page's name. */
  readonly channel?: string;
}

/**
 * Maps a Facebook Graph API comment (`GET /{post-id}/comments?fields=id,message,from,created_time,parent`)
 * to moderera's comment contract. Throws `ModerationInputError` when `graphComment` is not one.
 *
 * @example
 * moderate(fromFacebook({ id: '1_2', message: 'Hej!', from: { id: '9', name: 'Anna' }, created_time: '2026-01-12T07:45:00+0000' }))
 * // comment: { id: '1_2', text: 'Hej!', author: { id: '9', name: 'Anna' }, createdAt: '2026-01-12T07:45:00+00:00', channel: 'facebook' }
 */
export function fromFacebook(graphComment: unknown, { channel = 'facebook' }: FacebookOptions = {}): Comment {
  const c = parsePlatform(FacebookCommentSchema, graphComment, 'fromFacebook', 'a Graph API comment like { id, message, from: { id, name }, created_time }');
  return {
    id: c.id,
    text: c.message ?? '',
    ...authorOf(c.from?.id, c.from?.name),
    ...(c.created_time !== undefined ? { createdAt: c.created_time } : {}),
    channel,
    ...(c.parent ? { inReplyTo: c.parent.id } : {}),
  };
}
