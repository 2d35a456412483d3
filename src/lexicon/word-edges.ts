// Which parts of a pattern source surely begin or end with a letter or digit. `{b}` next to such a part
// needs only one of its two look-arounds, and the engine can test a plain character first: the generic
// `{b}` runs two Unicode look-arounds at every position of the comment, for every pattern.

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** `\p{…}` values that only hold letters or digits. */
const WORD_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'N', 'Nd', 'Nl', 'No', 'Letter', 'Number', 'Uppercase_Letter', 'Lowercase_Letter', 'Decimal_Number']);
/** The largest class range checked code point by code point; wider ones count as not surely letters. */
const MAX_RANGE = 4096;
const LIST = /^\{list:([a-z0-9._-]+)\}/;
const QUANTIFIER_BRACES = /^\{(\d+)(,\d*)?\}/;

/** Where a pattern source's escapes, classes and groups are, found in one pass. */
export interface SourceMap {
  readonly source: string;
  /** 1 where the unit is the character after a backslash. */
  readonly escaped: Uint8Array;
  /** 1 inside a character class, its brackets included. */
  readonly inClass: Uint8Array;
  /** For a group's `(` its `)` and back; for a class's `[` its `]` and back; -1 elsewhere. */
  readonly partner: Int32Array;
}

/**
 * Finds escapes, classes and matching parentheses in a pattern source (`u`-flag syntax, macros left in).
 *
 * @example
 * mapSource('(a[)])').partner[0] // 5
 */
export function mapSource(source: string): SourceMap {
  const n = source.length;
  const escaped = new Uint8Array(n);
  const inClass = new Uint8Array(n);
  const partner = new Int32Array(n).fill(-1);
  const open: number[] = [];
  let classStart = -1;
  for (let i = 0; i < n; i++) {
    const c = source[i];
    if (classStart >= 0) inClass[i] = 1;
    if (c === '\\') {
      if (i + 1 < n) {
        escaped[i + 1] = 1;
        if (classStart >= 0) inClass[i + 1] = 1;
      }
      i++;
      continue;
    }
    if (classStart >= 0) {
      if (c === ']') {
        partner[classStart] = i;
        partner[i] = classStart;
        classStart = -1;
      }
      continue;
    }
    if (c === '[') {
      classStart = i;
      inClass[i] = 1;
    } else if (c === '(') open.push(i);
    else if (c === ')') {
      const o = open.pop();
      if (o !== undefined) {
        partner[o] = i;
        partner[i] = o;
      }
    }
  }
  return { source, escaped, inClass, partner };
}

/** Forms of a `{list:ID}`, or undefined when the id is unknown (the caller reports that). */
export type ListForms = (id: string) => readonly string[] | undefined;

const plain = (m: SourceMap, i: number) => i >= 0 && i < m.source.length && m.escaped[i] === 0 && m.inClass[i] === 0;
const isWordCodePoint = (s: string) => WORD_CHAR.test(s);

function propertyIsWord(m: SourceMap, backslash: number): { end: number; word: boolean } | null {
  const s = m.source;
  if ((s[backslash + 1] !== 'p' && s[backslash + 1] !== 'P') || s[backslash + 2] !== '{') return null;
  const close = s.indexOf('}', backslash + 3);
  if (close < 0) return null;
  return { end: close + 1, word: s[backslash + 1] === 'p' && WORD_PROPERTIES.has(s.slice(backslash + 3, close)) };
}

/** True when every character the class `[…]` (open at `open`, close at `close`) can match is a letter or digit. */
function classIsWord(m: SourceMap, open: number, close: number): boolean {
  const s = m.source;
  let i = open + 1;
  if (s[i] === '^' || i >= close) return false;
  let prev: number | null = null;
  while (i < close) {
    if (s[i] === '\\') {
      const prop = propertyIsWord(m, i);
      if (prop) {
        if (!prop.word) return false;
        i = prop.end;
      } else if (s[i + 1] === 'd') i += 2;
      else return false;
      prev = null;
      continue;
    }
    const cp = s.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (ch === '-' && prev !== null && i + 1 < close && s[i + 1] !== '\\') {
      const hi = s.codePointAt(i + 1)!;
      if (hi - prev > MAX_RANGE) return false;
      for (let c = prev; c <= hi; c++) if (!isWordCodePoint(String.fromCodePoint(c))) return false;
      i += 1 + String.fromCodePoint(hi).length;
      prev = null;
      continue;
    }
    if (!isWordCodePoint(ch)) return false;
    prev = cp;
    i += ch.length;
  }
  return true;
}

