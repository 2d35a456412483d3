import { HOMOGLYPHS } from './homoglyphs.js';
import { LEET, LEET_NEEDS_LETTER_AFTER } from './leet.js';
import { isLetterUnit, isMarkAt, isMarkUnit } from './letters.js';
import { detached, unitsToString } from './units.js';

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
  clusterCache.set(detached(cluster), out);
  return out;
}

// Per-code-unit tables for the BMP, filled on first sight: a Unicode property regex per character is slow.
/**
 * How one BMP code unit standing alone folds: 0 = not looked up yet; 1 = to the unit `toLowerCase()` gives
 * in every context (not Σ, whose lower case depends on the next letter); 2 = to the single unit in
 * `foldedUnit`; 3 = to the string in `foldedString` (empty, or longer than one unit), or it is a mark.
 */
const foldKind = new Uint8Array(0x10000);
const foldedUnit = new Uint16Array(0x10000);
const foldedString = new Map<number, string>();
const CAPITAL_SIGMA = 0x3a3;

/** Looks a BMP unit up (see `foldKind`) and returns its kind. */
function foldUnit(code: number): number {
  let kind = foldKind[code]!;
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    const f = INVISIBLE.test(ch) ? '' : foldCluster(ch);
    if (f.length === 1 && !isMarkUnit(code)) {
      foldedUnit[code] = f.charCodeAt(0);
      kind = f === ch.toLowerCase() && code !== CAPITAL_SIGMA ? 1 : 2;
    } else {
      foldedString.set(code, f);
      kind = 3;
    }
    foldKind[code] = kind;
  }
  return kind;
}

/** Leet characters by code unit: the letter each reads as, negative when it needs a letter after it. */
const LEET_UNITS = new Map<number, number>(
  Object.entries(LEET).map(([c, l]) => [c.charCodeAt(0), LEET_NEEDS_LETTER_AFTER.has(c) ? -l.charCodeAt(0) : l.charCodeAt(0)]),
);
const EURO = 0x20ac;
/** 1 for the ASCII leet characters: the main loop notes whether the pass below is needed at all. */
const LEET_ASCII = new Uint8Array(128);
for (const c of LEET_UNITS.keys()) if (c < 128) LEET_ASCII[c] = 1;
/** ASCII lower-casing as a table. */
const LOWER_ASCII = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));
const isLeetUnit = (c: number) => (c < 128 ? LEET_ASCII[c] === 1 : c === EURO);

function letterAt(units: Uint16Array, n: number, j: number): boolean {
  return j >= 0 && j < n && isLetterUnit(units[j]!);
}

/**
 * Leetspeak: a digit or symbol between letters reads as the letter it imitates. Left to right, in place, so
 * the letter just read counts as a letter before the next one. Returns whether anything changed.
 */
function readLeet(units: Uint16Array, n: number): boolean {
  let changed = false;
  for (let j = 0; j < n; j++) {
    if (!isLeetUnit(units[j]!)) continue;
    const leet = LEET_UNITS.get(units[j]!)!;
    const after = letterAt(units, n, j + 1) || (j + 1 < n && LEET_UNITS.has(units[j + 1]!) && letterAt(units, n, j + 2));
    if (leet < 0 ? after : letterAt(units, n, j - 1) || after) {
      units[j] = leet < 0 ? -leet : leet;
      changed = true;
    }
  }
  return changed;
}

/** The map of a text that kept every unit where it was: unit `k` came from `[k, k + 1)`. */
function identity(n: number, offset: 0 | 1, capacity = n): Uint32Array {
  const a = new Uint32Array(capacity);
  for (let k = 0; k < n; k++) a[k] = k + offset;
  return a;
}

/** Output units, reused between calls (the text is copied out of it); a longer text gets its own. */
let scratch = new Uint16Array(4096);
const SCRATCH_MAX = 1 << 16;

/** Output with a map, for the rest of a text once some unit did not map to exactly one unit. */
interface Mapped {
  units: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  n: number;
  leet: boolean;
  surrogates: boolean;
}

function push(out: Mapped, s: string, from: number, to: number): void {
  for (let k = 0; k < s.length; k++) pushUnit(out, s.charCodeAt(k), from, to);
}

