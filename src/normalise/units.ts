// Strings built from code units written into a typed array: appending slices or characters to a string makes
// a deep rope on long texts, and reading it back costs as much again.

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
// Keeps a leading U+FEFF; only used when the units hold no surrogate, which it would replace.
const utf16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
const CHUNK = 8192;

/**
 * The first `n` units of `units` as a string, decoded, or with `copy` copied unit by unit: needed when a unit
 * may be a surrogate (the decoder would replace a lone one), and it keeps codes below 256 a one-byte string.
 *
 * @example
 * unitsToString(Uint16Array.of(104, 101, 106, 33), 3, false) // 'hej'
 */
export function unitsToString(units: Uint16Array, n: number, copy: boolean): string {
  if (utf16 && !copy) return utf16.decode(units.subarray(0, n));
  let s = '';
  for (let k = 0; k < n; k += CHUNK) s += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return s;
}

/** V8 makes a substring this long or longer a view into its parent string (a "sliced string"). */
const SLICE_MIN = 13;

/**
 * `s` as a string of its own: a word cut from a comment is a view that keeps the whole comment alive, so a
 * cache keyed by such words would hold on to every comment they came from (a 1 MB one included).
 *
 * @example
 * detached(comment.slice(10, 30)) === comment.slice(10, 30) // true: equal, but no longer a view of comment
 */
export function detached(s: string): string {
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1);
}
