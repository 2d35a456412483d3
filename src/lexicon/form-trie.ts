// Whole-word forms of many lists found in one pass over a text. One regular expression per list (as the
// phrase readers used to run) costs a pass per list; a trie of every list's forms costs one pass in all.

/** What a form stands for in one list; `list` is the list's position in the trie's lists. */
export interface FormEnd<T> {
  readonly list: number;
  readonly value: T;
}

interface TrieNode<T> {
  readonly next: Map<number, TrieNode<T>>;
  ends: FormEnd<T>[] | null;
}

/** The forms of several lists, by code unit. */
export interface FormTrie<T> {
  readonly lists: number;
  readonly root: TrieNode<T>;
}

/** One whole-word occurrence of a form of list `list`, `[start, end)` in the text searched. */
export interface FormMatch<T> {
  readonly list: number;
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly value: T;
}

/**
 * A trie of every list's forms (each list a map from form to what it stands for). Forms match code unit
 * for code unit, case and all.
 *
 * @example
 * formTrie([new Map([['child porn', 1]]), new Map([['porn', 2]])]).lists // 2
 */
export function formTrie<T>(lists: readonly ReadonlyMap<string, T>[]): FormTrie<T> {
  const root: TrieNode<T> = { next: new Map(), ends: null };
  lists.forEach((forms, list) => {
    for (const [form, value] of forms) {
      if (form.length === 0) continue;
      let node = root;
      for (let i = 0; i < form.length; i++) {
        const c = form.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), ends: null }));
        node = child;
      }
      (node.ends ??= []).push({ list, value });
    }
  });
  return { lists: lists.length, root };
}

const WORD = /[\p{L}\p{N}]/u;

/** True when a letter or digit (a whole code point) ends just before `i`. */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  const from = c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1;
  return WORD.test(String.fromCodePoint(text.codePointAt(from)!));
}

/** True when a letter or digit (a whole code point) starts at `i`. */
function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  return WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

/**
 * Every list's whole-word matches in `text`, exactly as `(?<![\p{L}\p{N}])(?:f1|f2|…)(?![\p{L}\p{N}])`
 * with flags `gu` finds them per list (forms longest first): at each position the longest form of the
 * list, and the list's next match starts after it. Results come grouped by list, each list by position.
 *
 * @example
 * findForms(formTrie([new Map([['porn', 1]])]), 'no porn here')[0] // [{ list: 0, start: 3, end: 7, form: 'porn', value: 1 }]
 */
export function findForms<T>(trie: FormTrie<T>, text: string): FormMatch<T>[][] {
  const out: FormMatch<T>[][] = Array.from({ length: trie.lists }, () => []);
  // Per list, where its next match may start (a match consumes the text it covers).
  const resume = new Int32Array(trie.lists);
  const best = new Map<number, { end: number; value: T }>();
  const n = text.length;
  for (let p = 0; p < n; p++) {
    const first = trie.root.next.get(text.charCodeAt(p));
    if (first === undefined) continue;
    // The `u` flag never starts a match inside a surrogate pair.
    const c = text.charCodeAt(p);
    if (c >= 0xdc00 && c <= 0xdfff && p > 0 && text.charCodeAt(p - 1) >= 0xd800 && text.charCodeAt(p - 1) <= 0xdbff) continue;
    if (wordBefore(text, p)) continue;
    best.clear();
    let node: typeof first | undefined = first;
    let q = p + 1;
    while (node !== undefined) {
      if (node.ends !== null && !wordAt(text, q)) {
        for (const e of node.ends) if (p >= resume[e.list]!) best.set(e.list, { end: q, value: e.value });
      }
      if (q >= n) break;
      node = node.next.get(text.charCodeAt(q));
      q++;
    }
    for (const [list, b] of best) {
      out[list]!.push({ list, start: p, end: b.end, form: text.slice(p, b.end), value: b.value });
      resume[list] = b.end;
    }
  }
  return out;
}
