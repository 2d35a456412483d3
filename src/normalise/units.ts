// Strings built from code units written into a typed array: appending slices or characters to a string makes
// a deep rope on long texts, and reading it back costs as much again.

const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
// Keeps a leading U+FEFF; only used when the units hold no surrogate, which it would replace.
const utf16 = typeof TextDecoder === 'function' && LITTLE_ENDIAN ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;
const CHUNK = 8192;

/**
 * The first `n` units of `units` as a string; `surrogates` says whether any may be a surrogate (then they
 * are copied one by one, lone ones kept, instead of decoded).
 *
 * @example
 * unitsToString(Uint16Array.of(104, 101, 106, 33), 3, false) // 'hej'
 */
export function unitsToString(units: Uint16Array, n: number, surrogates: boolean): string {
  if (utf16 && !surrogates) return utf16.decode(units.subarray(0, n));
  let s = '';
  for (let k = 0; k < n; k += CHUNK) s += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]);
  return s;
}
