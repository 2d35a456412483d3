/** Regular-expression syntax characters, escaped when a literal is written into a pattern. */
const SYNTAX = /[.*+?^${}()|[\]\\]/g;

/**
 * A literal written so a regular expression reads it as itself.
 *
 * @example
 * escapeLiteral('a.b') // 'a\\.b'
 */
export function escapeLiteral(s: string): string {
  return s.replace(SYNTAX, '\\$&');
}

interface Node {
  /** Children in the order their first form came in the list; keys are code points. */
  readonly children: Map<string, Node>;
  end: boolean;
}

export interface LiteralAlternationOptions {
  /**
   * Check "no letter or digit before" right after the first character of every form (`a(?<![\p{L}\p{N}]a)…`):
   * the `{b}` before a list whose forms all start with a letter or digit, written so the engine tests a
   * cheap character before the look-behind. Only for a list that is not repeated by a quantifier.
   */
  readonly notAfterWord?: boolean;
}

/**
 * The forms as one non-capturing alternation with common beginnings factored out (a trie), so the engine
 * tries a handful of first characters at each position instead of every form. Matches exactly what
 * `(?:f1|f2|…)` matches, with the same preference, when `forms` are sorted longer-first: two literals can
 * only both match at one position when one is a prefix of the other, and the longer one comes first in
 * both (a node's own end is tried after its children).
 *
 * @example
 * literalAlternation(['kvinnorna', 'kvinnor', 'killar']) // '(?:k(?:vinnor(?:na|)|illar))'
 */
export function literalAlternation(forms: readonly string[], { notAfterWord = false }: LiteralAlternationOptions = {}): string {
  const root: Node = { children: new Map(), end: false };
  for (const form of forms) {
    let node = root;
    // Code points, not UTF-16 units: with the `u` flag half a surrogate pair never matches.
    for (const ch of form) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const branches: string[] = [];
  for (const [ch, child] of root.children) {
    const head = notAfterWord ? `${escapeLiteral(ch)}(?<![\\p{L}\\p{N}]${escapeLiteral(ch)})` : escapeLiteral(ch);
    branches.push(head + emit(child));
  }
  if (root.end) branches.push('');
  return `(?:${branches.join('|')})`;
}

/** The rest of the alternation below `node`: a chain is written as one literal, a fork as a group. */
function emit(node: Node): string {
  let chain = '';
  let at = node;
  while (!at.end && at.children.size === 1) {
    const [ch, child] = at.children.entries().next().value!;
    chain += escapeLiteral(ch);
    at = child;
  }
  if (at.children.size === 0) return chain;
  const branches = [...at.children].map(([ch, child]) => escapeLiteral(ch) + emit(child));
  if (at.end) branches.push('');
  return `${chain}(?:${branches.join('|')})`;
}
