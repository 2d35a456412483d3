import * as z from 'zod/mini';
import type { Comment } from '../schema/comment.js';
import { PlatformId, PlatformTime, authorOf, parsePlatform } from './platform-input.js';

/** The fields of an Instagram Graph API IG Comment that moderera reads; every other field is left alone. */
export const InstagramCommentSchema = z.looseObject({
  id: PlatformId,
  // Required so a response fetched without `fields=text` fails loudly instead of being moderated as empty.
  text: z.string({ error: 'missing: request fields=id,text,timestamp,username,from,parent_id' }),
  timestamp: z.optional(PlatformTime),
  username: z.optional(z.string()),
  from: z.optional(z.looseObject({ id: z.optional(PlatformId), username: z.optional(z.string()) })),
  /** Present on replies: the IG Comment replied to. */
  parent_id: z.optional(PlatformId),
});
export type InstagramComment = z.input<typeof InstagramCommentSchema>;

export interface InstagramOptions {
  /** Written to `comment.channel`, e.g. the account's name. */
  readonly channel?: string;
}

/**
 * Maps an Instagram Graph API comment (`GET /{ig-media-id}/comments?fields=id,text,timestamp,username,from,parent_id`)
 * to moderera's comment contract. Throws `ModerationInputError` when `igComment` is not one.
 *
 * @example
 * fromInstagram({ id: '178', text: 'Fint!', timestamp: '2026-01-12T07:45:00+0000', from: { id: '42', username: 'anna.s' } })
 * // { id: '178', text: 'Fint!', author: { id: '42', name: 'anna.s' }, createdAt: '2026-01-12T07:45:00+00:00', channel: 'instagram' }
 */
export function fromInstagram(igComment: unknown, { channel = 'instagram' }: InstagramOptions = {}): Comment {
  const c = parsePlatform(InstagramCommentSchema, igComment, 'fromInstagram', 'an IG Comment like { id, text, timestamp, from: { id, username } }');
  return {
    id: c.id,
    text: c.text,
    ...authorOf(c.from?.id, c.from?.username ?? c.username),
    ...(c.timestamp !== undefined ? { createdAt: c.timestamp } : {}),
    channel,
    ...(c.parent_id !== undefined ? { inReplyTo: c.parent_id } : {}),
  };
}
