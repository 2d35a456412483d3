// The per-unit letter and digit tables that normalise, tokenize, detectLanguage and the cue gate share.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLetterUnit, isSpaceUnit, isWordCodePoint, letterAt, wordCharAt } from '../src/normalise/letters.js';

const SAMPLE = ['a', 'Å', 'ö', '1', '٣', 'ß', 'Ж', '漢', '𝐀', '😀', '-', ' ', '\u0301', '\ud800', '\udc00', '_'];

describe('letters', () => {
  it('reads white space as `\\s` does, for every code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceUnit(c) !== /\s/u.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });
  it('reads letters and digits as the `u` regexes do, by code point', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SAMPLE), { minLength: 1, maxLength: 6 }), fc.nat(), (parts, at) => {
        const text = parts.join('');
        const i = at % text.length;
        const cp = text.codePointAt(i)!;
        const width = cp > 0xffff ? 2 : 1;
        const ch = String.fromCodePoint(cp);
        expect(letterAt(text, i)).toBe(/^\p{L}$/u.test(ch) ? width : 0);
        expect(wordCharAt(text, i)).toBe(/^[\p{L}\p{N}]$/u.test(ch) ? width : 0);
        expect(isWordCodePoint(cp)).toBe(/^[\p{L}\p{N}]$/u.test(ch));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells letter units', () => {
    expect([0xe5, 0x31, 0x416, 0x2d].map(isLetterUnit)).toEqual([true, false, true, false]);
  });
});
