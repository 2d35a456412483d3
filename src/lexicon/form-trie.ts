// Whole-word forms of many lists found in one pass over a text. One regular expression per list (as the
// phrase readers used to run) costs a pass per list; a trie of every list's forms costs one pass in all.
// The trie is flat typed arrays: a step is an array read or a short scan, not a Map look-up per code unit.

import { isWordCodePoint, wordCharAt } from '../normalise/letters.js';

/** What a form stands for in one list; `list` is the list's position in the trie's lists. */
export interface FormEnd<T> {
  readonly list: number;
  readonly value: T;
}

/** The forms of several lists, by code unit: node 0 is the root, a node's edges sorted by code unit. */
export interface FormTrie<T> {
  readonly lists: number;
  /** The root's child per code unit below 256 (0 when none: the root is nobody's child). */
  readonly rootLow: Int32Array;
  /** The root's children by code unit from 256 up. */
  readonly rootHigh: ReadonlyMap<number, number>;
  /** Per node, its first edge; `edgeFrom[node + 1]` is one past its last. */
  readonly edgeFrom: Uint32Array;
  readonly edgeCode: Uint16Array;
  readonly edgeChild: Int32Array;
  /** Per node, the index in `ends` of the forms that end there, or -1 (most nodes). */
  readonly endsAt: Int32Array;
  readonly ends: readonly (readonly FormEnd<T>[])[];
}

/** One whole-word occurrence of a form of list `list`, `[start, end)` in the text searched. */
export interface FormMatch<T> {
  readonly list: number;
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly value: T;
}

interface BuildNode<T> {
  readonly id: number;
  readonly next: Map<number, BuildNode<T>>;
  ends: FormEnd<T>[] | null;
}

/**
 * A trie of every list's forms (each list a map from form to what it stands for). Forms match code unit
 * for code unit, case and all.
 *
 * @example
 * formTrie([new Map([['child porn', 1]]), new Map([['porn', 2]])]).lists // 2
 */
export function formTrie<T>(lists: readonly ReadonlyMap<string, T>[]): FormTrie<T> {
  const nodes: BuildNode<T>[] = [];
  const make = (): BuildNode<T> => {
    const node: BuildNode<T> = { id: nodes.length, next: new Map(), ends: null };
    nodes.push(node);
    return node;
  };
  const root = make();
  lists.forEach((forms, list) => {
    for (const [form, value] of forms) {
      if (form.length === 0) continue;
      let node = root;
      for (let i = 0; i < form.length; i++) {
        const c = form.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = make()));
        node = child;
      }
      (node.ends ??= []).push({ list, value });
    }
  });
  const edgeFrom = new Uint32Array(nodes.length + 1);
  const edgeCode = new Uint16Array(nodes.length - 1);
  const edgeChild = new Int32Array(nodes.length - 1);
  let e = 0;
  for (const node of nodes) {
    edgeFrom[node.id] = e;
    for (const [c, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
      edgeCode[e] = c;
      edgeChild[e++] = child.id;
    }
  }
  edgeFrom[nodes.length] = e;
  const rootLow = new Int32Array(256);
  const rootHigh = new Map<number, number>();
  for (const [c, child] of root.next) {
    if (c < 256) rootLow[c] = child.id;
    else rootHigh.set(c, child.id);
  }
  const endsAt = new Int32Array(nodes.length).fill(-1);
  const ends: FormEnd<T>[][] = [];
  for (const node of nodes) {
    if (node.ends === null) continue;
    endsAt[node.id] = ends.length;
    ends.push(node.ends);
  }
  return { lists: lists.length, rootLow, rootHigh, edgeFrom, edgeCode, edgeChild, endsAt, ends };
}

