import * as z from 'zod/mini';
import { ModerationInputError } from '../errors.js';
import { inEnglish } from '../schema/zod-locale.js';

/** Platform ids arrive as JSON strings; some SDKs turn them into numbers, so both are accepted. */
export const PlatformId = z.pipe(z.union([z.string().check(z.minLength(1)), z.number().check(z.int(), z.nonnegative())]), z.transform(String));

/**
 * Meta's Graph API writes offsets without a colon (`+0000`); ISO-8601 as every engine parses it has one.
 *
 * @example
 * graphTime('2026-01-12T07:45:00+0000') // '2026-01-12T07:45:00+00:00'
 */
export function graphTime(value: string): string {
  return value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

/**
 * Parses a platform object with `schema`, or throws a `ModerationInputError` that names the adapter,
 * each offending field, and what to request from the platform.
 *
 * @example
 * parsePlatform(FacebookCommentSchema, json, 'fromFacebook', 'a Graph API comment (fields=id,message,from,created_time,parent)')
 */
export function parsePlatform<S extends z.ZodMiniType>(schema: S, input: unknown, adapter: string, expected: string): z.output<S> {
  const parsed = schema.safeParse(input, inEnglish);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`);
  throw new ModerationInputError(`${adapter}() expects ${expected}; ${issues.join('; ')}.`, issues);
}

/** A comment field that the platform gave as a date-time string but that does not parse as one. */
export const PlatformTime = z
  .pipe(z.string(), z.transform(graphTime))
  .check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO-8601 date-time as the platform sends it, e.g. "2026-01-12T07:45:00+0000"'));

/**
 * The comment contract's `author`, or nothing when the platform withheld both id and name.
 *
 * @example
 * authorOf('9', undefined) // { id: '9' }
 */
export function authorOf(id: string | undefined, name: string | undefined): { author: { id?: string; name?: string } } | Record<string, never> {
  if (id === undefined && name === undefined) return {};
  return { author: { ...(id !== undefined ? { id } : {}), ...(name !== undefined ? { name } : {}) } };
}
