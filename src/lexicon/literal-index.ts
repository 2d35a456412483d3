// Which of the literals patterns require occur in a text, found in one pass over the text: every
// three-unit slice is looked up among the literals that begin with it. Checking each literal of each
// pattern against the text instead costs thousands of searches per comment.

/** Every literal registered, by id. */
const literals: string[] = [];
const ids = new Map<string, number>();
/** Ids of literals shorter than three units (searched for directly). */
const short: number[] = [];
/** Length of the longest literal registered. */
let longest = 0;

// Literals of three or more units by a hash of their first three (LONG for six or more: of their first
// six), in open-addressing tables of typed arrays: the scan looks up every position of every text, and
// one long chain ("jag säljer", "jag skulle vilja att" …) under a common start costs a comparison each.
const LONG = 6;
// The hash is a polynomial one, so the scan rolls it from one position to the next (two multiplications,
// not one per unit of the window); a bit filter per table answers most positions with one read.
const BASE = 0x01000193;
const BASE2 = Math.imul(BASE, BASE);
const BASE5 = Math.imul(Math.imul(BASE2, BASE2), BASE);
const FILTER_SHIFT = 16;

/** One table: per slot the hash kept there and the first literal id (-1: empty); chains through `nextSame`. */
interface Table {
  slots: number;
  keys: Int32Array;
  heads: Int32Array;
  filled: number;
  /** One bit per filter cell (`filterCell`) holding a key: a clear bit means no literal starts here. */
  readonly filter: Int32Array;
}
const newTable = (slots: number, filter: Int32Array = new Int32Array(1 << (FILTER_SHIFT - 5))): Table => ({
  slots,
  keys: new Int32Array(slots),
  heads: new Int32Array(slots).fill(-1),
  filled: 0,
  filter,
});
const prefix3 = newTable(1024);
const prefix6 = newTable(1024);
/** Per literal id: the next id with the same hash in its table (-1: none). */
let nextSame: Int32Array = new Int32Array(256).fill(-1);
/** Per literal id: its code unit right after the hashed prefix (-1: none), compared before the whole literal. */
let unitAfter: Int32Array = new Int32Array(256).fill(-1);

/** The polynomial hash of the first `k` code units of `s`, as the scan rolls it. */
function prefixHash(s: string, k: number): number {
  let h = 0;
  for (let j = 0; j < k; j++) h = (Math.imul(h, BASE) + s.charCodeAt(j)) | 0;
  return h;
}

/** The filter bit of a key (Fibonacci hashing: the top bits of the product). */
const filterCell = (key: number) => Math.imul(key, 0x9e3779b1) >>> (32 - FILTER_SHIFT);