/** The child of `node` by code unit `c`, or -1. */
function step<T>(trie: FormTrie<T>, node: number, c: number): number {
  const { edgeCode } = trie;
  const last = trie.edgeFrom[node + 1]!;
  // Edges are sorted: past `c`, none can match. Most nodes below the first few levels have one edge.
  for (let k = trie.edgeFrom[node]!; k < last; k++) {
    const code = edgeCode[k]!;
    if (code === c) return trie.edgeChild[k]!;
    if (code > c) return -1;
  }
  return -1;
}

/** True when a letter or digit (a whole code point) ends just before `i`. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return isWordCodePoint(text.codePointAt(from)!);
}

/** True when a letter or digit (a whole code point) starts at `i`. */
const wordAt = (text: string, i: number): boolean => i < text.length && wordCharAt(text, i) !== 0;

let scratch: { resume: Int32Array; bestEnd: Int32Array; marked: Int32Array; bestValue: unknown[] } = {
  resume: new Int32Array(0),
  bestEnd: new Int32Array(0),
  marked: new Int32Array(0),
  bestValue: [],
};

/** Shared by every list without a match: most lists of most texts. */
const NONE: readonly FormMatch<never>[] = Object.freeze([]);

/**
 * Every list's whole-word matches in `text`, exactly as `(?<![\p{L}\p{N}])(?:f1|f2|…)(?![\p{L}\p{N}])`
 * with flags `gu` finds them per list (forms longest first): at each position the longest form of the
 * list, and the list's next match starts after it. Results come grouped by list, each list by position.
 *
 * @example
 * findForms(formTrie([new Map([['porn', 1]])]), 'no porn here')[0] // [{ list: 0, start: 3, end: 7, form: 'porn', value: 1 }]
 */
export function findForms<T>(trie: FormTrie<T>, text: string): readonly (readonly FormMatch<T>[])[] {
  const lists = trie.lists;
  const out: (readonly FormMatch<T>[])[] = new Array<readonly FormMatch<T>[]>(lists).fill(NONE);
  // Scratch shared by calls (one runs at a time): per list, where its next match may start (a match consumes
  // the text it covers); the end of its longest form from the current start (0: none yet); the lists so marked.
  if (scratch.resume.length < lists) scratch = { resume: new Int32Array(lists), bestEnd: new Int32Array(lists), marked: new Int32Array(lists), bestValue: [] };
  const { resume, bestEnd, marked } = scratch;
  resume.fill(0, 0, lists);
  const bestValue = scratch.bestValue as (T | undefined)[];
  const { rootLow, rootHigh, endsAt, ends } = trie;
  const n = text.length;
  for (let p = 0; p < n; p++) {
    const c = text.charCodeAt(p);
    const first = c < 256 ? rootLow[c]! : (rootHigh.get(c) ?? 0);
    if (first === 0) continue;
    // The `u` flag never starts a match inside a surrogate pair.
    if (c >= 0xdc00 && c <= 0xdfff && p > 0 && text.charCodeAt(p - 1) >= 0xd800 && text.charCodeAt(p - 1) <= 0xdbff) continue;
    if (wordBefore(text, p)) continue;
    let count = 0;
    let node = first;
    let q = p + 1;
    for (;;) {
      const at = endsAt[node]!;
      if (at >= 0 && !wordAt(text, q)) {
        const here = ends[at]!;
        for (let k = 0; k < here.length; k++) {
          const e = here[k]!;
          if (p < resume[e.list]!) continue;
          if (bestEnd[e.list] === 0) marked[count++] = e.list;
          bestEnd[e.list] = q;
          bestValue[e.list] = e.value;
        }
      }
      if (q >= n) break;
      node = step(trie, node, text.charCodeAt(q));
      if (node < 0) break;
      q++;
    }
    for (let k = 0; k < count; k++) {
      const list = marked[k]!;
      const end = bestEnd[list]!;
      const found = out[list] === NONE ? (out[list] = []) : out[list];
      (found as FormMatch<T>[]).push({ list, start: p, end, form: text.slice(p, end), value: bestValue[list]! });
      resume[list] = end;
      bestEnd[list] = 0;
      bestValue[list] = undefined;
    }
  }
  return out;
}
