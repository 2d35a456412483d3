import { RulesetError } from '../errors.js';
import type { Lexicon, PatternFile } from './schema.js';

/**
 * A static check that a rule pattern cannot backtrack catastrophically (ReDoS), run by `defineRuleset`.
 *
 * JavaScript's regular expressions backtrack: a pattern that can match the same text in many ways takes
 * exponential or high-polynomial time on a near miss. This module parses a pattern's source (JavaScript
 * syntax with the `u` flag, plus moderera's `{b}` and `{list:ID}` macros) and refuses:
 *
 * - backreferences (`\1`, `\k<name>`): they make matching NP-hard in general;
 * - quantified lookarounds and boundaries (`(?=a)+`, `{b}*`), and lookarounds that scan long runs
 *   (`(?=.*x)` re-scans the rest of the comment at every position);
 * - repeats whose body can match nothing (`(a*)*`, `(?:a?)+`) and parts that can match nothing in two ways;
 * - exponential ambiguity (EDA): a repeated part that can match the same text in two ways — nested
 *   quantifiers `(a+)+`, overlapping alternatives `(a|a)*`, `(?:\p{L}+ ?)+`;
 * - polynomial ambiguity (IDA): two repeats in a row that can read the same characters with nothing
 *   between them that only one can read — `\p{L}+\p{L}+`, `.*x.*`;
 * - an unbounded repeat that a match can enter from every position inside a long run of its own
 *   characters (`\d+ kr`, `.*x`): unless it ends the pattern, something before it must pin where it starts
 *   — `{b}` for a repeat of letters or digits, `^`, or a character the repeat cannot read.
 *
 * The ambiguity checks run on a Glushkov automaton (one state per character position, one edge id per
 * loop so that `(a+)+`'s two loops stay apart) by searching the product automaton, as in Weideman et al.,
 * "Analyzing matching time behavior of backtracking regular expression matchers" (2016). Character
 * classes are compared on a sample of the Unicode range (Latin, Greek, Cyrillic, punctuation, symbols,
 * CJK, emoji and more) by running the class itself, so `\p{L}`, `[^.]` and `ä` compare as the engine sees them.
 *
 * Written here rather than taken from npm: `safe-regex2` only counts star height (it misses `(a|a)*` and
 * `\p{L}+\p{L}+`, and refuses the safe `(?:\p{L}+ ){0,3}`); `recheck` needs a worker thread or a native
 * binary to answer synchronously in Node and a large Scala.js bundle in browsers, while `defineRuleset`
 * is synchronous and runs in both.
 */

/** What is wrong with a pattern, where, and what to write instead. */
export interface PatternProblem {
  readonly kind:
    | 'syntax'
    | 'unknown-list'
    | 'backreference'
    | 'quantified-assertion'
    | 'long-lookaround'
    | 'empty-repeat'
    | 'ambiguous-empty'
    | 'exponential'
    | 'polynomial'
    | 'unanchored-repeat'
    | 'too-complex';
  /** The part of the pattern source that causes it. */
  readonly at: string;
  /** Why it is unsafe and what to change, in one or two sentences. */
  readonly message: string;
}

export interface PatternSafetyOptions {
  /** Forms of each lexicon a `{list:ID}` may name (lower-case); without it lists count as any words. */
  readonly lists?: ReadonlyMap<string, readonly string[]>;
}

/** Repeats allowing more than this many iterations count as unbounded. */
export const LONG_REPEAT = 100;
/** Lookarounds run at every position: repeats inside them may allow at most this many iterations. */
export const LOOKAROUND_REPEAT = 20;
/** Work budget of the ambiguity search, in product states; a pattern above it is refused as too complex. */
const SEARCH_BUDGET = 2_000_000;

// ---------------------------------------------------------------------------------------------------
// Character sets, compared on a sample of code points.

/** Code points classes are compared on: every one up to U+017F, then every third of many blocks. */
const SAMPLE_RANGES: readonly (readonly [number, number, number])[] = [
  [0x00, 0x17f, 1], [0x180, 0x2ff, 3], [0x300, 0x36f, 3], [0x370, 0x52f, 3], [0x590, 0x6ff, 3], [0x900, 0x97f, 3],
  [0xe00, 0xe7f, 3], [0x10a0, 0x10ff, 3], [0x1d00, 0x1dbf, 3], [0x1e00, 0x1fff, 3], [0x2000, 0x206f, 1],
  [0x2070, 0x215f, 3], [0x2190, 0x27bf, 5], [0x2c60, 0x2c7f, 3], [0x3000, 0x303f, 1], [0x3040, 0x30ff, 5],
  [0x3400, 0x341f, 5], [0x4e00, 0x4e7f, 5], [0xa720, 0xa7ff, 5], [0xac00, 0xac3f, 5], [0xd7f0, 0xd7ff, 5],
  [0xe000, 0xe00f, 5], [0xfb00, 0xfb4f, 3], [0xfe00, 0xfe0f, 1], [0xfe10, 0xfe6f, 3], [0xfeff, 0xfeff, 1],
  [0xff00, 0xffef, 3], [0xfff0, 0xfffd, 1], [0x10000, 0x1003f, 5], [0x1d400, 0x1d4ff, 5], [0x1f000, 0x1f02f, 5],
  [0x1f300, 0x1f6ff, 5], [0x1f900, 0x1f9ff, 5], [0x20000, 0x2001f, 5], [0xe0000, 0xe007f, 5], [0xf0000, 0xf000f, 5],
  [0x10fff0, 0x10ffff, 5],
];
const SAMPLE: readonly number[] = SAMPLE_RANGES.flatMap(([a, b, step]) => Array.from({ length: Math.floor((b - a) / step) + 1 }, (_, i) => a + i * step));
const SAMPLE_INDEX = new Map(SAMPLE.map((cp, i) => [cp, i]));
const WORDS = Math.ceil(SAMPLE.length / 32);

