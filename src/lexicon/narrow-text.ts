// A text with emoji is stored as two bytes per unit, and V8 compiles each regex again for such text: in a
// process past V8's budget of regexp code that copy is unoptimised and runs ~3× slower on a long comment.
// Most comments' wide characters are emoji and punctuation, which the phrase patterns only ever read as
// "not a letter, digit or space"; a one-byte copy with NUL in their place gives those patterns the same matches.

import { isSpaceUnit, wordCharAt } from '../normalise/letters.js';
import { unitsToString } from '../normalise/units.js';
import { mapSource } from './word-edges.js';

/** A code unit above U+00FF. */
const WIDE = /[^\u0000-\u00ff]/;

/**
 * `text` with each code unit above U+00FF replaced by U+0000, as a one-byte string; `undefined` when the text
 * has none, or has a letter, digit or space above U+00FF (then the patterns must read it as it is).
 *
 * @example
 * narrowText('Hej 😀!') // 'Hej \u0000\u0000!'
 * narrowText('Привет') // undefined
 */
export function narrowText(text: string): string | undefined {
  // The phrase runs of one comment ask for its text, its rewritten copies and its lower-case original in turn.
  for (let k = 0; k < recent.length; k++) if (recent[k]!.text === text) return recent[k]!.narrow;
  const narrow = makeNarrow(text);
  if (recent.length >= RECENT) recent.shift();
  recent.push({ text, narrow });
  return narrow;
}
const recent: { text: string; narrow: string | undefined }[] = [];
const RECENT = 4;

/**
 * Drops the texts kept for reuse, so a comment's copies do not outlive its decision.
 *
 * @example
 * narrowText('Hej 😀!'); forgetNarrowTexts(); // the copy can now be collected
 */
export function forgetNarrowTexts(): void {
  recent.length = 0;
}

function makeNarrow(text: string): string | undefined {
  if (!WIDE.test(text)) return undefined;
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) codes[i] = c;
    // A wide letter, digit or space (a surrogate pair read as one code point, as the `u` flag reads it):
    // the patterns must read the text as it is. Tested here, in the loop, not by a regex over the whole text.
    else if (wordCharAt(text, i) !== 0 || isSpaceUnit(c)) return undefined;
  }
  // Copied unit by unit (no decoder): codes below 256 make a one-byte string, which is the point.
  return unitsToString(codes, codes.length, true);
}

/** Escapes whose atoms never match U+0000 nor a wide character that is not a letter, digit or space. */
const SAFE_ESCAPE = /^\\(?:[sdwbBntrfv]|p\{(?:L|N|Lu|Ll|Lt|Lo)\}|[.\\/^$|?*+()[\]{}'"!#%&,:;<=>@`~ -])/u;

/**
 * Whether a regex source reads every code point above U+00FF that is not a letter, digit or space only as
 * "not a letter, digit or space" and never consumes one, nor U+0000: no `.`, no negated class, no `\S`/`\W`/`\D`/`\P`,
 * no other property, no escape by code, no character above U+00FF or below U+0020. Then it finds the same
 * matches, at the same offsets, in `narrowText(text)` as in `text`.
 *
 * @example
 * readsOnlyNarrow('(?<![\\p{L}\\p{N}])döda\\sdig') // true
 * readsOnlyNarrow('kost[^.?!]{0,40}') // false
 */
export function readsOnlyNarrow(source: string): boolean {
  const { escaped, inClass, partner } = mapSource(source);
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code > 0xff || code < 0x20) return false;
    // An escaped unit was read with its backslash.
    if (escaped[i] === 1) continue;
    const ch = source[i];
    if (ch === '\\') {
      if (!SAFE_ESCAPE.test(source.slice(i, i + 10))) return false;
    } else if (inClass[i] === 1) {
      if (ch === '[' && partner[i]! > i && source[i + 1] === '^') return false;
    } else if (ch === '.') return false;
  }
  return true;
}
