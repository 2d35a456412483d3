import { ModerationInputError } from '../errors.js';
import type { Comment } from '../schema/comment.js';
import { fromFacebook } from './facebook.js';
import { fromInstagram } from './instagram.js';
import { fromYouTube, fromYouTubeComment } from './youtube.js';

/** The platforms moderera has adapters for. */
export const PLATFORMS = ['facebook', 'instagram', 'youtube'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface PlatformResponseOptions {
  /** Written to every comment's `channel`; the platform's name when left out. */
  readonly channel?: string;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Re-throws an adapter's error with the place in the response in front of each field path. */
function at<T>(path: string, map: () => T): T {
  try {
    return map();
  } catch (e) {
    if (!(e instanceof ModerationInputError) || path === '(response)') throw e;
    const issues = e.issues.map((i) => `${path}.${i}`);
    throw new ModerationInputError(`${path}: ${e.message}`, issues);
  }
}

/** The list inside a response page (`data` for Meta's Graph API, `items` for YouTube), or the value itself. */
function entries(response: unknown, listKey: 'data' | 'items'): { path: string; value: unknown }[] {
  if (Array.isArray(response)) return response.map((value, i) => ({ path: `[${i}]`, value }));
  if (isObject(response) && Array.isArray(response[listKey])) return (response[listKey] as unknown[]).map((value, i) => ({ path: `${listKey}[${i}]`, value }));
  return [{ path: '(response)', value: response }];
}

/** A Graph API comment and the replies nested under it by field expansion (`comments{…}` on Facebook, `replies{…}` on Instagram). */
function graphThread(value: unknown, path: string, edge: 'comments' | 'replies', map: (c: unknown) => Comment): Comment[] {
  const top = at(path, () => map(value));
  const nested = isObject(value) && isObject(value[edge]) && Array.isArray(value[edge].data) ? (value[edge].data as unknown[]) : [];
  const replies = nested.map((r, i) => at(`${path}.${edge}.data[${i}]`, () => map(r))).map((c) => (c.inReplyTo === undefined ? { ...c, inReplyTo: top.id } : c));
  return [top, ...replies];
}

/**
 * Maps a whole platform API response to comments, in order, replies right after the comment they answer:
 * a Graph API page `{ data: [...] }` of Facebook or Instagram comments (with nested replies), a YouTube
 * `commentThreadListResponse` or `commentListResponse` `{ items: [...] }`, an array, or one object.
 * Throws `ModerationInputError` naming the place (e.g. `data[3].from.id`) of anything that is not a comment.
 *
 * @example
 * fromPlatformResponse('facebook', await (await fetch(graphUrl)).json()).map((c) => moderate(c))
 */
export function fromPlatformResponse(platform: Platform, response: unknown, { channel = platform }: PlatformResponseOptions = {}): Comment[] {
  switch (platform) {
    case 'facebook':
      return entries(response, 'data').flatMap(({ path, value }) => graphThread(value, path, 'comments', (c) => fromFacebook(c, { channel })));
    case 'instagram':
      return entries(response, 'data').flatMap(({ path, value }) => graphThread(value, path, 'replies', (c) => fromInstagram(c, { channel })));
    case 'youtube':
      return entries(response, 'items').flatMap(({ path, value }) =>
        at(path, () => (isObject(value) && (value.kind === 'youtube#commentThread' || (isObject(value.snippet) && 'topLevelComment' in value.snippet)) ? fromYouTube(value, { channel }) : [fromYouTubeComment(value, { channel })])),
      );
    default:
      throw new ModerationInputError(`fromPlatformResponse() knows ${PLATFORMS.join(', ')}, not "${String(platform)}".`, [`platform: expected one of ${PLATFORMS.join(', ')}`]);
  }
}
