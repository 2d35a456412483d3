// Which of the literals patterns require occur in a text, found in one pass over the text: every
// three-unit slice is looked up among the literals that begin with it. Checking each literal of each
// pattern against the text instead costs thousands of searches per comment.

/** Every literal registered, by id. */
const literals: string[] = [];
const ids = new Map<string, number>();
/** Ids of literals of three or more units, by the hash of their first three. */
const byTrigram = new Map<number, number[]>();
/** Ids of literals shorter than three units (searched for directly). */
const short: number[] = [];

/** A hash of the three code units at `i` (a collision only costs a comparison). */
function trigramAt(s: string, i: number): number {
  return ((s.charCodeAt(i) * 65599 + s.charCodeAt(i + 1)) * 65599 + s.charCodeAt(i + 2)) % 1073741789;
}

/**
 * The ids of `strings`, registering the new ones (ids are stable for the life of the process).
 *
 * @example
 * literalIds(['döda', 'slå']) // Int32Array [0, 1]
 */
export function literalIds(strings: readonly string[]): Int32Array {
  const out = new Int32Array(strings.length);
  strings.forEach((s, k) => {
    let id = ids.get(s);
    if (id === undefined) {
      id = literals.length;
      literals.push(s);
      ids.set(s, id);
      if (s.length < 3) short.push(id);
      else {
        const key = trigramAt(s, 0);
        const list = byTrigram.get(key);
        if (list) list.push(id);
        else byTrigram.set(key, [id]);
      }
    }
    out[k] = id;
  });
  return out;
}

/** The literals found in one text: 1 found, 2 not; ids registered after the scan are searched on demand. */
export interface LiteralScan {
  readonly text: string;
  /** True when at least one of `wanted` occurs in the text. */
  anyOf(wanted: Int32Array): boolean;
}

class Scan implements LiteralScan {
  private readonly found: Uint8Array;
  private late: Map<number, boolean> | null = null;
  constructor(readonly text: string) {
    const found = new Uint8Array(literals.length).fill(2);
    for (const id of short) if (text.includes(literals[id]!)) found[id] = 1;
    for (let i = 0; i + 3 <= text.length; i++) {
      const candidates = byTrigram.get(trigramAt(text, i));
      if (candidates === undefined) continue;
      for (const id of candidates) if (found[id] !== 1 && text.startsWith(literals[id]!, i)) found[id] = 1;
    }
    this.found = found;
  }

  anyOf(wanted: Int32Array): boolean {
    const found = this.found;
    for (let k = 0; k < wanted.length; k++) {
      const id = wanted[k]!;
      if (id < found.length ? found[id] === 1 : this.lateHas(id)) return true;
    }
    return false;
  }

  private lateHas(id: number): boolean {
    this.late ??= new Map();
    let has = this.late.get(id);
    if (has === undefined) this.late.set(id, (has = this.text.includes(literals[id]!)));
    return has;
  }
}

/** Scans of the last few texts: rules run patterns on a comment's text and on rewritten copies of it in turn. */
const recent: Scan[] = [];
const RECENT = 4;

/**
 * The literal scan of `text`, reused while the text is among the last few scanned.
 *
 * @example
 * scanLiterals('vi ska döda').anyOf(literalIds(['döda'])) // true
 */
export function scanLiterals(text: string): LiteralScan {
  for (const s of recent) if (s.text === text) return s;
  const scan = new Scan(text);
  if (recent.length >= RECENT) recent.shift();
  recent.push(scan);
  return scan;
}
