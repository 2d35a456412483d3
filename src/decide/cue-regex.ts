import { stripSwedishDiacritics } from '../lexicon/variants.js';

/** Letters and digits: what the cue regexes' word boundaries look for. */
export const LETTERS = '\\p{L}\\p{N}';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const SYNTAX = new Set('.*+?^${}()|[]\\');

/** One character as `escape` writes it, without a regex per character. */
function escapeChar(ch: string): string {
  return SYNTAX.has(ch) ? `\\${ch}` : ch;
}

/** A cue word's stars and letters: `*word*` → head, tail and `word`, as `w.replace(/^\*|\*$/g, '')` cuts it. */
export function starred(w: string): { head: boolean; tail: boolean; lit: string } {
  const head = w.startsWith('*');
  const tail = w.endsWith('*');
  const start = head ? 1 : 0;
  return { head, tail, lit: w.slice(start, tail && w.length - 1 >= start ? w.length - 1 : w.length) };
}

/** One cue as a regex source: `word*` a word beginning, `*word` a word ending, spaces any whitespace. */
function cueSource(cue: string): string {
  return cue
    .split(' ')
    .map((w) => {
      const head = w.startsWith('*') ? `[${LETTERS}]*` : '';
      const tail = w.endsWith('*') ? `[${LETTERS}]*` : '';
      return head + escape(w.replace(/^\*|\*$/g, '')) + tail;
    })
    .join('\\s+');
}

/** Each cue lower-cased and also without å, ä, ö: the alternatives of the regex. */
export function variants(cues: readonly string[]): Set<string> {
  const all = new Set<string>();
  for (const c of cues) {
    const lower = c.toLowerCase();
    all.add(lower);
    all.add(stripSwedishDiacritics(lower));
  }
  return all;
}

/**
 * A regex matching any of `cues` as whole words of normalised (lower-case) text, each also written without
 * å, ä, ö. `word*` matches words beginning with `word`, `*word` words ending with it, and a space any
 * whitespace. Linear: no nested quantifiers.
 *
 * @example
 * cueRegex(['tack', 'bra jobbat', 'plog*']).test('bra  jobbat med plogningen') // true
 */
export function cueRegex(cues: readonly string[], { anchored = false }: { anchored?: boolean } = {}): RegExp {
  const alternatives = [...variants(cues)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(cueSource);
  const start = anchored ? '^' : `(?<![${LETTERS}])`;
  return new RegExp(`${start}(?:${alternatives.join('|')})(?![${LETTERS}])`, 'u');
}

const STAR = `[${LETTERS}]*`;
const NOT_BEFORE_LETTER = `(?![${LETTERS}])`;

/** A trie of regex atoms (a character, `\\s+`, or a run of letters): alternatives with common beginnings share a path. */
interface AtomNode {
  readonly children: Map<string, AtomNode>;
  end: boolean;
}

function addPath(root: AtomNode, atoms: readonly string[]): void {
  let node = root;
  for (const atom of atoms) {
    let next = node.children.get(atom);
    if (!next) node.children.set(atom, (next = { children: new Map(), end: false }));
    node = next;
  }
  node.end = true;
}

/** Whether a path of the open trie `root` ends at or before the end of `atoms`. */
function startsOpen(root: AtomNode, atoms: readonly string[]): boolean {
  let node: AtomNode | undefined = root;
  for (const atom of atoms) {
    if (node.end) return true;
    node = node.children.get(atom);
    if (!node) return false;
  }
  return node.end;
}

/** The alternation below `node`; in an `open` trie an end is a whole match, so what continues it is left out. */
function emit(node: AtomNode, open: boolean): string {
  if (open && node.end) return '';
  const branches = [...node.children].map(([atom, child]) => atom + emit(child, open));
  if (node.end) branches.push('');
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * A regex that finds a match exactly when `cueRegex(cues, { anchored })` does, written for `test` alone: where
 * a match starts and which alternative it takes no longer matter, so the alternatives become tries, a word
 * ending in `*` ends the match at its letters (the rest of the word always matches), and an unanchored cue
 * beginning with `*` is looked for anywhere (a run of letters reaches back to its word's start from any point).
 * Few `\\p{…}` classes are left to compile (each costs the engine time to build), and fewer branches to try.
 *
 * @example
 * cueTestRegex(['tack*', 'bra jobbat']).test('tackar') // true, as cueRegex(…) finds
 */
export function cueTestRegex(cues: readonly string[], { anchored = false }: { anchored?: boolean } = {}, all: ReadonlySet<string> = variants(cues)): RegExp {
  if (all.size === 0) return cueRegex(cues, { anchored });
  // Tries by [free start (no look-behind), open end (no look-ahead)].
  const tries = [0, 1, 2, 3].map((): AtomNode => ({ children: new Map(), end: false }));
  const closed: [number, string[]][] = [];
  for (const alternative of all) {
    const words = alternative.split(' ');
    const atoms: string[] = [];
    let free = false;
    words.forEach((w, k) => {
      if (k > 0) atoms.push('\\s+');
      const { head, tail, lit } = starred(w);
      if (head && k === 0 && !anchored) free = true;
      else if (head) atoms.push(STAR);
      for (const ch of lit) atoms.push(escapeChar(ch));
      if (tail && k < words.length - 1) atoms.push(STAR);
    });
    const trie = free ? 2 : 0;
    if (words[words.length - 1]!.endsWith('*')) addPath(tries[trie + 1]!, atoms);
    else closed.push([trie, atoms]);
  }
  // A closed alternative that begins with an open one ("ni gör ett härlig* jobb" after "ni gör ett härlig*") adds nothing.
  for (const [trie, atoms] of closed) if (!startsOpen(tries[trie + 1]!, atoms)) addPath(tries[trie]!, atoms);
  const groups: string[] = [];
  tries.forEach((root, i) => {
    if (root.children.size === 0 && !root.end) return;
    const free = i >= 2;
    const open = i % 2 === 1;
    const body = (anchored ? '^' : free ? '' : `(?<![${LETTERS}])`) + emit(root, open);
    groups.push(open ? body : `(?:${body})${NOT_BEFORE_LETTER}`);
  });
  return new RegExp(groups.length === 1 ? groups[0]! : groups.map((g) => `(?:${g})`).join('|'), 'u');
}

