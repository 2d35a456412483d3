import * as z from 'zod/mini';
import type { Comment } from '../schema/comment.js';
import { htmlToText } from './html-text.js';
import { PlatformId, PlatformTime, authorOf, parsePlatform } from './platform-input.js';

/** The fields of a YouTube Data API v3 `comment` resource that moderera reads. */
export const YouTubeCommentSchema = z.looseObject({
  id: PlatformId,
  snippet: z.looseObject({
    /** Raw text; YouTube only guarantees it to the comment's author. */
    textOriginal: z.optional(z.string()),
    /** Display text: HTML unless requested with `textFormat=plainText`. */
    textDisplay: z.optional(z.string()),
    authorDisplayName: z.optional(z.string()),
    authorChannelId: z.optional(z.looseObject({ value: z.string() })),
    publishedAt: z.optional(PlatformTime),
    /** Present on replies: the top-level comment's id. */
    parentId: z.optional(z.string()),
  }),
}).check(
  // A comment fetched with neither text field would otherwise be moderated as empty, silently.
  z.refine((c) => c.snippet.textOriginal !== undefined || c.snippet.textDisplay !== undefined, {
    path: ['snippet', 'textDisplay'],
    message: 'missing, and so is textOriginal: request part=snippet',
  }),
);
export type YouTubeComment = z.input<typeof YouTubeCommentSchema>;

/** The fields of a YouTube Data API v3 `commentThread` resource that moderera reads. */
export const YouTubeCommentThreadSchema = z.looseObject({
  id: PlatformId,
  snippet: z.looseObject({ topLevelComment: YouTubeCommentSchema }),
  /** Part of the replies at most; fetch the rest with comments.list. */
  replies: z.optional(z.looseObject({ comments: z.array(YouTubeCommentSchema) })),
});
export type YouTubeCommentThread = z.input<typeof YouTubeCommentThreadSchema>;

export interface YouTubeOptions {
  /** Written to `comment.channel`, e.g. the channel's name. */
  readonly channel?: string;
}

/**
 * Maps one YouTube `comment` resource (from comments.list, or inside a thread) to the comment contract.
 * Throws `ModerationInputError` when `comment` is not one.
 *
 * @example
 * fromYouTubeComment({ id: 'Ugx1', snippet: { textDisplay: 'Bra &amp; tydligt', authorDisplayName: '@anna', publishedAt: '2026-01-12T07:45:00Z' } }).text
 * // 'Bra & tydligt'
 */
export function fromYouTubeComment(comment: unknown, { channel = 'youtube' }: YouTubeOptions = {}): Comment {
  const c = parsePlatform(YouTubeCommentSchema, comment, 'fromYouTubeComment', 'a YouTube comment resource like { id, snippet: { textOriginal | textDisplay, authorDisplayName, publishedAt } }');
  return toComment(c, channel);
}

function toComment(c: z.output<typeof YouTubeCommentSchema>, channel: string): Comment {
  const s = c.snippet;
  return {
    id: c.id,
    // textDisplay is what YouTube shows; the raw text is better when the API gave it.
    text: s.textOriginal ?? htmlToText(s.textDisplay ?? ''),
    ...authorOf(s.authorChannelId?.value, s.authorDisplayName),
    ...(s.publishedAt !== undefined ? { createdAt: s.publishedAt } : {}),
    channel,
    ...(s.parentId !== undefined ? { inReplyTo: s.parentId } : {}),
  };
}

/**
 * Maps a YouTube `commentThread` resource (commentThreads.list with `part=snippet,replies`) to comments:
 * the top-level comment first, then the replies the thread carries, each with `inReplyTo` set.
 * Throws `ModerationInputError` when `commentThread` is not one.
 *
 * @example
 * fromYouTube(thread).map((c) => moderate(c).action)
 */
export function fromYouTube(commentThread: unknown, { channel = 'youtube' }: YouTubeOptions = {}): Comment[] {
  const t = parsePlatform(YouTubeCommentThreadSchema, commentThread, 'fromYouTube', 'a YouTube commentThread resource like { id, snippet: { topLevelComment }, replies?: { comments } } (request part=snippet,replies)');
  const top = toComment(t.snippet.topLevelComment, channel);
  // Replies in a thread do not always repeat parentId; the thread says whose they are.
  const replies = (t.replies?.comments ?? []).map((r) => {
    const reply = toComment(r, channel);
    return reply.inReplyTo === undefined ? { ...reply, inReplyTo: top.id } : reply;
  });
  return [top, ...replies];
}
