import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findForms, formTrie } from '../src/lexicon/form-trie.js';

// findForms stands in for one regular expression per list; these check it finds exactly what they find.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each list's matches as its own `(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])` finds them, forms longest first. */
function byRegex(lists: readonly ReadonlyMap<string, number>[], text: string) {
  return lists.map((forms, list) => {
    const sorted = [...forms.keys()].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
    if (sorted.length === 0) return [];
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const out = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ list, start: m.index, end: m.index + m[0].length, form: m[0], value: forms.get(m[0])! });
    }
    return out;
  });
}

// Well-formed text: a lone surrogate after a letter reads as a letter here (as it did before the flat trie), not to the regex.
const alphabet = ['a', 'b', 'ab', 'ä', 'Å', ' ', '-', '1', '😀', '\u{1D400}', 'é', 'ж', '\u00aa', '.', 'x y'];
const piece = fc.constantFrom(...alphabet);
const word = fc.array(piece, { minLength: 0, maxLength: 4 }).map((p) => p.join(''));
const list = fc.array(word, { maxLength: 6 }).map((ws) => new Map(ws.map((w, i) => [w, i] as const)));

describe('findForms', () => {
  it('finds what one regex per list finds', () => {
    fc.assert(
      fc.property(fc.array(list, { minLength: 1, maxLength: 4 }), fc.array(piece, { maxLength: 24 }), (lists, parts) => {
        const text = parts.join('');
        expect(findForms(formTrie(lists), text)).toEqual(byRegex(lists, text));
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the longest form of each list at a position, and resumes after it', () => {
    const trie = formTrie([new Map([['child porn', 1], ['child', 2]]), new Map([['porn', 3]])]);
    expect(findForms(trie, 'child porn, child.')).toEqual([
      [
        { list: 0, start: 0, end: 10, form: 'child porn', value: 1 },
        { list: 0, start: 12, end: 17, form: 'child', value: 2 },
      ],
      [{ list: 1, start: 6, end: 10, form: 'porn', value: 3 }],
    ]);
  });

  it('reads letters and digits around a form as the u flag does, beyond Latin-1 too', () => {
    const trie = formTrie([new Map([['porn', 1]])]);
    expect(findForms(trie, 'äporn porn1 жporn porn😀 \u{1D400}porn')[0]!.map((m) => m.start)).toEqual([18]);
  });
});