/** The alternatives `[start, end)` of the group opened at `open`, or null for a look-around. */
function alternatives(m: SourceMap, open: number): [number, number][] | null {
  const s = m.source;
  const close = m.partner[open]!;
  let start = open + 1;
  if (s[open + 1] === '?') {
    if (s[open + 2] === ':') start = open + 3;
    else if (s[open + 2] === '<' && s[open + 3] !== '=' && s[open + 3] !== '!') start = s.indexOf('>', open) + 1;
    else return null;
  }
  const out: [number, number][] = [];
  let from = start;
  for (let i = start; i < close; i++) {
    if (m.escaped[i] === 1 || m.inClass[i] === 1) continue;
    if (s[i] === '(' && m.partner[i]! > i) i = m.partner[i]!;
    else if (s[i] === '|') {
      out.push([from, i]);
      from = i + 1;
    }
  }
  out.push([from, close]);
  return out;
}

/** Smallest repeat count of a quantifier at `i` (1 when there is none) and where it ends. */
function quantifierAt(m: SourceMap, i: number): { min: number; end: number } {
  const s = m.source;
  if (!plain(m, i)) return { min: 1, end: i };
  let min = 1;
  let end = i;
  if (s[i] === '*' || s[i] === '?') [min, end] = [0, i + 1];
  else if (s[i] === '+') end = i + 1;
  else if (s[i] === '{') {
    const q = QUANTIFIER_BRACES.exec(s.slice(i));
    if (q) [min, end] = [Number(q[1]), i + q[0].length];
  }
  if (end > i && s[end] === '?' && plain(m, end)) end++;
  return { min, end };
}

/** One atom at `i`: where it ends (before any quantifier) and whether it surely starts with a letter or digit. */
function atomAt(m: SourceMap, i: number, to: number, lists: ListForms): { end: number; word: boolean; literal: boolean } | null {
  const s = m.source;
  if (i >= to) return null;
  const c = s[i]!;
  if (c === '\\') {
    const prop = propertyIsWord(m, i);
    if (prop) return { end: prop.end, word: prop.word, literal: false };
    return { end: i + 2, word: s[i + 1] === 'd', literal: false };
  }
  if (m.inClass[i] === 1) return c === '[' && m.partner[i]! > i ? { end: m.partner[i]! + 1, word: classIsWord(m, i, m.partner[i]!), literal: false } : null;
  if (c === '(') {
    const close = m.partner[i]!;
    if (close < 0) return null;
    const alts = alternatives(m, i);
    return { end: close + 1, word: alts !== null && alts.every(([a, b]) => startsWithWord(m, a, b, lists)), literal: false };
  }
  if (c === '{') {
    const list = LIST.exec(s.slice(i));
    if (!list) return null;
    const forms = lists(list[1]!);
    const word = forms !== undefined && forms.length > 0 && forms.every((f) => f.length > 0 && isWordCodePoint(String.fromCodePoint(f.codePointAt(0)!)));
    return { end: i + list[0].length, word, literal: false };
  }
  if ('|)^$.*+?'.includes(c)) return null;
  const ch = String.fromCodePoint(s.codePointAt(i)!);
  return { end: i + ch.length, word: isWordCodePoint(ch), literal: true };
}

/**
 * True when every match of the source part `[i, to)` begins by reading a letter or digit (its first atom
 * does, and is not optional, or is optional and so does what follows; look-arounds are stepped over).
 *
 * @example
 * startsWithWord(mapSource('(?:du|ni)\\s'), 0, 11, () => undefined) // true
 */
export function startsWithWord(m: SourceMap, i: number, to: number, lists: ListForms): boolean {
  // A look-around reads nothing: the part after it reads first.
  const close = i < to ? lookAroundEnd(m, i) : null;
  if (close !== null) return close + 1 < to && startsWithWord(m, close + 1, to, lists);
  const atom = atomAt(m, i, to, lists);
  if (atom === null || !atom.word) return false;
  const q = quantifierAt(m, atom.end);
  // An optional part that begins with a letter or digit, followed by a part that surely does ("(?:jag\s)?hoppas").
  return q.min >= 1 || (q.end < to && startsWithWord(m, q.end, to, lists));
}

/** Where the look-around group opening at `i` closes, or null when `i` opens none. */
function lookAroundEnd(m: SourceMap, i: number): number | null {
  const s = m.source;
  if (s[i] !== '(' || m.escaped[i] === 1 || m.inClass[i] === 1 || s[i + 1] !== '?') return null;
  const ahead = s[i + 2] === '=' || s[i + 2] === '!';
  const behind = s[i + 2] === '<' && (s[i + 3] === '=' || s[i + 3] === '!');
  const close = m.partner[i]!;
  // A quantified look-around is not valid with the `u` flag: such a source is left as it was.
  return (ahead || behind) && close > i && quantifierAt(m, close + 1).end === close + 1 ? close : null;
}

