import { type LiteralScan, mapClauses, type RequirementIndex, requirementIndex, scanLiterals, scanRewritten } from '../../lexicon/literal-index.js';
import { type CompiledPattern, expandPattern, keepLoops, type KnowsRequired, matchPatterns, type PatternHit, requiredClauses } from '../../lexicon/patterns.js';
import { stripSwedishDiacritics, SWEDISH_FOLD } from '../../lexicon/variants.js';
import { mapSource } from '../../lexicon/word-edges.js';
import { isLetterUnit, isSpaceUnit } from '../../normalise/letters.js';
import { detached, unitsToString } from '../../normalise/units.js';
import type { Lexicon, Pattern } from '../../ruleset/schema.js';
import type { DetectionContext } from '../rule.js';
import { listKey, perComment, unsureLanguage } from './comment-memo.js';

/** A rewritten copy of the normalised text; per code unit, the half-open normalised span it came from. */
export interface Variant {
  readonly text: string;
  readonly from: Uint32Array;
  readonly to: Uint32Array;
  /**
   * The stretches of `text` the rewrite wrote (half-open pairs, ascending); every other unit is a copy of the
   * unit it maps to, and follows the unit before it in the source unless that one was written.
   */
  readonly rewritten: readonly number[];
}

const STRETCH = /(\p{L})\1{2,}/u;
// "$" and "@" ending a word stand for s and a ("grati$", "re@"): the normaliser only reads them before a letter.
const TRAILING_LEET: Readonly<Record<string, string>> = { $: 's', '@': 'a' };
const TRAILING_LEET_AT = /\p{L}[$@]+(?![\p{L}\p{N}])/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE_RUN = /\s\s/u;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * The normalised text with spaced-out words joined ("d ö d a" → "döda"), stretched letters cut to one
 * ("dööööda" → "döda"), runs of white space cut to one (patterns read single spaces, which keeps them
 * linear) and "$", "@" ending a word read as s, a, so phrase patterns see what a reader sees; null when
 * nothing needs rewriting.
 *
 * @example
 * variantOf(ctx)?.text // 'jag ska döda dig' for "jag ska d ö d a dig"
 */
export function variantOf(ctx: DetectionContext): Variant | null {
  return variantsOf(ctx)[0] ?? null;
}

/**
 * The rewritten copies of the comment: stretched letters cut to one ("dööööda" → "döda") and, when there
 * are stretched letters, a second copy with them cut to two ("booooook" → "book").
 *
 * @example
 * variantsOf(ctx).map(v => v.text) // ['bok now', 'book now'] for "booooook now"
 */
export function variantsOf(ctx: DetectionContext): readonly Variant[] {
  return perComment(ctx, 'variants', () => {
    // Read once: both the gate and the second copy ask it.
    const stretched = STRETCH.test(ctx.normalised.text);
    const one = buildVariant(ctx, 1, stretched);
    if (!one) return [];
    return stretched ? [one, buildVariant(ctx, 2, stretched)!] : [one];
  });
}

const NEWLINE = 10;
const DOLLAR = 36;
const AT = 64;
const UNIT_X = 120;
const UNIT_W = 119;

