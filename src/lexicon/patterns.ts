import { RulesetError } from '../errors.js';
import type { Lexicon, Pattern, PatternFile } from '../ruleset/schema.js';
import type { Category } from '../schema/decision.js';
import { escapeLiteral, literalAlternation } from './literal-trie.js';
import { clauseIds, type LiteralScan, literalIds, type RequirementIndex, requirementIndex, scanLiterals } from './literal-index.js';
import { narrowText, readsOnlyNarrow } from './narrow-text.js';
import { requiredLiterals } from './required-literals.js';
import { endsWithWord, mapSource, startsWithWord, wordLiteralAt } from './word-edges.js';

/** A pattern made ready to run: its source expanded and compiled once per ruleset. */
export interface CompiledPattern {
  readonly fileId: string;
  readonly category: Category | 'context';
  readonly language: 'sv' | 'en' | '*';
  readonly pattern: Pattern;
  readonly regex: RegExp;
}

/** One pattern hit, in normalised-text offsets. */
export interface PatternHit {
  readonly compiled: CompiledPattern;
  readonly start: number;
  readonly end: number;
  /** The matched normalised text. */
  readonly match: string;
  /** Named groups that matched, in normalised offsets: rules use them to point at the word that matters. */
  readonly groups: Readonly<Record<string, { start: number; end: number; text: string }>>;
}

/** A Unicode-aware word boundary: JavaScript's `\b` does not count å, ä, ö as letters. */
const WORD_BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
/** `{b}` after a part that surely ends with a letter or digit: only "no letter or digit next" is left to check. */
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';
/** `{b}` before a part that surely starts with a letter or digit: only "no letter or digit before" is left. */
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
/** Most hits one pattern reports in one comment: enough to explain, bounded for hostile input. */
const MAX_HITS_PER_PATTERN = 200;
const MACRO = /\{(b|list:[a-z0-9._-]+)\}/g;

/** A lexicon's forms for `{list:ID}` (longest first) and their alternations, made once per lexicon. */
interface ListExpansion {
  readonly forms: string[];
  plain?: string;
  notAfterWord?: string;
}

const lists = new WeakMap<Lexicon, ListExpansion>();

function listOf(lexicon: Lexicon): ListExpansion {
  let list = lists.get(lexicon);
  if (list === undefined) {
    const set = new Set<string>();
    for (const e of lexicon.entries) for (const f of [e.term, ...e.forms]) set.add(f.toLowerCase());
    lists.set(lexicon, (list = { forms: [...set].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)) }));
  }
  return list;
}

/**
 * Expands a pattern's macros: `{b}` is a word boundary that knows å, ä, ö; `{list:ID}` is every form of
 * the lexicon `ID` (longest first), so a pattern can say "alla {list:sv.context.groups} är".
 * The expansion matches exactly what the generic one would, written for speed: a list is a trie of its
 * forms, and a `{b}` next to a part that surely starts or ends with a letter or digit keeps only the
 * look-around that can fail, after a plain first letter where there is one (`{b}alla` → `a(?<!…a)lla`).
 *
 * @example
 * expandPattern('{b}alla {list:sv.groups}{b}', lexicons) // 'a(?<![\p{L}\p{N}]a)lla (?:kvinnor|…)(?![\p{L}\p{N}])'
 */
