import { describe, expect, it } from 'vitest';
import { runStart, stickyMatches } from '../../src/detect/personal-data/anchored-scan.js';

const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/iu;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
const EMAIL_AT = new RegExp(EMAIL.source, 'iuy');

/** What the sticky scan finds, tried only before each at sign, and what a global scan finds. */
function both(text: string): [string[], string[]] {
  const starts: number[] = [];
  for (let a = text.indexOf('@'); a >= 0; a = text.indexOf('@', a + 1)) starts.push(runStart(text, a, LOCAL_CHAR));
  return [stickyMatches(EMAIL_AT, text, starts).map((m) => `${m.index}:${m[0]}`), [...text.matchAll(EMAIL)].map((m) => `${m.index}:${m[0]}`)];
}

describe('runStart', () => {
  it('walks back over the run, by code point', () => {
    expect(runStart('mejla anna.berg@gmail.com', 15, LOCAL_CHAR)).toBe(6);
    expect(runStart('x 𝒜b@c.se', 5, LOCAL_CHAR)).toBe(2);
    expect(runStart('x @c.se', 2, LOCAL_CHAR)).toBe(2);
  });
});

describe('stickyMatches', () => {
  it.each([
    'Mejla anna.berg@example.com eller per@x.se',
    'a@b@c.se och d@e.se',
    'anna@@gmail.com x@y.se',
    '𝒜nna@exempel.se',
    'aa@bb.cc.dd@ee.se',
    'ingen adress @ alls',
  ])('finds what a global scan finds in %s', (text) => {
    const [sticky, global] = both(text);
    expect(sticky).toEqual(global);
  });
});
