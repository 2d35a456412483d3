// Literals a regular expression cannot match without: when a comment contains none of them, the pattern is
// not run at all. Most patterns name words ("döda", a list of groups) that most comments do not contain,
// and running 150+ patterns over every comment is the engine's largest cost.

/** What is known about the strings a part of a pattern matches. */
interface Info {
  /** Every string it can match, when that set is small; null when unknown or large. */
  readonly exact: ReadonlySet<string> | null;
  /** Sets of strings that every match satisfies all of: it contains one string of each. */
  readonly clauses: readonly ReadonlySet<string>[];
}

const ANY: Info = { exact: null, clauses: [] };
const EMPTY: Info = { exact: new Set(['']), clauses: [] };
/** Largest exact set kept; above it only "one of these is required" is kept. */
const MAX_EXACT = 64;
/** Largest class enumerated as exact characters. */
const MAX_CLASS = 16;
/** Largest required set worth testing: above it the set is dropped. */
export const MAX_REQUIRED = 400;
/** Most sets kept for one part: the most selective ones. */
const MAX_CLAUSES = 4;

/** Characters that end a run of plain literals: syntax, and the start of an escape, class or group. */
const PLAIN_STOP = new Set([...'\\[](){}|*+?.^$']);

const exact = (strings: Iterable<string>): Info => ({ exact: new Set(strings), clauses: [] });

/** A set as a requirement: null when it holds the empty string (then it requires nothing). */
function asClause(set: ReadonlySet<string> | null): ReadonlySet<string> | null {
  return set === null || set.size === 0 || set.has('') ? null : set;
}

/** The requirements of a part: its exact set, or its clauses. */
function clausesOf(info: Info): ReadonlySet<string>[] {
  if (info.exact !== null) {
    const c = asClause(info.exact);
    return c ? [c] : [];
  }
  return [...info.clauses];
}

/** How selective a requirement is: longer shortest string first, then fewer strings. */
function score(set: ReadonlySet<string> | null): number {
  if (set === null) return -Infinity;
  let shortest = Infinity;
  for (const s of set) shortest = Math.min(shortest, s.length);
  return shortest * 1000 - set.size;
}

const mostSelective = (clauses: ReadonlySet<string>[]) => [...clauses].sort((a, b) => score(b) - score(a)).slice(0, MAX_CLAUSES);

function alternate(infos: readonly Info[]): Info {
  if (infos.every((i) => i.exact !== null)) {
    const out = new Set<string>();
    for (const i of infos) for (const s of i.exact!) out.add(s);
    if (out.size <= MAX_EXACT) return exact(out);
  }
  // Every branch must contain one string of its best requirement: the union is required.
  const out = new Set<string>();
  for (const i of infos) {
    const best = mostSelective(clausesOf(i))[0];
    if (best === undefined) return ANY;
    for (const s of best) out.add(s);
  }
  return { exact: null, clauses: [out] };
}