export function expandPattern(source: string, lexicons: ReadonlyMap<string, Lexicon>, where: string): string {
  const formsOf = (id: string): string[] | undefined => {
    const lexicon = lexicons.get(id);
    return lexicon ? listOf(lexicon).forms : undefined;
  };
  const alternationOf = (id: string, notAfterWord: boolean): string => {
    const list = listOf(lexicons.get(id)!);
    if (notAfterWord) return (list.notAfterWord ??= literalAlternation(list.forms, { notAfterWord }));
    return (list.plain ??= literalAlternation(list.forms));
  };
  const listOrThrow = (id: string): string[] => {
    const forms = formsOf(id);
    if (!forms) throw new RulesetError(`Pattern ${where} uses {list:${id}}, but the ruleset has no lexicon "${id}". Add the lexicon or fix the id.`, [`${where}: unknown lexicon ${id}`]);
    return forms;
  };
  const map = mapSource(source);
  let out = '';
  let last = 0;
  MACRO.lastIndex = 0;
  for (let m = MACRO.exec(source); m !== null; m = MACRO.exec(source)) {
    if (m.index < last) continue;
    out += source.slice(last, m.index);
    last = m.index + m[0].length;
    const macro = m[1]!;
    if (macro !== 'b') {
      listOrThrow(macro.slice(5));
      out += alternationOf(macro.slice(5), false);
      continue;
    }
    // A {b} written inside a class or after a backslash keeps the generic form, as before.
    if (map.escaped[m.index] === 1 || map.inClass[m.index] === 1) {
      out += WORD_BOUNDARY;
      continue;
    }
    if (endsWithWord(map, 0, m.index, formsOf)) {
      out += NOT_BEFORE_WORD;
      continue;
    }
    const literal = wordLiteralAt(map, last, formsOf);
    if (literal !== null) {
      out += `${escapeLiteral(literal)}(?<![\\p{L}\\p{N}]${escapeLiteral(literal)})`;
      last += literal.length;
      continue;
    }
    const list = /^\{list:([a-z0-9._-]+)\}/.exec(source.slice(last));
    const forms = list ? formsOf(list[1]!) : undefined;
    const listEnd = list ? last + list[0].length : last;
    if (forms && forms.length > 0 && startsWithWord(map, last, source.length, formsOf) && !/^[?*+{]/.test(source.slice(listEnd))) {
      out += alternationOf(list![1]!, true);
      last = listEnd;
      MACRO.lastIndex = last;
      continue;
    }
    out += startsWithWord(map, last, source.length, formsOf) ? NOT_AFTER_WORD : WORD_BOUNDARY;
  }
  return out + source.slice(last);
}

/** A group closed and repeated two or three times at most (`…){0,3}`), or optional (`…)?`), which V8 would copy out. */
const SMALL_REPEAT = /^(?:\{\d,[23]\}|\?)/;

/**
 * `source` with an empty capture group at the end of every group repeated at most two or three times, or
 * optional (`(?:a|b\s){0,3}` → `(?:a|b\s()){0,3}`, `(?:har\s)?` → `(?:har\s())?`): the same matches, but V8
 * keeps the repeat a loop instead of writing the group, and what follows it, out once per count. For a long
 * list of words that made machine code several times larger and slower to compile (threat patterns: ~38 →
 * ~12 ms in a first call); optional groups alone took the machine code of the regexes a corpus pass
 * compiles from 7.5 to 5.1 MB.
 *
 * @example
 * keepLoops('(?:(?:fan|nu)\\s){0,3}') // '(?:(?:fan|nu)\\s()){0,3}'
 * keepLoops('(?:jag\\s)?ska') // '(?:jag\\s())?ska'
 */
export function keepLoops(source: string): string {
  const { escaped, inClass } = mapSource(source);
  let out = '';
  let last = 0;
  for (let i = source.indexOf(')'); i >= 0; i = source.indexOf(')', i + 1)) {
    if (escaped[i] === 1 || inClass[i] === 1 || !SMALL_REPEAT.test(source.slice(i + 1, i + 6))) continue;
    out += `${source.slice(last, i)}()`;
    last = i;
  }
  return out + source.slice(last);
}

/** The regular expression of an expanded source; throws `RulesetError` naming the pattern when it is invalid. */
function compileSource(pattern: Pattern, lexicons: ReadonlyMap<string, Lexicon>, where: string): RegExp {
  try {
    const source = keepLoops(expandPattern(pattern.pattern, lexicons, where));
    // Group offsets (the `d` flag) only where a pattern names groups: they cost a little on every match.
    return new RegExp(source, /\(\?<[a-zA-Z]/.test(source) ? 'dgu' : 'gu');
  } catch (e) {
    throw new RulesetError(`Pattern ${where} is not a valid regular expression: ${(e as Error).message}. Fix its "pattern".`, [`${where}: ${(e as Error).message}`]);
  }
}

/**
 * A pattern of a ruleset checked at build time (the bundled one): its required literals were read then, so
 * its expression is made only the first time a text holds them. Most comments never need most patterns,
 * and making them all was most of the first call.
 */
class PrecheckedPattern implements CompiledPattern {
  readonly fileId: string;
  readonly category: Category | 'context';
  readonly language: 'sv' | 'en' | '*';
  // Private, so a copy made with a new regex (`{ ...p, regex }`) keeps neither: it reads its own.
  readonly #lexicons: ReadonlyMap<string, Lexicon>;
  readonly #required: readonly (readonly string[])[] | null;
  #regex: RegExp | undefined;
  #requiredIds: Int32Array | null | undefined;

  constructor(file: PatternFile, readonly pattern: Pattern, lexicons: ReadonlyMap<string, Lexicon>, required: readonly (readonly string[])[] | null) {
    this.fileId = file.id;
    this.category = file.category;
    this.language = file.language;
    this.#lexicons = lexicons;
    this.#required = required;
  }

  get regex(): RegExp {
    return (this.#regex ??= compileSource(this.pattern, this.#lexicons, `${this.fileId}/${this.pattern.id}`));
  }

  /** The required literals as clause ids, as `requiredClauses` would read them from the regex. */
  requiredIds(): Int32Array | null {
    if (this.#requiredIds === undefined) this.#requiredIds = this.#required === null ? null : clauseIds(this.#required.map(literalIds));
    return this.#requiredIds;
  }
}

/**
 * Compiles pattern files (flags `gu`, on normalised lower-case text) after expanding macros.
 * Throws `RulesetError` naming the pattern when its source is not a valid regular expression.
 * A pattern in `prefilters` (checked at build time, with the literals it requires) is compiled on first use.
 *
 * @example
 * compilePatterns(ruleset.patterns, ruleset.lexicons)[0].regex.flags // 'gu' ('dgu' with named groups)
 */
export function compilePatterns(files: readonly PatternFile[], lexicons: readonly Lexicon[], prefilters?: ReadonlyMap<Pattern, readonly (readonly string[])[] | null>): CompiledPattern[] {
  const byId = new Map(lexicons.map((l) => [l.id, l]));
  const out: CompiledPattern[] = [];
  for (const file of files) {
    for (const pattern of file.patterns) {
      const required = prefilters?.get(pattern);
      if (required !== undefined) out.push(new PrecheckedPattern(file, pattern, byId, required));
      else out.push({ fileId: file.id, category: file.category, language: file.language, pattern, regex: compileSource(pattern, byId, `${file.id}/${pattern.id}`) });
    }
  }
  return out;
}

/** True when an occurrence of `phrase` in `text` overlaps `[start, end)`. */
function allowOverlaps(text: string, phrase: string, start: number, end: number): boolean {
  const from = Math.max(0, start - phrase.length + 1);
  const window = text.slice(from, Math.min(text.length, end + phrase.length - 1));
  for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
    if (from + at < end && from + at + phrase.length > start) return true;
  }
  return false;
}

/** A pattern that reads its required clauses without compiling its regex (null: it always runs). */
export interface KnowsRequired {
  requiredIds(): Int32Array | null;
}

// By regex, so a copy made with a new regex (`{ ...p, regex }`) reads its own. Only list indexing reads it.
const requiredByRegex = new WeakMap<RegExp, Int32Array | null>();

/**
 * The clauses (ids from `clauseIds`) every match of the pattern satisfies, or null when none is known; read
 * once per regex, or from the pattern itself when it knows them without its regex (prechecked, prefiltered).
 *
 * @example
 * requiredClauses(compiled[0]) // Int32Array [3, 7]
 */
export function requiredClauses(compiled: CompiledPattern): Int32Array | null {
  if (typeof (compiled as Partial<KnowsRequired>).requiredIds === 'function') return (compiled as unknown as KnowsRequired).requiredIds();
  let ids = requiredByRegex.get(compiled.regex);
  if (ids === undefined) {
    const sets = requiredLiterals(compiled.regex.source);
    requiredByRegex.set(compiled.regex, (ids = sets === null ? null : clauseIds(sets.map(literalIds))));
  }
  return ids;
}

const indexByList = new WeakMap<readonly CompiledPattern[], RequirementIndex>();

/** The required clauses of each pattern of a list, indexed once per list: rules pass the same lists per comment. */
function requirementsOf(patterns: readonly CompiledPattern[]): RequirementIndex {
  let index = indexByList.get(patterns);
  // A list changed in place (its length) is read again.
  if (index === undefined || index.requireds.length !== patterns.length) indexByList.set(patterns, (index = requirementIndex(patterns.map(requiredClauses))));
  return index;
}

const narrowSafeByRegex = new WeakMap<RegExp, boolean>();
/** `readsOnlyNarrow` of the regex's source, read once per regex. */
function narrowSafe(regex: RegExp): boolean {
  let safe = narrowSafeByRegex.get(regex);
  if (safe === undefined) narrowSafeByRegex.set(regex, (safe = readsOnlyNarrow(regex.source)));
  return safe;
}

/**
 * Runs compiled patterns over normalised text; skips a match that overlaps one of its pattern's `allow`
 * phrases ("bränna ner löven" protects "bränna ner"). Hits come in pattern order, then by position. `scan`,
 * when given, stands for `scanLiterals(text)` as the prefilter (it may name more literals, never fewer).
 *
 * @example
 * matchPatterns(compiled, 'jag vet var du bor').map(h => h.compiled.pattern.id) // ['threat-know-where-you-live']
 */
export function matchPatterns(patterns: readonly CompiledPattern[], text: string, scan?: LiteralScan): PatternHit[] {
  const hits: PatternHit[] = [];
  const index = requirementsOf(patterns);
  // A pattern that needs a word this text does not contain cannot match: it is not run at all.
  const chosen = index.always.length === patterns.length ? index.always : (scan ?? scanLiterals(text)).satisfied(index);
  let narrow: string | undefined | null = null;
  for (const p of chosen) {
    const compiled = patterns[p]!;
    // Read after the prefilter: a prechecked pattern makes its regex only now.
    const { regex, pattern } = compiled;
    if (narrow === null) narrow = narrowText(text);
    // Same matches at the same offsets, and the regex keeps to its one-byte (optimised) code.
    const subject = narrow !== undefined && narrowSafe(regex) ? narrow : text;
    regex.lastIndex = 0;
    let count = 0;
    for (let m = regex.exec(subject); m !== null && count < MAX_HITS_PER_PATTERN; m = regex.exec(subject)) {
      if (m[0].length === 0) {
        // Step over a whole code point: with the `u` flag an index inside a surrogate pair is moved back to
        // its start, so stepping one unit would find the same empty match forever.
        regex.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (pattern.allow.some((a) => allowOverlaps(text, a, start, end))) continue;
      const groups: Record<string, { start: number; end: number; text: string }> = {};
      const indices = m.indices?.groups;
      if (m.groups && indices) {
        for (const [name, value] of Object.entries(m.groups)) {
          const span = indices[name];
          if (value !== undefined && span) groups[name] = { start: span[0], end: span[1], text: value };
        }
      }
      hits.push({ compiled, start, end, match: m[0], groups });
      count++;
    }
  }
  return hits;
}
