// Letters, digits and marks read code unit by code unit, through per-unit tables for the BMP filled on first sight:
// a Unicode property regex per character is slow, and normalise, tokenize, detectLanguage and the intent
// cue gate all walk every character of a comment.

const LETTER = /^\p{L}$/u;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const MARK = /^\p{M}$/u;
/** Per BMP code unit: 0 = not looked up yet, 1 = yes, 2 = no. */
const letterTable = new Uint8Array(0x10000);
const wordCharTable = new Uint8Array(0x10000);
const markTable = new Uint8Array(0x10000);

/**
 * Whether a BMP code unit is a letter (`\p{L}`).
 *
 * @example
 * isLetterUnit(0xe5) // true: 'å'
 */
export function isLetterUnit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let l = letterTable[code]!;
  if (l === 0) letterTable[code] = l = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
  return l === 1;
}

/**
 * Code units of the letter at `i` of `text` (2 for an astral letter), 0 when it is no letter.
 *
 * @example
 * letterAt('a1', 1) // 0
 */
export function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return isLetterUnit(code) ? 1 : 0;
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && LETTER.test(String.fromCodePoint(cp)) ? 2 : 0;
}

/**
 * Whether a code point is a letter or digit (`[\p{L}\p{N}]`).
 *
 * @example
 * isWordCodePoint(0x0663) // true: Arabic-Indic three
 */
export function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let known = wordCharTable[cp]!;
  if (known === 0) wordCharTable[cp] = known = WORD_CHAR.test(String.fromCharCode(cp)) ? 1 : 2;
  return known === 1;
}

/**
 * Code units of the letter or digit at `i` of `text` (2 for a surrogate pair), 0 when it is neither.
 *
 * @example
 * wordCharAt('a-1', 1) // 0
 */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    // A surrogate pair is one code point, as the `u` flag reads it.
    if (low >= 0xdc00 && low <= 0xdfff) return isWordCodePoint((c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000) ? 2 : 0;
  }
  return isWordCodePoint(c) ? 1 : 0;
}

/**
 * Whether a BMP code unit is a combining mark (`\p{M}`).
 *
 * @example
 * isMarkUnit(0x0301) // true: combining acute accent
 */
export function isMarkUnit(code: number): boolean {
  let m = markTable[code]!;
  if (m === 0) markTable[code] = m = MARK.test(String.fromCharCode(code)) ? 1 : 2;
  return m === 1;
}

/**
 * Whether the code point at `j` is a combining mark (as `\p{M}` says; astral marks included).
 *
 * @example
 * isMarkAt('e\u0301', 1) // true
 */
export function isMarkAt(s: string, j: number): boolean {
  const code = s.charCodeAt(j);
  // No mark lies below U+0300.
  if (code < 0x300) return false;
  if (code < 0xd800 || code > 0xdbff) return isMarkUnit(code);
  return MARK.test(String.fromCodePoint(s.codePointAt(j)!));
}

/**
 * Whether a code unit is white space as `\s` reads it (a regex and a one-character string per unit are slow).
 *
 * @example
 * isSpaceUnit(0x3000) // true: ideographic space
 */
export function isSpaceUnit(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
