import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommentSchema } from '../src/schema/comment.js';
import { validateComment } from '../src/validate/validate-comment.js';

// validateComment as it was before its fast path: zod's parse for every comment, the reference here.
function viaZod(input: unknown): unknown {
  const parsed = CommentSchema.safeParse(input);
  if (!parsed.success) return 'invalid';
  const c = parsed.data;
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

function outcome(input: unknown): unknown {
  try {
    return validateComment(input);
  } catch {
    return 'invalid';
  }
}

const value = fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(undefined), fc.constant(null), fc.boolean());
const createdAt = fc.oneof(
  fc.constant(undefined),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.constantFrom('2026-11-24T09:30:00+01:00', '2026-11-24', 'nyss', '', 'Tue, 24 Nov 2026 08:00:00 GMT', '2026-13-45T99:00:00Z'),
  fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01') }),
  fc.constant(new Date(Number.NaN)),
  fc.integer(),
);
const author = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant([]),
  fc.record({ id: value, name: value, other: value }, { requiredKeys: [] }),
);
const comment = fc.record(
  { id: value, text: value, author, createdAt, channel: value, inReplyTo: value, extra: value },
  { requiredKeys: [] },
);

describe('validateComment', () => {
  it('returns what zod parsing returns, for any object, key for key and in the same order', () => {
    fc.assert(
      fc.property(comment, (c) => {
        const got = outcome(c);
        const want = viaZod(c);
        expect(got).toStrictEqual(want);
        if (typeof got === 'object') expect(JSON.stringify(got)).toBe(JSON.stringify(want));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the plain path for ordinary comments and keeps only id and name of the author', () => {
    expect(validateComment({ id: '1', text: 'Hej', author: { id: 'a', name: 'Anna' }, createdAt: new Date('2026-01-05T08:00:00Z'), channel: 'fb' })).toStrictEqual({
      id: '1',
      text: 'Hej',
      author: { id: 'a', name: 'Anna' },
      createdAt: '2026-01-05T08:00:00.000Z',
      channel: 'fb',
    });
    expect(validateComment({ id: '1', text: 'Hej', author: { name: 'Anna', role: 'x' } })).toStrictEqual({ id: '1', text: 'Hej', author: { name: 'Anna' } });
  });

  it('rejects what zod rejects, with its message', () => {
    expect(() => validateComment({ id: '', text: 'Hej' })).toThrow(/id must not be empty/);
    expect(() => validateComment({ id: '1', text: 'Hej', createdAt: 'nyss' })).toThrow(/ISO-8601/);
    expect(() => validateComment({ id: '1', text: 'Hej', author: { id: 5 } })).toThrow(/author\.id/);
  });
});
