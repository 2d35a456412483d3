import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../src/detect/personal-data/names.js';

// wordSpans reads code points by hand in place of the regex the name search ran; it must find the same spans.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

function byRegex(text: string): number[] {
  const out: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) out.push(m.index, m.index + m[0].length);
  return out;
}

const pieces = ['a', 'Ö', 'é', 'e\u0301', '\u0301', "'", '’', '-', ' ', '.', '1', '😀', '\u{1D400}', '\u{1D400}\u0301', 'ж', '\ud83d', '\ude00', 'ß', 'ǅ', '\u00aa', 'ー', '٣'];

describe('wordSpans', () => {
  it('finds the spans the word regex finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(wordSpans(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds them in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(wordSpans(text)).toEqual(byRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins words over an apostrophe or hyphen only before a letter', () => {
    expect(wordSpans("Hej Anna-Karin, it's - x'")).toEqual([0, 3, 4, 14, 16, 20, 23, 24]);
  });
});