/** A set of characters: a bitset over the sample, plus literal code points outside it. */
interface CharSet {
  readonly bits: Uint32Array;
  readonly extra: readonly number[];
  /** Single character, when the set is one literal. */
  readonly cp?: number;
  has(cp: number): boolean;
}

const EMPTY: CharSet = { bits: new Uint32Array(WORDS), extra: [], has: () => false };

const singleCache = new Map<number, CharSet>();

/** The set of exactly these code points (one-character sets are shared: patterns hold thousands). */
function literalSet(cps: Iterable<number>): CharSet {
  const set = new Set(cps);
  if (set.size === 1) {
    const cp = [...set][0]!;
    let single = singleCache.get(cp);
    if (!single) {
      single = makeLiteralSet(set);
      if (singleCache.size >= CLASS_CACHE_LIMIT) singleCache.clear();
      singleCache.set(cp, single);
    }
    return single;
  }
  return makeLiteralSet(set);
}

function makeLiteralSet(set: ReadonlySet<number>): CharSet {
  const bits = new Uint32Array(WORDS);
  const extra: number[] = [];
  for (const cp of set) {
    const i = SAMPLE_INDEX.get(cp);
    if (i === undefined) extra.push(cp);
    else bits[i >>> 5]! |= 1 << (i & 31);
  }
  const only = set.size === 1 ? [...set][0] : undefined;
  return { bits, extra, ...(only === undefined ? {} : { cp: only }), has: (cp) => set.has(cp) };
}

/** Bounded: a ruleset with endless distinct classes must not grow memory without end. */
const classCache = new Map<string, CharSet>();
const CLASS_CACHE_LIMIT = 2048;

/** The set of characters a one-character atom (`\p{L}`, `[^a-z]`, `.`, `\s`) matches, with flag `u`. */
function classSet(src: string): CharSet {
  const cached = classCache.get(src);
  if (cached) return cached;
  const re = new RegExp(`^(?:${src})$`, 'u');
  const bits = new Uint32Array(WORDS);
  for (let i = 0; i < SAMPLE.length; i++) if (re.test(String.fromCodePoint(SAMPLE[i]!))) bits[i >>> 5]! |= 1 << (i & 31);
  // Characters the class names (literals, range ends, escapes) count exactly, sampled or not.
  const extra: number[] = [];
  for (const m of src.matchAll(/\\u\{([0-9a-fA-F]+)\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})|\\[pPdDwWsS](?:\{[^}]*\})?|\\(.)|(.)/gsu)) {
    const hex = m[1] ?? m[2] ?? m[3];
    const ch = hex !== undefined ? String.fromCodePoint(Number.parseInt(hex, 16)) : (m[4] ?? m[5]);
    if (ch === undefined) continue;
    const cp = ch.codePointAt(0)!;
    if (!SAMPLE_INDEX.has(cp) && !extra.includes(cp) && re.test(ch)) extra.push(cp);
  }
  const set: CharSet = { bits, extra, has: (cp) => re.test(String.fromCodePoint(cp)) };
  if (classCache.size >= CLASS_CACHE_LIMIT) classCache.clear();
  classCache.set(src, set);
  return set;
}

const listSets = new WeakMap<readonly string[], CharSet>();

/** Every character of a word list, cached per list. */
function listSet(words: readonly string[]): CharSet {
  let set = listSets.get(words);
  if (!set) {
    const cps = new Set<number>();
    for (const w of words) for (const ch of w) cps.add(ch.codePointAt(0)!);
    set = literalSet(cps);
    listSets.set(words, set);
  }
  return set;
}

function union(a: CharSet, b: CharSet): CharSet {
  if (a === EMPTY) return b;
  if (b === EMPTY) return a;
  const bits = new Uint32Array(WORDS);
  for (let i = 0; i < WORDS; i++) bits[i] = a.bits[i]! | b.bits[i]!;
  return { bits, extra: [...a.extra, ...b.extra], has: (cp) => a.has(cp) || b.has(cp) };
}

function overlaps(a: CharSet, b: CharSet, c?: CharSet): boolean {
  if (a.cp !== undefined) return b.has(a.cp) && (c === undefined || c.has(a.cp));
  if (b.cp !== undefined) return a.has(b.cp) && (c === undefined || c.has(b.cp));
  if (c?.cp !== undefined) return a.has(c.cp) && b.has(c.cp);
  for (let i = 0; i < WORDS; i++) if ((a.bits[i]! & b.bits[i]! & (c ? c.bits[i]! : -1)) !== 0) return true;
  const all = c ? [a, b, c] : [a, b];
  return all.some((s) => s.extra.some((cp) => all.every((t) => t.has(cp))));
}

function subset(a: CharSet, b: CharSet): boolean {
  for (let i = 0; i < WORDS; i++) if ((a.bits[i]! & ~b.bits[i]!) !== 0) return false;
  return a.extra.every((cp) => b.has(cp));
}