/** Spreads a hash over all bits (murmur3's finaliser), so nearby slots stay apart. */
function mix(key: number): number {
  let h = key ^ (key >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The slot holding `key`, or the empty slot where it would go. */
function slotOf(t: Table, key: number): number {
  const mask = t.slots - 1;
  let h = mix(key) & mask;
  while (t.heads[h] !== -1 && t.keys[h] !== key) h = (h + 1) & mask;
  return h;
}

/** `a`, or a copy at least `size` long (doubling), its new cells `fill`. */
const grow = (a: Int32Array, size: number, fill = 0): Int32Array => {
  if (a.length >= size) return a;
  const grown = new Int32Array(Math.max(size, a.length * 2));
  if (fill !== 0) grown.fill(fill, a.length);
  grown.set(a);
  return grown;
};

function index(id: number): void {
  const s = literals[id]!;
  const k = s.length >= LONG ? LONG : 3;
  const t = k === LONG ? prefix6 : prefix3;
  const key = prefixHash(s, k);
  nextSame = grow(nextSame, id + 1, -1);
  unitAfter = grow(unitAfter, id + 1, -1);
  unitAfter[id] = s.length > k ? s.charCodeAt(k) : -1;
  const h = slotOf(t, key);
  if (t.heads[h] === -1) {
    t.keys[h] = key;
    t.filled++;
    const cell = filterCell(key);
    t.filter[cell >>> 5]! |= 1 << (cell & 31);
  }
  nextSame[id] = t.heads[h]!;
  t.heads[h] = id;
  // A quarter full at most: a position the filter lets through but no literal starts at ends at the first empty slot.
  if (t.filled * 4 > t.slots) rehash(t);
}

/** Doubles a table, keeping each chain (and the filter, which depends on the keys alone). */
function rehash(t: Table): void {
  const { keys, heads } = t;
  Object.assign(t, newTable(t.slots * 2, t.filter), { filled: t.filled });
  for (let k = 0; k < heads.length; k++) {
    if (heads[k] === -1) continue;
    const h = slotOf(t, keys[k]!);
    t.keys[h] = keys[k]!;
    t.heads[h] = heads[k]!;
  }
}

/**
 * The ids of `strings`, registering the new ones (ids are stable for the life of the process).
 *
 * @example
 * literalIds(['döda', 'slå']) // Int32Array [0, 1]
 */
export function literalIds(strings: readonly string[]): Int32Array {
  const out = new Int32Array(strings.length);
  // Plain loops here and in clauseIds: the bundled ruleset registers ~7,600 literals in a first call, before the JIT.
  for (let k = 0; k < strings.length; k++) {
    const s = strings[k]!;
    let id = ids.get(s);
    if (id === undefined) {
      id = literals.length;
      literals.push(s);
      ids.set(s, id);
      if (s.length > longest) longest = s.length;
      if (s.length < 3) short.push(id);
      else index(id);
    }
    out[k] = id;
  }
  return out;
}

// Required sets ("clauses") as ids too: a scan marks the clauses its literals satisfy, so a pattern's
// check costs one look per clause instead of one per literal of a set of hundreds.
const clauseLiterals: Int32Array[] = [];
const clauseIdsByKey = new Map<string, number>();
/** Per literal id: the clauses it belongs to. */
const clausesOfLiteral: number[][] = [];
/** Per clause: its highest literal id (a scan made before that literal was registered searches for it). */
const clauseMax: number[] = [];

/**
 * The id of each set of literal ids (a clause: one of its literals must occur), registering new ones.
 *
 * @example
 * clauseIds([literalIds(['döda', 'slå'])]) // Int32Array [0]
 */
export function clauseIds(sets: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(sets.length);
  for (let k = 0; k < sets.length; k++) {
    const set = sets[k]!;
    // A typed array sorts numerically without a comparator: the key costs no boxed copy.
    const key = set.slice().sort().join(',');
    let id = clauseIdsByKey.get(key);
    if (id === undefined) {
      id = clauseLiterals.length;
      clauseLiterals.push(set);
      let max = -1;
      for (let j = 0; j < set.length; j++) {
        const l = set[j]!;
        if (l > max) max = l;
        const of = clausesOfLiteral[l];
        if (of === undefined) clausesOfLiteral[l] = [id];
        else of.push(id);
      }
      clauseMax.push(max);
      clauseIdsByKey.set(key, id);
    }
    out[k] = id;
  }
  return out;
}

/**
 * The clauses with every literal rewritten by `map` (a folded spelling), as clause ids.
 *
 * @example
 * mapClauses(clauseIds([literalIds(['döda'])]), (l) => l.replace('ö', 'o')) // the clause ['doda']
 */
export function mapClauses(clauses: Int32Array, map: (literal: string) => string): Int32Array {
  return clauseIds([...clauses].map((c) => literalIds([...new Set([...clauseLiterals[c]!].map((l) => map(literals[l]!)))])));
}

/**
 * A list's requirements (clause ids per item; null: the item always runs), indexed by each item's first
 * clause, so a scan finds the items it satisfies from the literals it found instead of trying every item.
 */
export interface RequirementIndex {
  readonly requireds: readonly (Int32Array | null)[];
  /** Items without a requirement, ascending. */
  readonly always: readonly number[];
  readonly byFirstClause: ReadonlyMap<number, readonly number[]>;
  /** The highest literal id of any first clause: a scan made before it was registered cannot use the index. */
  readonly maxLiteral: number;
}

/**
 * Indexes a list's requirements (see `RequirementIndex`).
 *
 * @example
 * scanLiterals('vi ska döda').satisfied(requirementIndex([clauseIds([literalIds(['döda'])]), null])) // [0, 1]
 */
export function requirementIndex(requireds: readonly (Int32Array | null)[]): RequirementIndex {
  const always: number[] = [];
  const byFirstClause = new Map<number, number[]>();
  let maxLiteral = -1;
  requireds.forEach((r, i) => {
    if (r === null || r.length === 0) return void always.push(i);
    const first = r[0]!;
    const list = byFirstClause.get(first);
    if (list) list.push(i);
    else byFirstClause.set(first, [i]);
    maxLiteral = Math.max(maxLiteral, clauseMax[first]!);
  });
  return { requireds, always, byFirstClause, maxLiteral };
}

/** The literals found in one text: 1 found, 2 not; ids registered after the scan are searched on demand. */
export interface LiteralScan {
  readonly text: string;
  /** True when at least one of `wanted` occurs in the text. */
  anyOf(wanted: Int32Array): boolean;
  /** True when every clause of `clauses` (ids from `clauseIds`) has a literal in the text. */
  allOf(clauses: Int32Array): boolean;
  /** The items of `index` whose requirement the text meets, ascending. */
  satisfied(index: RequirementIndex): number[];
}

/** White space other than a plain space (what `\s` matches, less " "). */
const WHITE_SPACE = /[^\S ]/u;
// Only what is not already a space: replacing every space with itself made a part per space (75 MB for a 1 MB comment).
const WHITE_SPACE_ALL = /[^\S ]/gu;

// Which scan's found literals are marked in `stamp` (stamp[id] === epoch): a scan finds tens of literals
// among thousands, so marking them is cheaper than a found-array per scan.
let stamp: Int32Array = new Int32Array(1024);
let clauseStamp: Int32Array = new Int32Array(1024);
let epoch = 0;
let marked: Scan | null = null;


/** Marks the scan's literals, and the clauses they satisfy, with a new epoch. */
function mark(scan: Scan): void {
  stamp = grow(stamp, literals.length);
  clauseStamp = grow(clauseStamp, clauseLiterals.length);
  epoch++;
  for (let k = 0; k < scan.found.length; k++) {
    const id = scan.found[k]!;
    stamp[id] = epoch;
    const clauses = clausesOfLiteral[id];
    if (clauses !== undefined) for (let c = 0; c < clauses.length; c++) clauseStamp[clauses[c]!] = epoch;
  }
  marked = scan;
}

/** `text` with every white-space character read as a space: literals spell `\s` as " ". */
const spacedOf = (text: string): string => (WHITE_SPACE.test(text) ? text.replace(WHITE_SPACE_ALL, ' ') : text);

/** Calls `hit` once for each registered literal in `text` (white space already read as spaces) not yet stamped. */
function findLiterals(text: string, hit: (id: number) => void): void {
  for (const id of short) if (stamp[id] !== epoch && text.includes(literals[id]!)) hit(id);
  const n = text.length;
  // The tables read into locals and probed inline: this loop runs once per unit of every text.
  const { keys: keys3, heads: heads3, filter: filter3 } = prefix3;
  const { keys: keys6, heads: heads6, filter: filter6 } = prefix6;
  const mask3 = prefix3.slots - 1;
  const mask6 = prefix6.slots - 1;
  const after = unitAfter;
  // h3 and h6: prefixHash of the three and six units at i, rolled forward one unit per step.
  let h3 = 0;
  let h6 = 0;
  for (let j = 0; j < LONG && j < n; j++) {
    if (j < 3) h3 = (Math.imul(h3, BASE) + text.charCodeAt(j)) | 0;
    h6 = (Math.imul(h6, BASE) + text.charCodeAt(j)) | 0;
  }
  for (let i = 0; i + 3 <= n; i++) {
    let cell = filterCell(h3);
    if ((filter3[cell >>> 5]! & (1 << (cell & 31))) !== 0) {
      for (let x = mix(h3) & mask3, head = heads3[x]!; head !== -1; x = (x + 1) & mask3, head = heads3[x]!) {
        if (keys3[x] !== h3) continue;
        const next = text.charCodeAt(i + 3);
        for (let id = head; id !== -1; id = nextSame[id]!) {
          if (stamp[id] !== epoch && (after[id] === -1 || after[id] === next) && text.startsWith(literals[id]!, i)) hit(id);
        }
        break;
      }
    }
    if (i + LONG <= n) {
      cell = filterCell(h6);
      if ((filter6[cell >>> 5]! & (1 << (cell & 31))) !== 0) {
        for (let x = mix(h6) & mask6, head = heads6[x]!; head !== -1; x = (x + 1) & mask6, head = heads6[x]!) {
          if (keys6[x] !== h6) continue;
          const next = text.charCodeAt(i + LONG);
          for (let id = head; id !== -1; id = nextSame[id]!) {
            if (stamp[id] !== epoch && (after[id] === -1 || after[id] === next) && text.startsWith(literals[id]!, i)) hit(id);
          }
          break;
        }
      }
      if (i + LONG < n) h6 = (Math.imul((h6 - Math.imul(text.charCodeAt(i), BASE5)) | 0, BASE) + text.charCodeAt(i + LONG)) | 0;
    }
    if (i + 3 < n) h3 = (Math.imul((h3 - Math.imul(text.charCodeAt(i), BASE2)) | 0, BASE) + text.charCodeAt(i + 3)) | 0;
  }
}

/** How a text was rewritten into another (`scanRewritten`): where, and a per-unit fold applied after. */
interface Rewrite {
  readonly base: Scan;
  readonly dirty: readonly number[];
  readonly fold: (text: string) => string;
}

class Scan implements LiteralScan {
  /** Ids of the literals found (registered before the scan), each once. */
  readonly found: Int32Array;
  /** How many literals were registered at the scan: later ones are searched for on demand. */
  readonly known: number;
  /** How many clauses were registered when the scan was last marked: later ones are checked literal by literal. */
  private knownClauses = 0;
  private late: Map<number, boolean> | null = null;
  /** The text scanned (folded, for a rewrite) and with every white-space character read as a space, made when first read. */
  private scanned: string | undefined;
  private spacedText: string | undefined;

  constructor(
    private readonly raw: string,
    private readonly rewrite?: Rewrite,
  ) {
    this.known = literals.length;
    this.found = new Int32Array(0);
    mark(this);
    const found: number[] = [];
    const hit = (id: number) => {
      stamp[id] = epoch;
      found.push(id);
    };
    if (rewrite === undefined) findLiterals(this.spaced, hit);
    else {
      for (let k = 0; k < rewrite.base.found.length; k++) hit(rewrite.base.found[k]!);
      // An occurrence that touches a dirty stretch lies within `longest - 1` units of it; the rest of the text
      // reads as the base text does, so its literals are the base's.
      const reach = Math.max(0, longest - 1);
      const { dirty, fold } = rewrite;
      for (let k = 0; k < dirty.length; k += 2) {
        const start = Math.max(0, dirty[k]! - reach);
        let end = dirty[k + 1]! + reach;
        while (k + 2 < dirty.length && dirty[k + 2]! - reach <= end) end = dirty[(k += 2) + 1]! + reach;
        findLiterals(spacedOf(fold(raw.slice(start, end))), hit);
      }
    }
    this.found = Int32Array.from(found);
    mark(this);
  }

  get text(): string {
    return (this.scanned ??= this.rewrite === undefined ? this.raw : this.rewrite.fold(this.raw));
  }

  private get spaced(): string {
    return (this.spacedText ??= spacedOf(this.text));
  }

  allOf(clauses: Int32Array): boolean {
    if (marked !== this || this.knownClauses !== clauseLiterals.length) {
      mark(this);
      this.knownClauses = clauseLiterals.length;
    }
    for (let k = 0; k < clauses.length; k++) {
      const c = clauses[k]!;
      if (clauseStamp[c] !== epoch && (clauseMax[c]! < this.known || !this.hasLate(c))) return false;
    }
    return true;
  }

  satisfied(index: RequirementIndex): number[] {
    const { requireds } = index;
    if (index.maxLiteral >= this.known) {
      // Literals registered after this scan: try every item.
      const out: number[] = [];
      for (let i = 0; i < requireds.length; i++) {
        const r = requireds[i]!;
        if (r === null || r.length === 0 || this.allOf(r)) out.push(i);
      }
      return out;
    }
    const candidates: number[] = [];
    for (let k = 0; k < this.found.length; k++) {
      const clauses = clausesOfLiteral[this.found[k]!];
      if (clauses === undefined) continue;
      for (let c = 0; c < clauses.length; c++) {
        const items = index.byFirstClause.get(clauses[c]!);
        if (items !== undefined) for (let j = 0; j < items.length; j++) candidates.push(items[j]!);
      }
    }
    const out = index.always.slice();
    if (candidates.length > 0) {
      candidates.sort((a, b) => a - b);
      let last = -1;
      for (const i of candidates) {
        if (i !== last && this.allOf(requireds[i]!)) out.push(i);
        last = i;
      }
      if (index.always.length > 0) out.sort((a, b) => a - b);
    }
    return out;
  }

  /** A clause with a literal registered after the scan: searched for on demand. */
  private hasLate(clause: number): boolean {
    const set = clauseLiterals[clause]!;
    for (let k = 0; k < set.length; k++) if (set[k]! >= this.known && this.lateHas(set[k]!)) return true;
    return false;
  }

  anyOf(wanted: Int32Array): boolean {
    if (marked !== this) mark(this);
    const known = this.known;
    for (let k = 0; k < wanted.length; k++) {
      const id = wanted[k]!;
      if (id < known ? stamp[id] === epoch : this.lateHas(id)) return true;
    }
    return false;
  }

  private lateHas(id: number): boolean {
    this.late ??= new Map();
    let has = this.late.get(id);
    if (has === undefined) this.late.set(id, (has = this.spaced.includes(literals[id]!)));
    return has;
  }
}

/**
 * A scan of `fold(text)`, where `text` was rewritten from a text whose `fold` `base` scanned and reads as it
 * except in the stretches `dirty` (half-open pairs of `text` offsets, ascending): those stretches are scanned,
 * the rest is taken from `base`.
 * It may name a literal that only the base text holds (across a stretch rewritten since), never miss one of
 * `fold(text)`: a prefilter, for a long comment's rewritten copies. `fold` works unit by unit.
 *
 * @example
 * scanRewritten('vi ska döda', scanLiterals('vi ska d ö d a'), [7, 11], (s) => s).anyOf(literalIds(['döda'])) // true
 */
export function scanRewritten(text: string, base: LiteralScan, dirty: readonly number[], fold: (text: string) => string = (s) => s): LiteralScan {
  // A base made before later literals were registered would miss them outside the stretches.
  if (!(base instanceof Scan) || base.known !== literals.length) return scanLiterals(fold(text));
  // Stretches that cover much of a (short) text: scanning it all is as quick.
  let covered = 0;
  for (let k = 0; k < dirty.length; k += 2) covered += dirty[k + 1]! - dirty[k]! + 2 * longest;
  if (2 * covered >= text.length) return scanLiterals(fold(text));
  return new Scan(text, { base, dirty, fold });
}

/** Scans of the last few texts: rules run patterns on a comment's text and on rewritten copies of it in turn. */
const recent: Scan[] = [];
const RECENT = 4;

/**
 * Drops the scans kept for reuse, so a comment's texts (a 1 MB one and its copies) do not outlive its decision.
 *
 * @example
 * scanLiterals(longText); forgetScans(); // longText can now be collected
 */
export function forgetScans(): void {
  recent.length = 0;
  marked = null;
}

/**
 * The literal scan of `text`, reused while the text is among the last few scanned.
 *
 * @example
 * scanLiterals('vi ska döda').anyOf(literalIds(['döda'])) // true
 */
export function scanLiterals(text: string): LiteralScan {
  const at = recent.findIndex((s) => s.text === text);
  // A scan older than some literal is still right, but slower (it searches for the new ones one by one): renew it.
  if (at >= 0 && recent[at]!.known === literals.length) return recent[at]!;
  if (at >= 0) recent.splice(at, 1);
  const scan = new Scan(text);
  if (recent.length >= RECENT) recent.shift();
  recent.push(scan);
  return scan;
}