function buildVariant(ctx: DetectionContext, keep: 1 | 2, stretched: boolean): Variant | null {
  const src = ctx.normalised.text;
  const spaced = ctx.tokens.filter((t) => t.spaced);
  if (spaced.length === 0 && !stretched && !SPACE_RUN.test(src) && !TRAILING_LEET_AT.test(src)) return null;
  const n = src.length;
  // The copy is never longer than the text (each unit written reads at least one, a kept pair at least three):
  // its units go to a typed array read out once, as appending slices to a string was a deep rope on long texts.
  const units = new Uint16Array(n);
  const from = new Uint32Array(n);
  const to = new Uint32Array(n);
  let w = 0;
  const push = (c: number, a: number, b: number) => {
    units[w] = c;
    from[w] = a;
    to[w] = b;
    w++;
  };
  const rewritten: number[] = [];
  // Units [w0, w) were written by a rewrite: joined to the stretch before when they touch.
  const wrote = (w0: number) => {
    if (rewritten.length > 0 && rewritten[rewritten.length - 1] === w0) rewritten[rewritten.length - 1] = w;
    else if (w > w0) rewritten.push(w0, w);
  };
  let i = 0;
  let s = 0;
  while (i < n) {
    const w0 = w;
    while (spaced[s] && spaced[s]!.start < i) s++;
    const run = spaced[s];
    if (run && run.start === i) {
      // Keep only the letters of "d ö d a": the separators go.
      for (let p = run.start; p < run.end; p++) {
        const c = src.charCodeAt(p);
        if (isLetterUnit(c)) push(c, p, p + 1);
      }
      wrote(w0);
      i = run.end;
      continue;
    }
    const c = src.charCodeAt(i);
    if (i + 1 < n && isSpaceUnit(c) && isSpaceUnit(src.charCodeAt(i + 1))) {
      let j = i;
      let newline = false;
      for (; j < n; j++) {
        const u = src.charCodeAt(j);
        if (!isSpaceUnit(u)) break;
        if (u === NEWLINE) newline = true;
      }
      push(newline ? NEWLINE : 32, i, j);
      wrote(w0);
      i = j;
      continue;
    }
    // A letter repeated three or more times stands for one ("jaaaag" → "jag") or two ("booook" → "book");
    // "xxx" and "www" are written that way, not stretched.
    if (src.charCodeAt(i + 1) === c && src.charCodeAt(i + 2) === c && c !== UNIT_X && c !== UNIT_W && isLetterUnit(c)) {
      let j = i;
      while (src.charCodeAt(j) === c) j++;
      if (keep === 1) push(c, i, j);
      else {
        push(c, i, i + 1);
        push(c, i + 1, j);
      }
      wrote(w0);
      i = j;
      continue;
    }
    // "$" and "@" ending a word (TRAILING_LEET) stand for s and a.
    if ((c === DOLLAR || c === AT) && i > 0 && isLetterUnit(src.charCodeAt(i - 1))) {
      let j = i;
      while (j < n && (src.charCodeAt(j) === DOLLAR || src.charCodeAt(j) === AT)) j++;
      if (j >= n || !WORD_CHAR.test(src[j]!)) {
        for (let k = i; k < j; k++) push(TRAILING_LEET[src[k]!]!.charCodeAt(0), k, k + 1);
        wrote(w0);
        i = j;
        continue;
      }
    }
    push(c, i, i + 1);
    i++;
  }
  // Views, not copies: the maps live only as long as the comment, and copying them was 8 MB per MB of text.
  return { text: unitsToString(units, w, SURROGATE.test(src)), from: from.subarray(0, w), to: to.subarray(0, w), rewritten };
}

const LEET_IN_WORD = /\p{L}[0-9@$!|€]|[0-9@$!|€]\p{L}/u;
const LOOKALIKE_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff]/u;

/**
 * A pattern source made tolerant of text written without å, ä, ö: outside character classes "ö" becomes
 * "[öo]", inside one "ö" gains an "o".
 *
 * @example
 * foldTolerant('d(?:ö)da [åä]') // 'd(?:[öo])da [åäaa]'
 */
export function foldTolerant(source: string): string {
  const { escaped, inClass } = mapSource(source);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    const plain = escaped[i] === 0 ? SWEDISH_FOLD[c] : undefined;
    out += plain === undefined ? c : inClass[i] === 1 ? c + plain : `[${c}${plain}]`;
  }
  return out;
}

/**
 * The source of a pattern's tolerant copy: expanded, its short repeats kept loops as `compilePatterns` keeps
 * them (written out, one threat pattern's machine code was 332 KB instead of 42), then folded.
 *
 * @example
 * tolerantSource({ id: 'p', pattern: 'döda' }, new Map(), 'f/p') // 'd[öo]da'
 */
export function tolerantSource(pattern: Pattern, lexicons: ReadonlyMap<string, Lexicon>, where: string): string {
  return foldTolerant(keepLoops(expandPattern(pattern.pattern, lexicons, where)));
}

const byFiles = new WeakMap<readonly CompiledPattern[], Map<string, CompiledPattern[]>>();
const tolerant = new WeakMap<CompiledPattern, TolerantPattern>();

/** The compiled patterns of `fileIds` in one language family, cached per ruleset. */
function filtered(all: readonly CompiledPattern[], fileIds: readonly string[]): CompiledPattern[] {
  let cache = byFiles.get(all);
  if (!cache) byFiles.set(all, (cache = new Map()));
  const key = listKey('files', fileIds);
  let list = cache.get(key);
  if (!list) cache.set(key, (list = all.filter((p) => fileIds.includes(p.fileId))));
  return list;
}

/**
 * The compiled patterns of the comment's language family that belong to `fileIds`, cached per ruleset.
 *
 * @example
 * patternsOf(ctx, ['context.piracy-hosts']).length // 4
 */
export function patternsOf(ctx: DetectionContext, fileIds: readonly string[]): CompiledPattern[] {
  return filtered(ctx.language.code === 'en' ? ctx.ruleset.englishPatterns : ctx.ruleset.swedishPatterns, fileIds);
}