// ---------------------------------------------------------------------------------------------------
// Parsing: JavaScript regular-expression syntax (flag `u`) with moderera's macros.

type Node =
  | { readonly kind: 'char'; readonly set: CharSet; readonly src: string }
  | { readonly kind: 'list'; readonly id: string; readonly words: readonly string[] | null; readonly set: CharSet; readonly src: string }
  | { readonly kind: 'seq'; readonly items: readonly Node[]; readonly src: string }
  | { readonly kind: 'alt'; readonly alts: readonly Node[]; readonly src: string }
  | { readonly kind: 'look'; readonly behind: boolean; readonly negative: boolean; readonly body: Node; readonly src: string }
  | { readonly kind: 'assert'; readonly what: '^' | '$' | 'b' | 'B' | 'wb'; readonly src: string }
  | { readonly kind: 'repeat'; readonly body: Node; readonly min: number; readonly max: number; readonly src: string }
  | { readonly kind: 'backref'; readonly src: string };

/** What `{list:ID}` may read when the lists are not known: words of letters, digits, spaces, hyphens. */
const ANY_WORDS = '[\\p{L}\\p{N}\\s\'-]';
const WORD_CHARS = '[\\p{L}\\p{N}]';
/** `{b}` as `compilePatterns` expands it; used here only to check syntax. */
const WORD_BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const MACRO = /\{(b|list:[a-z0-9._-]+)\}/g;

class Parser {
  private pos = 0;
  readonly problems: PatternProblem[] = [];

  constructor(
    private readonly src: string,
    private readonly lists: ReadonlyMap<string, readonly string[]> | undefined,
  ) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.pos < this.src.length) throw new SyntaxError(`unexpected "${this.src[this.pos]}" at ${this.pos}`);
    return node;
  }

  private disjunction(): Node {
    const start = this.pos;
    const alts = [this.alternative()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0]! : { kind: 'alt', alts, src: this.src.slice(start, this.pos) };
  }

  private alternative(): Node {
    const start = this.pos;
    const items: Node[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const term = this.term();
      // A group of one alternative is plain concatenation: flatten so neighbours see each other.
      if (term.kind === 'seq') items.push(...term.items);
      else items.push(term);
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items, src: this.src.slice(start, this.pos) };
  }

  private term(): Node {
    const start = this.pos;
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    const src = this.src.slice(start, this.pos);
    if (atom.kind === 'look' || atom.kind === 'assert') {
      this.problems.push({ kind: 'quantified-assertion', at: src, message: `"${src}" repeats an assertion, which matches no text. Remove the quantifier.` });
    }
    return { kind: 'repeat', body: atom, min: q.min, max: q.max, src };
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.src[this.pos];
    let q: { min: number; max: number } | null = null;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q) this.pos++;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos, this.pos + 24));
      if (!m) return null;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
      this.pos += m[0].length;
    } else return null;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same worst case as greedy
    return q;
  }

  private atom(): Node {
    const start = this.pos;
    const c = this.src[this.pos]!;
    if (c === '^' || c === '$') {
      this.pos++;
      return { kind: 'assert', what: c, src: c };
    }
    if (this.src.startsWith('{b}', this.pos)) {
      this.pos += 3;
      return { kind: 'assert', what: 'wb', src: '{b}' };
    }
    if (this.src.startsWith('{list:', this.pos)) {
      const end = this.src.indexOf('}', this.pos);
      const id = this.src.slice(this.pos + 6, end);
      this.pos = end + 1;
      const src = this.src.slice(start, this.pos);
      let words: readonly string[] | null = null;
      if (this.lists) {
        words = this.lists.get(id) ?? null;
        if (!words) this.problems.push({ kind: 'unknown-list', at: src, message: `${src} names no lexicon of this ruleset. Add a lexicon with id "${id}" or fix the id.` });
      }
      const set = words ? listSet(words) : classSet(ANY_WORDS);
      return { kind: 'list', id, words, set, src };
    }
    if (c === '(') return this.group();
    if (c === '[') {
      this.pos++;
      if (this.src[this.pos] === '^') this.pos++;
      while (this.pos < this.src.length && this.src[this.pos] !== ']') this.pos += this.src[this.pos] === '\\' ? 2 : 1;
      this.pos++;
      const src = this.src.slice(start, this.pos);
      return { kind: 'char', set: classSet(src), src };
    }
    if (c === '.') {
      this.pos++;
      return { kind: 'char', set: classSet('.'), src: '.' };
    }
    if (c === '\\') return this.escape();
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') {
      throw new SyntaxError(`unexpected "${c}" at ${this.pos}`);
    }
    const cp = this.src.codePointAt(this.pos)!;
    this.pos += cp > 0xffff ? 2 : 1;
    return { kind: 'char', set: literalSet([cp]), src: String.fromCodePoint(cp) };
  }

  private group(): Node {
    const start = this.pos;
    let look: { behind: boolean; negative: boolean } | null = null;
    if (this.src.startsWith('(?:', this.pos)) this.pos += 3;
    else if (this.src.startsWith('(?=', this.pos) || this.src.startsWith('(?!', this.pos)) {
      look = { behind: false, negative: this.src[this.pos + 2] === '!' };
      this.pos += 3;
    } else if (this.src.startsWith('(?<=', this.pos) || this.src.startsWith('(?<!', this.pos)) {
      look = { behind: true, negative: this.src[this.pos + 3] === '!' };
      this.pos += 4;
    } else if (this.src.startsWith('(?<', this.pos)) this.pos = this.src.indexOf('>', this.pos) + 1;
    else if (this.src.startsWith('(?', this.pos)) throw new SyntaxError(`unsupported group at ${this.pos}`);
    else this.pos++;
    const body = this.disjunction();
    if (this.src[this.pos] !== ')') throw new SyntaxError(`unclosed group at ${start}`);
    this.pos++;
    const src = this.src.slice(start, this.pos);
    if (look) return { kind: 'look', ...look, body, src };
    return body.kind === 'seq' || body.kind === 'alt' ? { ...body, src } : body;
  }

  private escape(): Node {
    const start = this.pos;
    const c = this.src[this.pos + 1]!;
    this.pos += 2;
    if (c === 'b' || c === 'B') return { kind: 'assert', what: c, src: `\\${c}` };
    if (c === 'k' || (c >= '1' && c <= '9')) {
      if (c === 'k') this.pos = this.src.indexOf('>', this.pos) + 1;
      else while (/\d/.test(this.src[this.pos] ?? '')) this.pos++;
      const src = this.src.slice(start, this.pos);
      this.problems.push({ kind: 'backreference', at: src, message: `"${src}" is a backreference, which can make matching take exponential time. Write the alternatives out instead.` });
      return { kind: 'backref', src };
    }
    if ((c === 'p' || c === 'P') && this.src[this.pos] === '{') this.pos = this.src.indexOf('}', this.pos) + 1;
    else if (c === 'u' && this.src[this.pos] === '{') this.pos = this.src.indexOf('}', this.pos) + 1;
    else if (c === 'u') {
      this.pos += 4;
      // A surrogate pair written as two escapes is one character under the `u` flag.
      const lead = Number.parseInt(this.src.slice(start + 2, start + 6), 16);
      const trail = /^\\u([0-9a-fA-F]{4})/.exec(this.src.slice(this.pos, this.pos + 6));
      if (lead >= 0xd800 && lead <= 0xdbff && trail && Number.parseInt(trail[1]!, 16) >= 0xdc00 && Number.parseInt(trail[1]!, 16) <= 0xdfff) this.pos += 6;
    } else if (c === 'x') this.pos += 2;
    else if (c === 'c') this.pos += 1;
    const src = this.src.slice(start, this.pos);
    if (/^[dDwWsSpPuxcfnrtv0]$/.test(c)) return { kind: 'char', set: classSet(src), src };
    const cp = this.src.codePointAt(start + 1)!;
    if (cp > 0xffff) this.pos++;
    return { kind: 'char', set: literalSet([cp]), src: this.src.slice(start, this.pos) };
  }
}

