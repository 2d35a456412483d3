import { HOMOGLYPHS } from './homoglyphs.js';
import { LEET, LEET_NEEDS_LETTER_AFTER } from './leet.js';

/**
 * A comment's text in the form the lexicons read, with a map back to the original.
 * `starts[i]`/`ends[i]` give the half-open original UTF-16 span that normalised code unit `i` came from.
 */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const INVISIBLE = /^[\p{Cf}\u034F\u115F\u1160\u17B4\u17B5\u180E\u3164\uFFA0\uFE00-\uFE0F]$/u;
const MARK = /^\p{M}$/u;
const LETTER = /^\p{L}$/u;
const KEEP_COMPOSED = new Set(['å', 'ä', 'ö']);

/** Cache of the fold of one non-ASCII cluster; bounded so a hostile text cannot grow it without end. */
const clusterCache = new Map<string, string>();
const CLUSTER_CACHE_LIMIT = 4096;

function foldCluster(cluster: string): string {
  const cached = clusterCache.get(cluster);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of cluster.normalize('NFKC').toLowerCase()) {
    if (KEEP_COMPOSED.has(ch)) {
      out += ch;
      continue;
    }
    for (const part of ch.normalize('NFD')) {
      if (MARK.test(part)) continue;
      out += HOMOGLYPHS[part] ?? part;
    }
  }
  if (clusterCache.size >= CLUSTER_CACHE_LIMIT) clusterCache.clear();
  clusterCache.set(cluster, out);
  return out;
}

function isLetterAt(chars: string[], i: number): boolean {
  const c = chars[i];
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER.test(c);
}

/**
 * NFKC, lower-case, zero-width and format characters removed, stray combining marks dropped (å, ä, ö kept),
 * homoglyphs folded to Latin, and leetspeak inside words read as letters; every output unit maps back.
 *
 * @example
 * const n = normalise('J\u200B4VLA');
 * n.text // 'javla'
 * [n.starts[1], n.ends[1]] // [2, 3]: the "4" in the original
 */
export function normalise(original: string): NormalisedText {
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const len = original.length;
  let i = 0;
  while (i < len) {
    const code = original.charCodeAt(i);
    // ASCII without a following combining mark: the hot path, no Unicode tables.
    if (code < 128) {
      const next = i + 1 < len ? original.charCodeAt(i + 1) : 0;
      if (next < 0x300 || next > 0x36f) {
        chars.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i]!);
        starts.push(i);
        ends.push(i + 1);
        i += 1;
        continue;
      }
    }
    const cp = original.codePointAt(i)!;
    const base = String.fromCodePoint(cp);
    let end = i + base.length;
    // A cluster is a base character and the combining marks that follow it.
    while (end < len) {
      const nextCp = original.codePointAt(end)!;
      const next = String.fromCodePoint(nextCp);
      if (!MARK.test(next)) break;
      end += next.length;
    }
    if (INVISIBLE.test(base)) {
      i = end;
      continue;
    }
    const folded = foldCluster(original.slice(i, end));
    for (const ch of folded) {
      for (let k = 0; k < ch.length; k++) {
        chars.push(ch[k]!);
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  // Leetspeak: a digit or symbol between letters reads as the letter it imitates.
  for (let j = 0; j < chars.length; j++) {
    const letter = LEET[chars[j]!];
    if (letter === undefined) continue;
    const before = isLetterAt(chars, j - 1);
    const after = isLetterAt(chars, j + 1) || (LEET[chars[j + 1] ?? ''] !== undefined && isLetterAt(chars, j + 2));
    if (LEET_NEEDS_LETTER_AFTER.has(chars[j]!) ? after : before || after) chars[j] = letter;
  }
  return {
    original,
    text: chars.join(''),
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
  };
}

/**
 * Maps a half-open span of the normalised text to the half-open span of the original it came from.
 *
 * @example
 * const n = normalise('Ｆａｎ!'); toOriginalSpan(n, 0, 3) // [0, 3]
 */
export function toOriginalSpan(n: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.starts.length ? n.starts[start]! : n.original.length;
    return [at, at];
  }
  return [n.starts[start]!, n.ends[end - 1]!];
}
