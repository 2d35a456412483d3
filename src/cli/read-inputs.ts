import { type Platform, fromPlatformResponse } from '../adapters/platform-response.js';
import { parseComments } from './read-comments.js';

/** One comment to moderate, with the input line it came from. */
export interface InputComment {
  readonly line: number;
  readonly comment: unknown;
}
/** An input that could not become a comment: not JSON, or not the platform's shape. */
export interface InputFailure {
  readonly line: number;
  readonly error: Error;
  readonly commentId?: string;
}
export type Input = InputComment | InputFailure;

const jsonError = (message: string) => Object.assign(new Error(message), { name: 'ParseError', code: 'MODERERA_INVALID_JSON' });

/**
 * Turns a file's text into the comments to moderate: as they are, or, with `from`, each JSON document
 * mapped by that platform's adapter (one API response can hold many comments; all keep its line).
 *
 * @example
 * readInputs('{"data":[{"id":"1_2","message":"Hej"}]}', 'facebook') // [{ line: 1, comment: { id: '1_2', text: 'Hej', channel: 'facebook' } }]
 */
export function readInputs(source: string, from?: Platform): Input[] {
  return parseComments(source).flatMap((item): Input[] => {
    if ('parseError' in item) return [{ line: item.line, error: jsonError(item.parseError) }];
    if (from === undefined) return [{ line: item.line, comment: item.value }];
    try {
      return fromPlatformResponse(from, item.value).map((comment) => ({ line: item.line, comment }));
    } catch (error) {
      return [{ line: item.line, error: error as Error }];
    }
  });
}