// ---------------------------------------------------------------------------------------------------
// Properties of the syntax tree.

const memo = <T>(f: (n: Node) => T) => {
  const cache = new WeakMap<Node, T>();
  return (n: Node): T => {
    let v = cache.get(n);
    if (v === undefined) {
      v = f(n);
      cache.set(n, v);
    }
    return v;
  };
};

const nullable = memo((n): boolean => {
  switch (n.kind) {
    case 'char':
    case 'list':
      return false;
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
    case 'repeat':
      return n.min === 0 || nullable(n.body);
    default:
      return true;
  }
});

/** Every character a node can consume (lookarounds consume none). */
const chars = memo((n): CharSet => {
  switch (n.kind) {
    case 'char':
    case 'list':
      return n.set;
    case 'seq':
      return n.items.map(chars).reduce(union, EMPTY);
    case 'alt':
      return n.alts.map(chars).reduce(union, EMPTY);
    case 'repeat':
      return n.max === 0 ? EMPTY : chars(n.body);
    default:
      return EMPTY;
  }
});

/** True when the node holds an assertion or lookaround, which can fail without reading anything. */
const asserts = memo((n): boolean => {
  switch (n.kind) {
    case 'seq':
      return n.items.some(asserts);
    case 'alt':
      return n.alts.some(asserts);
    case 'repeat':
      return asserts(n.body);
    case 'look':
    case 'assert':
    case 'backref':
      return true;
    default:
      return false;
  }
});

/** True when the node reads nothing: assertions and lookarounds only. */
const onlyAssertions = (n: Node): boolean =>
  n.kind === 'assert' || n.kind === 'look' || (n.kind === 'seq' && n.items.every(onlyAssertions)) || (n.kind === 'alt' && n.alts.every(onlyAssertions));

/** In how many ways the node can match the empty string (2 means "more than one"). */
const emptyWays = memo((n): number => {
  switch (n.kind) {
    case 'char':
    case 'list':
      return 0;
    case 'seq':
      return Math.min(2, n.items.reduce((w, i) => w * emptyWays(i), 1));
    case 'alt':
      // Alternatives of assertions only (an expanded {b}) test the same position: one way to match nothing.
      if (n.alts.every(onlyAssertions)) return 1;
      return Math.min(2, n.alts.reduce((w, a) => w + emptyWays(a), 0));
    case 'repeat':
      return n.min === 0 ? Math.min(2, 1 + (n.max >= 1 ? emptyWays(n.body) : 0)) : emptyWays(n.body);
    default:
      return 1;
  }
});

const isUnbounded = (n: Extract<Node, { kind: 'repeat' }>) => n.max > LONG_REPEAT && n.max > n.min;