function pushUnit(out: Mapped, c: number, from: number, to: number): void {
  if (out.n === out.units.length) {
    const u = new Uint16Array(2 * out.n);
    u.set(out.units);
    if (out.units === scratch && u.length <= SCRATCH_MAX) scratch = u;
    out.units = u;
  }
  if (out.n === out.starts.length) {
    const st = new Uint32Array(2 * out.n);
    st.set(out.starts);
    out.starts = st;
    const en = new Uint32Array(2 * out.n);
    en.set(out.ends);
    out.ends = en;
  }
  if (c >= 0xd800 && c <= 0xdfff) out.surrogates = true;
  else if (isLeetUnit(c)) out.leet = true;
  out.units[out.n] = c;
  out.starts[out.n] = from;
  out.ends[out.n] = to;
  out.n++;
}

/** The general loop: clusters, expansions, removals; every output unit gets its original span. */
function normaliseMapped(original: string, i: number, out: Mapped): void {
  const len = original.length;
  while (i < len) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      const next = i + 1 < len ? original.charCodeAt(i + 1) : 0;
      if (next < 0x300 || next > 0x36f) {
        pushUnit(out, code >= 65 && code <= 90 ? code + 32 : code, i, i + 1);
        i++;
        continue;
      }
    } else if ((code < 0xd800 || code > 0xdfff) && (i + 1 === len || !isMarkAt(original, i + 1))) {
      const kind = foldUnit(code);
      if (kind === 3) push(out, foldedString.get(code)!, i, i + 1);
      else pushUnit(out, foldedUnit[code]!, i, i + 1);
      i++;
      continue;
    }
    // A cluster is a base character and the combining marks that follow it.
    const base = String.fromCodePoint(original.codePointAt(i)!);
    let end = i + base.length;
    while (end < len && isMarkAt(original, end)) end += original.codePointAt(end)! > 0xffff ? 2 : 1;
    if (!INVISIBLE.test(base)) push(out, foldCluster(original.slice(i, end)), i, end);
    i = end;
  }
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
  const len = original.length;
  if (scratch.length < len + 16 && len + 16 <= SCRATCH_MAX) scratch = new Uint16Array(SCRATCH_MAX);
  const units = scratch.length >= len + 16 ? scratch : new Uint16Array(len + 16);
  // Fast prefix: every unit folds to exactly one unit in place, so the map is the identity and is not written.
  let lower = true;
  let leet = 0;
  let i = 0;
  for (; i < len; i++) {
    const code = original.charCodeAt(i);
    if (code < 128) {
      units[i] = LOWER_ASCII[code]!;
      leet |= LEET_ASCII[code]!;
      continue;
    }
    // A surrogate, a mark (which may belong to the unit before it) or a unit that grows or vanishes.
    if (code >= 0xd800 && code <= 0xdfff) break;
    const kind = foldUnit(code);
    if (kind === 3) break;
    const unit = foldedUnit[code]!;
    units[i] = unit;
    if (kind === 2) {
      lower = false;
      if (isLeetUnit(unit)) leet = 1;
    } else if (unit === EURO) leet = 1;
  }
  if (i === len) {
    if (leet === 1 && readLeet(units, len)) lower = false;
    // Unchanged but for case: the engine's own lower-casing gives the same string, faster.
    const text = lower ? original.toLowerCase() : unitsToString(units, len, false);
    let s: Uint32Array | undefined;
    let e: Uint32Array | undefined;
    // The identity map, built only when asked for: most comments have no finding to map back.
    return {
      original,
      text,
      get starts() {
        return (s ??= identity(len, 0));
      },
      get ends() {
        return (e ??= identity(len, 1));
      },
    };
  }
  // The unit before the one that stopped the fast prefix may take a combining mark: redo it with the map.
  const from = i > 0 ? i - 1 : 0;
  const out: Mapped = { units, starts: identity(from, 0, len + 16), ends: identity(from, 1, len + 16), n: from, leet: leet === 1, surrogates: false };
  normaliseMapped(original, from, out);
  if (out.leet) readLeet(out.units, out.n);
  return {
    original,
    text: unitsToString(out.units, out.n, out.surrogates),
    starts: out.starts.subarray(0, out.n),
    ends: out.ends.subarray(0, out.n),
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