/**
 * The single letter or digit at `i` when it is a plain, unrepeated literal (so `{b}` before it can be
 * written after it), else null.
 *
 * @example
 * wordLiteralAt(mapSource('alla'), 0, () => undefined) // 'a'
 */
export function wordLiteralAt(m: SourceMap, i: number, lists: ListForms): string | null {
  const atom = atomAt(m, i, m.source.length, lists);
  if (atom === null || !atom.literal || !atom.word) return null;
  const q = quantifierAt(m, atom.end);
  return q.end === atom.end ? m.source.slice(i, atom.end) : null;
}

/** Where the atom ending at `end` (exclusive) starts, or -1 when it cannot tell. */
function atomStart(m: SourceMap, end: number, from: number): number {
  const s = m.source;
  const last = end - 1;
  if (last < from) return -1;
  if (m.escaped[last] === 1) return last - 1 >= from ? last - 1 : -1;
  const c = s[last]!;
  if ((c === ']' || c === ')') && m.partner[last]! >= from && m.partner[last]! < last) return m.partner[last]!;
  if (m.inClass[last] === 1) return -1;
  if (c === '}') {
    const open = s.lastIndexOf('{', last);
    if (open < from) return -1;
    // `\p{L}` is one atom with its backslash; `{list:ID}` and `{b}` are macros.
    return open >= 2 && s[open - 2] === '\\' && (s[open - 1] === 'p' || s[open - 1] === 'P') && m.escaped[open - 1] === 1 ? open - 2 : open;
  }
  // An opening parenthesis, a bar or an anchor ends no atom: nothing is read just before here.
  if ('(|^$'.includes(c)) return -1;
  const code = s.charCodeAt(last);
  if (code >= 0xdc00 && code <= 0xdfff && last - 1 >= from) {
    const high = s.charCodeAt(last - 1);
    if (high >= 0xd800 && high <= 0xdbff) return last - 1;
  }
  return last;
}

/** The quantifier that ends at `end` (exclusive): its smallest count and where it starts; null if none. */
function quantifierEndingAt(m: SourceMap, end: number, from: number): { min: number; start: number } | null {
  const s = m.source;
  const last = end - 1;
  if (last < from || !plain(m, last)) return null;
  const c = s[last]!;
  if (c === '*' || c === '?') return { min: 0, start: last };
  if (c === '+') return { min: 1, start: last };
  if (c !== '}') return null;
  const open = s.lastIndexOf('{', last);
  const q = open >= from ? QUANTIFIER_BRACES.exec(s.slice(open, end)) : null;
  return q && q[0].length === end - open ? { min: Number(q[1]), start: open } : null;
}

/**
 * True when every match of the source part `[from, end)` ends by reading a letter or digit (its last atom
 * does, and is not optional).
 *
 * @example
 * endsWithWord(mapSource('(?:du|ni)'), 0, 9, () => undefined) // true
 */
export function endsWithWord(m: SourceMap, from: number, end: number, lists: ListForms): boolean {
  const s = m.source;
  let e = end;
  // A quantifier at the end (a lazy `?` after one counts as part of it): only `+` and `{n,…}` with n ≥ 1
  // keep "ends with a letter or digit".
  let q = quantifierEndingAt(m, e, from);
  if (q && s[e - 1] === '?') q = quantifierEndingAt(m, e - 1, from) ?? q;
  if (q) {
    if (q.min === 0) return false;
    e = q.start;
  }
  const start = atomStart(m, e, from);
  if (start < 0) return false;
  const c = s[start]!;
  if (c === '\\') {
    const prop = propertyIsWord(m, start);
    if (prop) return prop.end === e && prop.word;
    return e === start + 2 && s[start + 1] === 'd';
  }
  if (c === '[' && m.inClass[start] === 1) return classIsWord(m, start, e - 1);
  if (c === '(' && plain(m, start) && s[e - 1] === ')' && m.partner[e - 1] === start) {
    const alts = alternatives(m, start);
    return alts !== null && alts.every(([a, b]) => endsWithWord(m, a, b, lists));
  }
  if (c === '{') {
    const list = LIST.exec(s.slice(start, e));
    const forms = list && list[0].length === e - start ? lists(list[1]!) : undefined;
    return forms !== undefined && forms.length > 0 && forms.every((f) => f.length > 0 && isWordCodePoint([...f].at(-1)!));
  }
  if (!plain(m, start) || '|()^$.*+?{}[]'.includes(c)) return false;
  return isWordCodePoint(s.slice(start, e));
}