const listAnchorCache = new WeakMap<readonly string[], Map<CharSet, boolean>>();

/** True when every word of the list has a character outside `c`; cached per list and set. */
function listAnchors(words: readonly string[], c: CharSet): boolean {
  let bySet = listAnchorCache.get(words);
  if (!bySet) listAnchorCache.set(words, (bySet = new Map()));
  let v = bySet.get(c);
  if (v === undefined) {
    v = words.every((w) => [...w].some((ch) => !c.has(ch.codePointAt(0)!)));
    bySet.set(c, v);
  }
  return v;
}

/**
 * True when every match of `n` pins where a run of `c` characters can start: it reads a character outside
 * `c`, or asserts a boundary that cannot hold inside such a run.
 */
function anchors(n: Node, c: CharSet): boolean {
  switch (n.kind) {
    case 'char':
      return !overlaps(n.set, c);
    case 'list':
      return n.words ? listAnchors(n.words, c) : false;
    case 'seq':
      return n.items.some((i) => anchors(i, c));
    case 'alt':
      return n.alts.every((a) => anchors(a, c));
    case 'repeat':
      return n.min >= 1 && anchors(n.body, c);
    case 'assert':
      if (n.what === '^') return true;
      if (n.what === 'wb') return subset(c, classSet(WORD_CHARS));
      if (n.what === 'b') return subset(c, classSet('\\w'));
      return false;
    case 'look':
      // (?<!S) or (?!S) with every character of c in S, or (?<=S) or (?=S) with none: no run of c around here.
      if (n.body.kind !== 'char') return false;
      return n.negative ? subset(c, n.body.set) : !overlaps(n.body.set, c);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Structural checks (walk with the parts that come before and after each node).

/** A place in a sequence: the parts before `at` come before a node, those after it follow. */
interface Place {
  readonly items: readonly Node[];
  readonly at: number;
}

interface Context {
  readonly places: readonly Place[];
  /** Inside a repeat that must run at least twice: later iterations come after this node. */
  readonly mustRepeat: boolean;
  /** Inside a repeat that may run twice or more, where two ways to match nothing multiply. */
  readonly inLoop: boolean;
  readonly inLook: boolean;
}

/** Leaves hold nothing to check; skipping them keeps the walk linear on long sequences. */
const isLeaf = (n: Node) => n.kind === 'char' || n.kind === 'list' || n.kind === 'assert' || n.kind === 'backref';

function structural(root: Node, problems: PatternProblem[]): void {
  const walk = (n: Node, ctx: Context): void => {
    switch (n.kind) {
      case 'seq':
        n.items.forEach((item, at) => isLeaf(item) || walk(item, { ...ctx, places: [...ctx.places, { items: n.items, at }] }));
        return;
      case 'alt':
        if (emptyWays(n) > 1 && ctx.inLoop && !ctx.inLook) {
          problems.push({ kind: 'ambiguous-empty', at: n.src, message: `"${n.src}" can match nothing in more than one way, so a repeat around it backtracks needlessly. Keep at most one alternative that can be empty (or drop a redundant "?").` });
        }
        for (const a of n.alts) if (!isLeaf(a)) walk(a, ctx);
        return;
      case 'look':
        walk(n.body, { ...ctx, inLook: true });
        return;
      case 'repeat': {
        if (ctx.inLook && n.max > LOOKAROUND_REPEAT && n.max > n.min) {
          problems.push({ kind: 'long-lookaround', at: n.src, message: `"${n.src}" sits in a lookaround, which runs at every position, so it re-scans the text each time. Bound it to at most {0,${LOOKAROUND_REPEAT}} or move it out of the lookaround.` });
        } else if (n.max >= 2 && nullable(n.body)) {
          problems.push({ kind: 'empty-repeat', at: n.src, message: `"${n.src}" repeats a part that can match nothing (as in (a*)* or (?:a?)+). Make the repeated part read at least one character.` });
        } else if (n.max <= 1 && emptyWays(n) > 1 && ctx.inLoop) {
          problems.push({ kind: 'ambiguous-empty', at: n.src, message: `"${n.src}" makes optional a part that is already optional. Drop one of the quantifiers.` });
        } else if (!ctx.inLook && isUnbounded(n)) {
          const following = (p: Place) => p.items.slice(p.at + 1);
          const tail = !ctx.mustRepeat && ctx.places.every((p) => following(p).every((x) => nullable(x) && !asserts(x)));
          const c = chars(n);
          if (!tail && !ctx.places.some((p) => p.items.slice(0, p.at).some((x) => anchors(x, c)))) {
            problems.push({
              kind: 'unanchored-repeat',
              at: n.src,
              message: `"${n.src}" is unbounded and nothing before it pins where it starts, so on a long run of the characters it reads it is tried from every position (quadratic time). Put {b} (for letters or digits), a character it cannot read, or ^ before it, or bound it, e.g. {1,${LONG_REPEAT}}.`,
            });
          }
        }
        if (!isLeaf(n.body)) walk(n.body, { ...ctx, mustRepeat: ctx.mustRepeat || n.min >= 2, inLoop: ctx.inLoop || n.max >= 2 });
        return;
      }
      default:
        return;
    }
  };
  if (!isLeaf(root)) walk(root, { places: [], mustRepeat: false, inLoop: false, inLook: false });
}

// ---------------------------------------------------------------------------------------------------
// Ambiguity: a Glushkov automaton with one edge id per loop, searched in its product with itself.

interface Position {
  readonly set: CharSet;
  readonly src: string;
  /** Sources of the repeats (max ≥ 2) around this position, outermost first. */
  readonly loops: readonly string[];
}
interface Edge {
  readonly to: number;
  /** 0 for concatenation, otherwise the id of the loop that makes this edge. */
  readonly id: number;
}
interface Built {
  readonly first: readonly number[];
  readonly last: readonly number[];
  readonly nullable: boolean;
}

class Automaton {
  readonly positions: Position[] = [];
  readonly out: Edge[][] = [];
  private readonly seen = new Set<string>();
  private nextLoop = 1;

  build(n: Node, loops: readonly string[] = []): Built {
    switch (n.kind) {
      case 'char':
        return this.leaf(n.set, n.src, loops);
      case 'list': {
        if (!n.words || loops.length === 0) return this.leaf(n.set, n.src, loops);
        // Inside a repeat the words matter: a trie of positions keeps "fan" and "fan ta" apart.
        return this.trie(n.words.map((w) => [...w].map((ch) => ({ key: ch, set: literalSet([ch.codePointAt(0)!]) }))), n.src, loops);
      }
      case 'seq': {
        let acc: Built = { first: [], last: [], nullable: true };
        for (const item of n.items) {
          const b = this.build(item, loops);
          for (const l of acc.last) for (const f of b.first) this.edge(l, f, 0);
          acc = {
            first: acc.nullable ? [...acc.first, ...b.first] : acc.first,
            last: b.nullable ? [...acc.last, ...b.last] : b.last,
            nullable: acc.nullable && b.nullable,
          };
        }
        return acc;
      }
      case 'alt': {
        // Alternatives of plain characters ("bra|billig|billigt|alla\\ssorters") share their prefixes:
        // left-factored they match the same texts in the same number of ways, with far fewer positions.
        const words = n.alts.map((a) => (a.kind === 'char' ? [a] : a.kind === 'seq' && a.items.every((i) => i.kind === 'char') ? a.items : null));
        if (words.every((w) => w !== null)) {
          const keyed = words.map((w) => (w as Extract<Node, { kind: 'char' }>[]).map((c) => ({ key: c.src, set: c.set })));
          if (new Set(keyed.map((w) => w.map((c) => c.key).join('\u0000'))).size === keyed.length) return this.trie(keyed, n.src, loops);
        }
        const parts = n.alts.map((a) => this.build(a, loops));
        return { first: parts.flatMap((p) => p.first), last: parts.flatMap((p) => p.last), nullable: parts.some((p) => p.nullable) };
      }
      case 'repeat': {
        if (n.max === 0) return { first: [], last: [], nullable: true };
        if (n.max === 1) {
          const b = this.build(n.body, loops);
          return { ...b, nullable: b.nullable || n.min === 0 };
        }
        if (n.min === n.max) {
          // A fixed count: a few copies in a row show every loop the copies make together.
          const copies = Math.min(n.min, 3);
          return this.build({ kind: 'seq', items: Array.from({ length: copies }, () => n.body), src: n.src }, loops);
        }
        const inner = [...loops, n.src];
        const b = this.build(n.body, inner);
        const id = this.nextLoop++;
        for (const l of b.last) for (const f of b.first) this.edge(l, f, id);
        return { ...b, nullable: b.nullable || n.min === 0 };
      }
      default:
        return { first: [], last: [], nullable: true };
    }
  }

  /** Words of characters as a trie of positions (shared prefixes merged); words must be distinct. */
  private trie(words: readonly (readonly { key: string; set: CharSet }[])[], src: string, loops: readonly string[]): Built {
    const first: number[] = [];
    const last = new Set<number>();
    const children = new Map<string, number>();
    for (const word of words) {
      let prev = -1;
      for (const ch of word) {
        const key = `${prev}\u0000${ch.key}`;
        let pos = children.get(key);
        if (pos === undefined) {
          pos = this.leaf(ch.set, src, loops).first[0]!;
          children.set(key, pos);
          if (prev < 0) first.push(pos);
          else this.edge(prev, pos, 0);
        }
        prev = pos;
      }
      if (prev >= 0) last.add(prev);
    }
    return { first, last: [...last], nullable: false };
  }

  private leaf(set: CharSet, src: string, loops: readonly string[]): Built {
    const p = this.positions.length;
    this.positions.push({ set, src, loops });
    this.out.push([]);
    return { first: [p], last: [p], nullable: false };
  }

  private edge(from: number, to: number, id: number): void {
    const key = `${from}>${to}#${id}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out[from]!.push({ to, id });
  }

  /** Component index of each position on a cycle (strongly connected, with an edge inside); -1 otherwise. */
  cycles(): Int32Array {
    const adj = this.out.map((edges) => edges.map((e) => e.to));
    const comp = components(adj);
    const size = new Map<number, number>();
    for (const c of comp) size.set(c, (size.get(c) ?? 0) + 1);
    return comp.map((c, v) => (size.get(c)! > 1 || adj[v]!.includes(v) ? c : -1));
  }
}

/** Strongly connected components (Tarjan, iterative: word-list tries make deep graphs); an index per node. */
function components(adj: readonly (readonly number[])[]): Int32Array {
  const n = adj.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const v = top[0];
      const edges = adj[v]!;
      if (top[1] < edges.length) {
        const w = edges[top[1]++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          comp[w] = comps;
        } while (w !== v);
        comps++;
      }
    }
  }
  return comp;
}

/** Thrown inside the search when it runs out of budget. */
class TooComplex extends Error {}

class Budget {
  used = 0;
  spend(): void {
    if (++this.used > SEARCH_BUDGET) throw new TooComplex();
  }
}

/**
 * Exponential ambiguity: two different paths from some position back to itself that read the same text.
 * In the product of a loop component with itself (unordered pairs of positions stepping on a common
 * character), that is a strongly connected part holding a diagonal pair (q, q) and an edge where the two
 * paths differ (different positions, or parallel edges of different loops as in `(a+)+`).
 * Returns such a position, or -1.
 */
function exponential(a: Automaton, comp: Int32Array, budget: Budget): number {
  const n = a.positions.length;
  const byComp = new Map<number, number[]>();
  comp.forEach((c, v) => c >= 0 && byComp.set(c, [...(byComp.get(c) ?? []), v]));
  for (const [c, members] of byComp) {
    const ids = new Map<number, number>();
    const states: [number, number][] = [];
    const adj: number[][] = [];
    const divergent: [number, number][] = [];
    const state = (x: number, y: number): number => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      const key = lo * n + hi;
      let s = ids.get(key);
      if (s === undefined) {
        budget.spend();
        s = states.length;
        ids.set(key, s);
        states.push([lo, hi]);
        adj.push([]);
      }
      return s;
    };
    for (const q of members) state(q, q);
    for (let s = 0; s < states.length; s++) {
      const [x, y] = states[s]!;
      for (const e1 of a.out[x]!) {
        if (comp[e1.to] !== c) continue;
        for (const e2 of a.out[y]!) {
          if (comp[e2.to] !== c || !overlaps(a.positions[e1.to]!.set, a.positions[e2.to]!.set)) continue;
          const t = state(e1.to, e2.to);
          adj[s]!.push(t);
          if (e1.to !== e2.to || e1.id !== e2.id) divergent.push([s, t]);
        }
      }
    }
    if (divergent.length === 0) continue;
    const pc = components(adj);
    const diagonal = new Set<number>();
    states.forEach(([x, y], s) => x === y && diagonal.add(pc[s]!));
    for (const [s, t] of divergent) if (pc[s] === pc[t] && diagonal.has(pc[s]!)) return states[s]![0];
  }
  return -1;
}

/** Polynomial ambiguity: `p` loops on some text, reads it on the way to `q`, and `q` loops on it too. */
function polynomialAt(a: Automaton, comp: Int32Array, p: number, q: number, reach: (from: number, to: number) => boolean, budget: Budget): boolean {
  const n = a.positions.length;
  const cp = comp[p]!;
  const cq = comp[q]!;
  const key = (x: number, y: number, z: number) => (x * n + y) * n + z;
  const seen = new Set<number>([key(p, p, q)]);
  const queue: [number, number, number][] = [[p, p, q]];
  while (queue.length > 0) {
    const [x, y, z] = queue.pop()!;
    for (const e1 of a.out[x]!) {
      if (comp[e1.to] !== cp) continue;
      for (const e3 of a.out[z]!) {
        if (comp[e3.to] !== cq) continue;
        if (!overlaps(a.positions[e1.to]!.set, a.positions[e3.to]!.set)) continue;
        for (const e2 of a.out[y]!) {
          if (!reach(e2.to, q)) continue;
          if (!overlaps(a.positions[e1.to]!.set, a.positions[e2.to]!.set, a.positions[e3.to]!.set)) continue;
          if (e1.to === p && e2.to === q && e3.to === q) return true;
          const k = key(e1.to, e2.to, e3.to);
          if (seen.has(k)) continue;
          budget.spend();
          seen.add(k);
          queue.push([e1.to, e2.to, e3.to]);
        }
      }
    }
  }
  return false;
}

function ambiguity(root: Node, problems: PatternProblem[]): void {
  const a = new Automaton();
  a.build(root);
  const comp = a.cycles();
  const cyclic = a.positions.map((_, i) => i).filter((i) => comp[i]! >= 0);
  if (cyclic.length === 0) return;
  const budget = new Budget();
  try {
    const q = exponential(a, comp, budget);
    if (q >= 0) {
      const pos = a.positions[q]!;
      const at = pos.loops[0] ?? pos.src;
      problems.push({
        kind: 'exponential',
        at,
        message: `"${at}" can match the same text in more than one way (nested or overlapping repeats around "${pos.src}"), which takes exponential time on a near miss. Make each repetition read its text in one way only, e.g. (?:\\p{L}+ ){0,3} rather than (?:\\p{L}+ ?){0,3}, and alternatives that cannot start with the same character.`,
      });
      return;
    }
    // Reachability between positions, for the middle track of the polynomial search.
    const reachable = new Map<number, Uint8Array>();
    const rev: number[][] = a.positions.map(() => []);
    a.out.forEach((edges, v) => edges.forEach((e) => rev[e.to]!.push(v)));
    const reach = (from: number, to: number): boolean => {
      let r = reachable.get(to);
      if (!r) {
        r = new Uint8Array(a.positions.length);
        const stack = [to];
        r[to] = 1;
        while (stack.length > 0) {
          for (const v of rev[stack.pop()!]!) {
            if (r[v]) continue;
            r[v] = 1;
            stack.push(v);
          }
        }
        reachable.set(to, r);
      }
      return r[from] === 1;
    };
    // Without exponential ambiguity, p and q lie in different components: were there a path q→p on v,
    // p→p→q→p and p→q→q→p would be two different paths from p to p on w·w·v.
    for (const p of cyclic) {
      for (const q of cyclic) {
        if (comp[p] === comp[q] || !reach(p, q) || !polynomialAt(a, comp, p, q, reach, budget)) continue;
        const x = a.positions[p]!;
        const y = a.positions[q]!;
        const [left, right] = [x.loops[x.loops.length - 1] ?? x.src, y.loops[y.loops.length - 1] ?? y.src];
        problems.push({
          kind: 'polynomial',
          at: `${left} … ${right}`,
          message: `"${left}" and "${right}" are repeats that can read the same characters with nothing required between them that only one can read, which takes polynomial time on a near miss. Put a required separator between them (e.g. a space) or bound one of them.`,
        });
        return;
      }
    }
  } catch (e) {
    if (!(e instanceof TooComplex)) throw e;
    problems.push({ kind: 'too-complex', at: root.src, message: 'The pattern is too complex to prove that it runs in linear time. Split it into simpler patterns.' });
  }
}

// ---------------------------------------------------------------------------------------------------

/**
 * Every reason why a pattern could backtrack catastrophically; empty when it is safe. `source` is a
 * pattern as written in a rule file (with `{b}` and `{list:ID}`), matched with flags `gu`.
 *
 * @example
 * checkPatternSafety('{b}jag ska (?:\\p{L}+ ){0,3}döda{b}') // []
 * checkPatternSafety('(a+)+$')[0]?.kind // 'exponential'
 */
export function checkPatternSafety(source: string, { lists }: PatternSafetyOptions = {}): PatternProblem[] {
  try {
    new RegExp(source.replace(MACRO, (_m, macro: string) => (macro === 'b' ? WORD_BOUNDARY : '(?:x)')), 'u');
  } catch (e) {
    return [{ kind: 'syntax', at: source, message: `It is not a valid regular expression (${(e as Error).message}). Fix its syntax.` }];
  }
  const parser = new Parser(source, lists);
  let root: Node;
  try {
    root = parser.parse();
  } catch (e) {
    return [{ kind: 'syntax', at: source, message: `It could not be read (${(e as Error).message}). Write it in plain JavaScript regular-expression syntax.` }];
  }
  const problems = [...parser.problems];
  structural(root, problems);
  ambiguity(root, problems);
  // The most telling reason first: a moderator fixing the first one often fixes the rest.
  return problems.sort((a, b) => SEVERITY.indexOf(a.kind) - SEVERITY.indexOf(b.kind));
}

/** Most specific cause first: "(a*)*" is exponential because its body can match nothing. */
const SEVERITY: readonly PatternProblem['kind'][] = [
  'syntax', 'unknown-list', 'backreference', 'quantified-assertion', 'empty-repeat', 'ambiguous-empty', 'exponential',
  'polynomial', 'long-lookaround', 'unanchored-repeat', 'too-complex',
];

const cache = new Map<string, readonly PatternProblem[]>();
const CACHE_LIMIT = 1024;

/**
 * Refuses a ruleset whose patterns could backtrack catastrophically: throws `RulesetError` naming
 * `fileId/patternId`, what is unsafe and what to write instead. Called by `defineRuleset`.
 *
 * @example
 * assertPatternsSafe(ruleset.patterns, ruleset.lexicons) // throws for a pattern like "(a+)+"
 */
export function assertPatternsSafe(files: readonly PatternFile[], lexicons: readonly Lexicon[]): void {
  // The last lexicon of an id wins, as in compilePatterns: an extension may replace a list.
  const byId = new Map(lexicons.map((l) => [l.id, l]));
  const lists = new Map<string, string[]>();
  const listFor = (id: string): string[] | undefined => {
    if (!lists.has(id)) {
      const lexicon = byId.get(id);
      if (!lexicon) return undefined;
      const forms = new Set<string>();
      for (const e of lexicon.entries) for (const f of [e.term, ...e.forms]) forms.add(f.toLowerCase());
      lists.set(id, [...forms].sort());
    }
    return lists.get(id);
  };
  const issues: string[] = [];
  let first = '';
  for (const file of files) {
    for (const pattern of file.patterns) {
      const used = new Map<string, readonly string[]>();
      for (const m of pattern.pattern.matchAll(MACRO)) {
        const id = m[1]!.startsWith('list:') ? m[1]!.slice(5) : null;
        const forms = id === null ? undefined : listFor(id);
        if (id !== null && forms) used.set(id, forms);
      }
      const key = `${pattern.pattern}\u0000${[...used].map(([id, f]) => `${id}=${f.join('|')}`).join('\u0000')}`;
      let problems = cache.get(key);
      if (!problems) {
        problems = checkPatternSafety(pattern.pattern, { lists: used });
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(key, problems);
      }
      for (const p of problems) {
        const where = `${file.id}/${pattern.id}`;
        issues.push(`${where}: ${p.kind} at "${p.at}": ${p.message}`);
        if (!first) first = `Pattern ${where} is refused: ${p.message}`;
      }
    }
  }
  if (issues.length > 0) {
    throw new RulesetError(`${first}${issues.length > 1 ? ` (+${issues.length - 1} more problem(s), see issues)` : ''}`, issues);
  }
}
