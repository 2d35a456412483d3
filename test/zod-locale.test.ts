import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { CommentSchema, defineRuleset, fromFacebook, moderate } from '../src/index.js';

// zod/mini has no messages of its own ("Invalid input"); moderera's must stay zod's English ones.
const message = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
};
const saved = z.config().localeError;
afterEach(() => {
  z.config({ localeError: saved });
});

describe("zod's English messages", () => {
  it('reach consumers who parse the exported schemas themselves', () => {
    expect(CommentSchema.safeParse({ id: '1', text: 'x', channel: 1 }).error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
  it("stay in moderera's own errors when zod's config has no locale, and a schema's own message still wins", () => {
    z.config({ localeError: undefined });
    expect(message(() => moderate({ id: '1', text: 'x', author: 5 }))).toMatch('author: Invalid input: expected object, received number');
    expect(message(() => moderate({ id: '', text: 'x', author: 5 }))).toMatch('id: id must not be empty');
    expect(message(() => fromFacebook({ id: '1', message: 5 }))).toMatch('message: Invalid input: expected string, received number');
    expect(message(() => defineRuleset({ id: 'x', name: 'X', policy: {}, versions: [], lexicons: [] } as never))).toMatch('Invalid input: expected object, received undefined');
  });
});