/** Parses the `u`-flag pattern source `s`; throws on syntax it does not know (the caller then runs the pattern). */
class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.s.length) throw new Error(`unexpected ${this.s[this.i]}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternate(branches);
  }

  /**
   * A sequence: runs of pieces with exact sets multiply out ("d" "[öo]" "da" → döda, doda); every run and
   * every piece's requirement is required of the whole sequence.
   */
  private sequence(): Info {
    const clauses: ReadonlySet<string>[] = [];
    let run = new Set(['']);
    let allExact = true;
    const close = () => {
      const c = asClause(run);
      if (c) clauses.push(c);
    };
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      // Plain letters in a row (most of a word list) extend the run as one string, without a set per letter.
      const plain = this.plainRun();
      if (plain !== '') {
        const next = new Set<string>();
        for (const x of run) next.add(x + plain);
        run = next;
        continue;
      }
      const piece = this.piece();
      if (piece.exact !== null) {
        if (run.size * piece.exact.size <= MAX_EXACT) {
          const next = new Set<string>();
          for (const x of run) for (const y of piece.exact) next.add(x + y);
          run = next;
        } else {
          // Too many combinations: what is read so far stays a requirement, a new run starts here.
          allExact = false;
          close();
          run = new Set(piece.exact);
        }
        continue;
      }
      allExact = false;
      close();
      run = new Set(['']);
      clauses.push(...piece.clauses);
    }
    if (allExact) return exact(run);
    close();
    return { exact: null, clauses: mostSelective(clauses) };
  }

  /** Literal characters from here that no quantifier follows, consumed; '' when there are none. */
  private plainRun(): string {
    const s = this.s;
    const start = this.i;
    let end = start;
    while (end < s.length && !PLAIN_STOP.has(s[end]!)) end++;
    // The last character may carry a quantifier: leave it to `piece`.
    if (end < s.length && '*+?{'.includes(s[end]!)) end--;
    // Never split a surrogate pair.
    if (end > start && end < s.length && /[\ud800-\udbff]/.test(s[end - 1]!)) end--;
    if (end <= start) return '';
    this.i = end;
    return s.slice(start, end);
  }

  private piece(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (q === null) return atom;
    if (q.min === 0) return atom.exact && atom.exact.size < MAX_EXACT ? exact([...atom.exact, '']) : ANY;
    if (q.min === 1 && q.max === 1) return atom;
    return { exact: null, clauses: clausesOf(atom) };
  }

  private quantifier(): { min: number; max: number } | null {
    const s = this.s;
    let q: { min: number; max: number } | null = null;
    const c = s[this.i];
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i));
      if (!m) throw new Error('brace');
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
      this.i += m[0].length - 1;
    }
    if (q === null) return null;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Info {
    const s = this.s;
    const c = s[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape(false);
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if ('*+?{})]'.includes(c)) throw new Error(`syntax ${c}`);
    const ch = String.fromCodePoint(s.codePointAt(this.i)!);
    this.i += ch.length;
    return exact([ch]);
  }

  private group(): Info {
    const s = this.s;
    this.i++;
    let lookaround = false;
    if (s[this.i] === '?') {
      if (s[this.i + 1] === ':') this.i += 2;
      else if (s[this.i + 1] === '=' || s[this.i + 1] === '!') [this.i, lookaround] = [this.i + 2, true];
      else if (s[this.i + 1] === '<' && (s[this.i + 2] === '=' || s[this.i + 2] === '!')) [this.i, lookaround] = [this.i + 3, true];
      else if (s[this.i + 1] === '<') {
        const close = s.indexOf('>', this.i);
        if (close < 0) throw new Error('group name');
        this.i = close + 1;
      } else throw new Error('group');
    }
    const inner = this.alternation();
    if (s[this.i] !== ')') throw new Error('unclosed group');
    this.i++;
    // A look-around reads nothing of the match: as a requirement it is the empty string.
    return lookaround ? EMPTY : inner;
  }

  /** One escape; inside a class, returns its characters as an exact set or ANY. */
  private escape(inClass: boolean): Info {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new Error('escape');
    this.i += 2;
    if (e === 'p' || e === 'P') {
      const close = s.indexOf('}', this.i);
      if (s[this.i] !== '{' || close < 0) throw new Error('property');
      this.i = close + 1;
      return ANY;
    }
    if (e === 'u') {
      const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/.exec(s.slice(this.i));
      if (!m) throw new Error('unicode escape');
      this.i += m[0].length;
      return exact([String.fromCodePoint(parseInt(m[1] ?? m[2]!, 16))]);
    }
    if (e === 'x') {
      const m = /^[0-9a-fA-F]{2}/.exec(s.slice(this.i));
      if (!m) throw new Error('hex escape');
      this.i += 2;
      return exact([String.fromCharCode(parseInt(m[0], 16))]);
    }
    if (e === 'k') {
      const close = s.indexOf('>', this.i);
      if (close < 0) throw new Error('backreference');
      this.i = close + 1;
      return ANY;
    }
    if (e === 'b' || e === 'B') return inClass ? exact(['\b']) : EMPTY;
    // The literal scan reads every white-space character as a space (literal-index.ts), so `\s` is one.
    if (e === 's') return exact([' ']);
    if (e === 'c' || /[0-9dDSwW]/.test(e)) {
      if (e === 'c') this.i++;
      return e === '0' ? exact(['\0']) : ANY;
    }
    const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (controls[e] !== undefined) return exact([controls[e]!]);
    // An identity escape of a syntax character (`\.`, `\-`, `\/` …) stands for that character.
    if (/[\^$\\.*+?()[\]{}|/-]/.test(e)) return exact([e]);
    throw new Error(`escape \\${e}`);
  }

  private charClass(): Info {
    const s = this.s;
    this.i++;
    const negated = s[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = true;
    let prev: string | null = null;
    while (this.i < s.length && s[this.i] !== ']') {
      let item: string | null;
      const escaped = s[this.i] === '\\';
      if (escaped) {
        const info = this.escape(true);
        item = info.exact && info.exact.size === 1 ? [...info.exact][0]! : null;
        if (item === null) known = false;
      } else {
        item = String.fromCodePoint(s.codePointAt(this.i)!);
        this.i += item.length;
      }
      if (!escaped && item === '-' && prev !== null && s[this.i] !== ']') {
        // A range: enumerate it when small.
        let hi: string | null;
        if (s[this.i] === '\\') {
          const info = this.escape(true);
          hi = info.exact && info.exact.size === 1 ? [...info.exact][0]! : null;
        } else {
          hi = String.fromCodePoint(s.codePointAt(this.i)!);
          this.i += hi.length;
        }
        if (hi === null) known = false;
        else {
          const lo = prev.codePointAt(0)!;
          const top = hi.codePointAt(0)!;
          if (top - lo > MAX_CLASS) known = false;
          else for (let c = lo; c <= top; c++) chars.add(String.fromCodePoint(c));
        }
        prev = null;
        continue;
      }
      if (item !== null) chars.add(item);
      prev = item;
    }
    if (s[this.i] !== ']') throw new Error('unclosed class');
    this.i++;
    if (negated || !known || chars.size === 0 || chars.size > MAX_CLASS) return ANY;
    return exact(chars);
  }
}

/**
 * Sets of strings every match of the pattern source contains one of each of (most selective first), or
 * null when none is known or the source has syntax this reader does not handle: then the pattern always runs.
 *
 * @example
 * requiredLiterals('(?<![\\p{L}\\p{N}])(?:döda|slå)\\s(?:dig|er)') // [['döda dig', 'döda er', 'slå dig', 'slå er']]
 * requiredLiterals('\\p{L}+') // null
 */
export function requiredLiterals(source: string): string[][] | null {
  let info: Info;
  try {
    info = new Parser(source).parse();
  } catch {
    return null;
  }
  const clauses = mostSelective(clausesOf(info)).filter((c) => c.size <= MAX_REQUIRED);
  return clauses.length === 0 ? null : clauses.map((c) => withoutSuperstrings(c).sort());
}

/**
 * A set less every string that holds another of the set ("kvinnorna" beside "kvinnor"): a text holding it holds
 * the shorter one too, so the set says the same with fewer literals to register and look for (a quarter fewer).
 */
function withoutSuperstrings(set: ReadonlySet<string>): string[] {
  const byLength = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of byLength) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}