const NAMED_GROUP = /\(\?<[a-zA-Z]/;
const lexiconMaps = new WeakMap<readonly Lexicon[], ReadonlyMap<string, Lexicon>>();

/**
 * A pattern made tolerant of text written without å, ä, ö, its expression made only when first run: a
 * comment without them is checked against every phrase pattern, and making them all was a quarter of a
 * second. Its caller prefilters it (on the folded text), so it requires nothing itself.
 */
class TolerantPattern implements CompiledPattern, KnowsRequired {
  readonly fileId: string;
  readonly category: CompiledPattern['category'];
  readonly language: CompiledPattern['language'];
  readonly pattern: CompiledPattern['pattern'];
  #regex: RegExp | undefined;

  constructor(
    readonly original: CompiledPattern,
    private readonly lexicons: readonly Lexicon[],
  ) {
    this.fileId = original.fileId;
    this.category = original.category;
    this.language = original.language;
    this.pattern = original.pattern;
  }

  get regex(): RegExp {
    if (this.#regex === undefined) {
      let byId = lexiconMaps.get(this.lexicons);
      if (!byId) lexiconMaps.set(this.lexicons, (byId = new Map(this.lexicons.map((l) => [l.id, l]))));
      const source = tolerantSource(this.pattern, byId, `${this.fileId}/${this.pattern.id}`);
      // A pattern made on first use is not made just for its flags: they follow from the source, as it does it.
      const lazy = typeof (this.original as Partial<KnowsRequired>).requiredIds === 'function';
      this.#regex = new RegExp(source, lazy ? (NAMED_GROUP.test(source) ? 'dgu' : 'gu') : this.original.regex.flags);
    }
    return this.#regex;
  }

  requiredIds(): null {
    return null;
  }
}

function tolerantOf(p: CompiledPattern, lexicons: readonly Lexicon[]): TolerantPattern {
  let t = tolerant.get(p);
  if (!t) tolerant.set(p, (t = new TolerantPattern(p, lexicons)));
  return t;
}

const foldedRequired = new WeakMap<readonly CompiledPattern[], RequirementIndex>();

/**
 * The tolerant copies of the patterns that may match a text, given the scan of its folded reading: a tolerant
 * match, read with å, ä, ö folded, holds a folded literal of each set its pattern requires.
 */
function tolerantFor(compiled: readonly CompiledPattern[], folded: LiteralScan, lexicons: readonly Lexicon[]): readonly TolerantPattern[] {
  let index = foldedRequired.get(compiled);
  if (!index) {
    index = requirementIndex(
      compiled.map((p) => {
        const clauses = requiredClauses(p);
        return clauses === null ? null : mapClauses(clauses, stripSwedishDiacritics);
      }),
    );
    foldedRequired.set(compiled, index);
  }
  const picked = folded.satisfied(index);
  // The same picks recur from comment to comment: one list per pick, so the engine indexes each list once
  // (a new array per comment was a new WeakMap entry and index in matchPatterns).
  let byPick = tolerantLists.get(compiled);
  if (!byPick) tolerantLists.set(compiled, (byPick = new Map()));
  const key = picked.join(',');
  let list = byPick.get(key);
  if (!list) {
    list = picked.map((i) => tolerantOf(compiled[i]!, lexicons));
    // Bounded, so a service reading endless kinds of text does not keep every pick.
    if (byPick.size >= MAX_TOLERANT_LISTS) byPick.clear();
    byPick.set(key, list);
  }
  return list;
}
const tolerantLists = new WeakMap<readonly CompiledPattern[], Map<string, TolerantPattern[]>>();
const MAX_TOLERANT_LISTS = 1024;

/**
 * Maps a hit on the variant text back to normalised offsets.
 *
 * @example
 * mapBack(hit, variantOf(ctx)!, hit.compiled).start // offset in ctx.normalised.text
 */
export function mapBack(hit: PatternHit, v: Variant, compiled: CompiledPattern): PatternHit {
  const span = (a: number, b: number) => (b > a ? { start: v.from[a]!, end: v.to[b - 1]! } : { start: v.from[a] ?? 0, end: v.from[a] ?? 0 });
  const groups: Record<string, { start: number; end: number; text: string }> = {};
  for (const [name, g] of Object.entries(hit.groups)) groups[name] = { ...span(g.start, g.end), text: g.text };
  return { compiled, ...span(hit.start, hit.end), match: hit.match, groups };
}

/**
 * Pattern hits of `fileIds` for the comment, in normalised offsets: the engine's hits, plus hits on a
 * rewritten copy when the comment spaces out or stretches words, plus (non-English comments written
 * without å, ä, ö) hits of the same patterns made tolerant of the missing letters.
 *
 * @example
 * phraseHits(ctx, ['crime.sv']).map(h => h.compiled.pattern.id) // ['threat-first-person']
 */
export function phraseHits(ctx: DetectionContext, fileIds: readonly string[]): PatternHit[] {
  return perComment(ctx, listKey('phrases', fileIds), computePhraseHits, fileIds);
}

function computePhraseHits(ctx: DetectionContext, fileIds: readonly string[]): PatternHit[] {
  const own = patternsOf(ctx, fileIds);
  // A comment whose language is a guess ("I'm gonna stab him" is too short to tell) also gets the other
  // family's phrases: they are whole sentences, unlike single words that are innocent in the other language.
  const other = ctx.language.code === 'en' ? ctx.ruleset.swedishPatterns : ctx.ruleset.englishPatterns;
  const extra = unsureLanguage(ctx) ? extraOf(own, filtered(other, fileIds)) : NONE;
  if (own.length === 0 && extra.length === 0) return [];
  // Every run covers these files' patterns among others (allHits): a hit is theirs when its file is.
  // Each run is read in place, in the order they were made (no filtered copy per run: most comments have no hit of these files).
  let byKey = longestOf(undefined, ctx.patternHits, fileIds);
  if (extra.length > 0) byKey = longestOf(byKey, allHits(ctx, 'extra', -1, false), fileIds);
  // Written without å, ä, ö, or disguised (leet "tj4na", Greek or Cyrillic look-alikes): folded letters may stand for them.
  const stripped = (ctx.language.code !== 'en' || extra.length > 0) && perComment(ctx, 'stripped', strippedText);
  if (stripped) byKey = longestOf(byKey, allHits(ctx, 'tolerant', -1, true), fileIds);
  const variants = variantsOf(ctx).length;
  for (let v = 0; v < variants; v++) byKey = longestOf(byKey, allHits(ctx, 'variant', v, stripped), fileIds);
  if (!byKey) return [];
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

function strippedText(ctx: DetectionContext): boolean {
  return LEET_IN_WORD.test(ctx.text) || LOOKALIKE_SCRIPT.test(ctx.text) || !/[åäö]/u.test(ctx.normalised.text);
}

/**
 * Adds the hits of `run` of `fileIds` to `byKey` (made on the first one): one hit per pattern and start, the
 * longest, as "en kula i h u v u d e t" reads further on the rewritten text.
 */
function longestOf(byKey: Map<string, PatternHit> | undefined, run: readonly PatternHit[], fileIds: readonly string[]): Map<string, PatternHit> | undefined {
  for (const h of run) {
    if (!fileIds.includes(h.compiled.fileId)) continue;
    const key = `${h.compiled.fileId}/${h.compiled.pattern.id}@${h.start}`;
    const had = (byKey ??= new Map()).get(key);
    if (!had || h.end > had.end) byKey.set(key, h);
  }
  return byKey;
}

const NONE: readonly CompiledPattern[] = [];
const extras = new WeakMap<readonly CompiledPattern[], WeakMap<readonly CompiledPattern[], readonly CompiledPattern[]>>();

/** The other family's patterns of some files that are not also the comment's own, per pair of cached lists. */
function extraOf(own: readonly CompiledPattern[], others: readonly CompiledPattern[]): readonly CompiledPattern[] {
  let byOthers = extras.get(own);
  if (!byOthers) extras.set(own, (byOthers = new WeakMap()));
  let extra = byOthers.get(others);
  if (!extra) byOthers.set(others, (extra = others.filter((p) => !own.includes(p))));
  return extra;
}

/**
 * Hits of every phrase pattern of the comment's language family (and of the other family when the
 * language is a guess) in one run per comment, which each rule then filters to its own files: on the
 * other family's patterns ('extra'), the tolerant patterns on the text ('tolerant'), or the patterns
 * (tolerant when `stripped`) on variant `v` ('variant'). Hits carry the engine's compiled pattern.
 */
function allHits(ctx: DetectionContext, run: 'extra' | 'tolerant' | 'variant', v: number, stripped: boolean): PatternHit[] {
  return perComment(ctx, allHitsKey(run, v, stripped), () => {
    const set = patternSet(ctx);
    if (run === 'extra') return matchPatterns(set.others, ctx.normalised.text);
    const original = (h: PatternHit) => (h.compiled instanceof TolerantPattern ? h.compiled.original : h.compiled);
    const { lexicons } = ctx.ruleset.ruleset;
    if (run === 'tolerant') {
      const tolerantList = tolerantFor(set.compiled, scanLiterals(foldedText(ctx)), lexicons);
      return matchPatterns(tolerantList, ctx.normalised.text).map((h) => ({ ...h, compiled: original(h) }));
    }
    const variant = variantsOf(ctx)[v]!;
    const scan = variantScan(ctx, variant, stripped);
    // A tolerant list requires nothing itself (tolerantFor prefiltered it): matchPatterns reads no scan for it.
    const hits = stripped ? matchPatterns(tolerantFor(set.compiled, scan, lexicons), variant.text) : matchPatterns(set.compiled, variant.text, scan);
    return hits.map((h) => mapBack(h, variant, original(h)));
  });
}

/** The normalised text read without å, ä, ö, once per comment (one string, so the literal scans find it again). */
function foldedText(ctx: DetectionContext): string {
  return perComment(ctx, 'folded-text', () => stripSwedishDiacritics(ctx.normalised.text));
}

/**
 * The literal scan of a variant (of its reading without å, ä, ö when `folded`), made from the scan of the
 * text it was rewritten from: only the stretches the rewrite changed are read, as a long comment's copies
 * differ from it in a few places. A prefilter: it may name more literals than the copy holds, never fewer.
 */
function variantScan(ctx: DetectionContext, variant: Variant, folded: boolean): LiteralScan {
  const base = scanLiterals(folded ? foldedText(ctx) : ctx.normalised.text);
  return scanRewritten(variant.text, base, variant.rewritten, folded ? stripSwedishDiacritics : undefined);
}

/** allHits' memo keys, one string each: a key built on every call was hashed on every call. */
const allHitsKeys = new Map<string, string[]>();
function allHitsKey(run: 'extra' | 'tolerant' | 'variant', v: number, stripped: boolean): string {
  let keys = allHitsKeys.get(run);
  if (!keys) allHitsKeys.set(run, (keys = []));
  // v is -1 (no variant) or a variant index (0, 1).
  const slot = (v + 1) * 2 + (stripped ? 1 : 0);
  return (keys[slot] ??= `all-hits:${run}:${v}:${stripped}`);
}

/** A language family's phrase patterns, and the other family's that are not also its own. */
interface PatternSet {
  readonly others: readonly CompiledPattern[];
  readonly compiled: readonly CompiledPattern[];
}
const patternSets = new WeakMap<readonly CompiledPattern[], { sure?: PatternSet; unsure?: PatternSet }>();

/** The comment's pattern set, made once per ruleset, family and sureness. */
function patternSet(ctx: DetectionContext): PatternSet {
  const english = ctx.language.code === 'en';
  const own = english ? ctx.ruleset.englishPatterns : ctx.ruleset.swedishPatterns;
  const unsure = unsureLanguage(ctx);
  let byOwn = patternSets.get(own);
  if (!byOwn) patternSets.set(own, (byOwn = {}));
  const key = unsure ? 'unsure' : 'sure';
  let set = byOwn[key];
  if (!set) {
    const other = english ? ctx.ruleset.swedishPatterns : ctx.ruleset.englishPatterns;
    const ownSet = new Set(own);
    const others = unsure ? other.filter((p) => !ownSet.has(p)) : [];
    set = byOwn[key] = { others, compiled: [...own, ...others] };
  }
  return set;
}

/** Per cached pattern list, the answers for hosts already checked: the same few hosts recur in every comment. */
const listedHosts = new WeakMap<readonly CompiledPattern[], Map<string, boolean>>();
const MAX_LISTED_HOSTS = 4096;

/**
 * True when one of the patterns of `fileIds` (language-neutral host lists) matches `host`.
 *
 * @example
 * hostListed(ctx, ['context.piracy-hosts'], 'thepiratebay.org') // true
 */
export function hostListed(ctx: DetectionContext, fileIds: readonly string[], host: string): boolean {
  const patterns = patternsOf(ctx, fileIds);
  let known = listedHosts.get(patterns);
  if (!known) listedHosts.set(patterns, (known = new Map()));
  let ok = known.get(host);
  if (ok === undefined) {
    ok = patterns.some((p) => {
      p.regex.lastIndex = 0;
      const hit = p.regex.test(host);
      p.regex.lastIndex = 0;
      return hit;
    });
    // Bounded, so a service reading endless new hosts does not keep them all.
    if (known.size >= MAX_LISTED_HOSTS) known.clear();
    known.set(detached(host), ok);
  }
  return ok;
}
