// A global expression run over a long text tries every word start (and backtracks through each word);
// when its matches can only start in a few places found more cheaply (before an at sign, before a house
// number), it is tried only there.

/**
 * Where the run of characters matching `char` (one code point, as `^[…]$` with the expression's flags)
 * that ends at `end` starts, read by code point as a `u` expression reads it; `end` when there is none.
 *
 * @example
 * runStart('mejla anna.berg@gmail.com', 15, /^[\p{L}\p{N}._%+-]$/iu) // 6
 */
export function runStart(text: string, end: number, char: RegExp): number {
  let s = end;
  while (s > 0) {
    const low = text.charCodeAt(s - 1);
    const high = s >= 2 ? text.charCodeAt(s - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!char.test(text.slice(s - width, s))) break;
    s -= width;
  }
  return s;
}

/**
 * `runStart` before each occurrence of `anchor`: where a match that needs a run of `char` right before the
 * anchor (an e-mail address before its at sign) may start.
 *
 * @example
 * runStartsBefore('a@b c@d', '@', /^\w$/u) // [0, 4]
 */
export function runStartsBefore(text: string, anchor: string, char: RegExp): number[] {
  const out: number[] = [];
  for (let a = text.indexOf(anchor); a >= 0; a = text.indexOf(anchor, a + 1)) out.push(runStart(text, a, char));
  return out;
}

/**
 * The matches a global scan of `sticky`'s expression would find, left to right and not overlapping, given
 * that every match starts at one of `starts` (a superset is fine): the expression is tried only there.
 *
 * @example
 * stickyMatches(/(?<!\w)\w+@\w+\.se/uy, 'a b@c.se', [2, 0]).map(m => m[0]) // ['b@c.se']
 */
export function stickyMatches(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const s of [...new Set(starts)].sort((a, b) => a - b)) {
    if (s < from) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m === null) continue;
    out.push(m);
    from = s + m[0].length;
  }
  return out;
}
