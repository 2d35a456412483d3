import { type CompiledPattern, expandPattern, matchPatterns, type PatternHit } from '../../lexicon/patterns.js';
import type { Lexicon } from '../../ruleset/schema.js';
import type { DetectionContext } from '../rule.js';
import { perComment, unsureLanguage } from './comment-memo.js';

/** A rewritten copy of the normalised text; per code unit, the half-open normalised span it came from. */
export interface Variant {
  readonly text: string;
  readonly from: Uint32Array;
  readonly to: Uint32Array;
}

const STRETCH = /(\p{L})\1{2,}/u;
// "$" and "@" ending a word stand for s and a ("grati$", "re@"): the normaliser only reads them before a letter.
const TRAILING_LEET: Readonly<Record<string, string>> = { $: 's', '@': 'a' };
const TRAILING_LEET_AT = /\p{L}[$@]+(?![\p{L}\p{N}])/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "xxx" and "www" are written that way, not stretched.
const KEEP_RUNS = new Set(['x', 'w']);
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const SPACE_RUN = /\s\s/u;

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
    const one = buildVariant(ctx, 1);
    if (!one) return [];
    return STRETCH.test(ctx.normalised.text) ? [one, buildVariant(ctx, 2)!] : [one];
  });
}

function buildVariant(ctx: DetectionContext, keep: 1 | 2): Variant | null {
  const src = ctx.normalised.text;
  const spaced = ctx.tokens.filter((t) => t.spaced);
  if (spaced.length === 0 && !STRETCH.test(src) && !SPACE_RUN.test(src) && !TRAILING_LEET_AT.test(src)) return null;
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const push = (ch: string, a: number, b: number) => {
    text += ch;
    from.push(a);
    to.push(b);
  };
  let i = 0;
  let s = 0;
  while (i < src.length) {
    while (spaced[s] && spaced[s]!.start < i) s++;
    const run = spaced[s];
    if (run && run.start === i) {
      // Keep only the letters of "d ö d a": the separators go.
      for (let p = run.start; p < run.end; p++) if (LETTER.test(src[p]!)) push(src[p]!, p, p + 1);
      i = run.end;
      continue;
    }
    const ch = src[i]!;
    if (SPACE.test(ch) && i + 1 < src.length && SPACE.test(src[i + 1]!)) {
      let j = i;
      while (j < src.length && SPACE.test(src[j]!)) j++;
      push(src.slice(i, j).includes('\n') ? '\n' : ' ', i, j);
      i = j;
      continue;
    }
    // A letter repeated three or more times stands for one ("jaaaag" → "jag") or two ("booook" → "book").
    if (src[i + 1] === ch && src[i + 2] === ch && LETTER.test(ch) && !KEEP_RUNS.has(ch)) {
      let j = i;
      while (src[j] === ch) j++;
      if (keep === 1) push(ch, i, j);
      else {
        push(ch, i, i + 1);
        push(ch, i + 1, j);
      }
      i = j;
      continue;
    }
    if (TRAILING_LEET[ch] !== undefined && i > 0 && LETTER.test(src[i - 1]!)) {
      let j = i;
      while (j < src.length && TRAILING_LEET[src[j]!] !== undefined) j++;
      if (j >= src.length || !WORD_CHAR.test(src[j]!)) {
        for (let k = i; k < j; k++) push(TRAILING_LEET[src[k]!]!, k, k + 1);
        i = j;
        continue;
      }
    }
    push(ch, i, i + 1);
    i++;
  }
  return { text, from: Uint32Array.from(from), to: Uint32Array.from(to) };
}

const SWEDISH_FOLD: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o' };
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
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const plain = SWEDISH_FOLD[c];
    out += plain === undefined ? c : inClass ? c + plain : `[${c}${plain}]`;
  }
  return out;
}

const byFiles = new WeakMap<readonly CompiledPattern[], Map<string, CompiledPattern[]>>();
const tolerant = new WeakMap<CompiledPattern, CompiledPattern>();

/** The compiled patterns of `fileIds` in one language family, cached per ruleset. */
function filtered(all: readonly CompiledPattern[], fileIds: readonly string[]): CompiledPattern[] {
  let cache = byFiles.get(all);
  if (!cache) byFiles.set(all, (cache = new Map()));
  const key = fileIds.join('\u0000');
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

function tolerantOf(p: CompiledPattern, lexicons: readonly Lexicon[]): CompiledPattern {
  let t = tolerant.get(p);
  if (!t) {
    const source = foldTolerant(expandPattern(p.pattern.pattern, new Map(lexicons.map((l) => [l.id, l])), `${p.fileId}/${p.pattern.id}`));
    t = { ...p, regex: new RegExp(source, p.regex.flags) };
    tolerant.set(p, t);
  }
  return t;
}

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
  return perComment(ctx, `phrases:${fileIds.join(',')}`, () => computePhraseHits(ctx, fileIds));
}

function computePhraseHits(ctx: DetectionContext, fileIds: readonly string[]): PatternHit[] {
  const own = patternsOf(ctx, fileIds);
  // A comment whose language is a guess ("I'm gonna stab him" is too short to tell) also gets the other
  // family's phrases: they are whole sentences, unlike single words that are innocent in the other language.
  const other = ctx.language.code === 'en' ? ctx.ruleset.swedishPatterns : ctx.ruleset.englishPatterns;
  const extra = unsureLanguage(ctx) ? filtered(other, fileIds).filter((p) => !own.includes(p)) : [];
  const compiled = [...own, ...extra];
  if (compiled.length === 0) return [];
  const byKey = new Map<string, PatternHit>();
  // One hit per pattern and start, the longest: "en kula i h u v u d e t" reads further on the rewritten text.
  const add = (more: readonly PatternHit[]) => {
    for (const h of more) {
      const key = `${h.compiled.fileId}/${h.compiled.pattern.id}@${h.start}`;
      const had = byKey.get(key);
      if (!had || h.end > had.end) byKey.set(key, h);
    }
  };
  add(ctx.patternHits.filter((h) => fileIds.includes(h.compiled.fileId)));
  add(matchPatterns(extra, ctx.normalised.text));
  // Written without å, ä, ö, or disguised (leet "tj4na", Greek or Cyrillic look-alikes): folded letters may stand for them.
  const folded = LEET_IN_WORD.test(ctx.text) || LOOKALIKE_SCRIPT.test(ctx.text);
  const stripped = (ctx.language.code !== 'en' || extra.length > 0) && (folded || !/[åäö]/u.test(ctx.normalised.text));
  const runOn = stripped ? compiled.map((p) => tolerantOf(p, ctx.ruleset.ruleset.lexicons)) : compiled;
  if (stripped) add(matchPatterns(runOn, ctx.normalised.text).map((h) => ({ ...h, compiled: compiled[runOn.indexOf(h.compiled)]! })));
  for (const variant of variantsOf(ctx)) add(matchPatterns(runOn, variant.text).map((h) => mapBack(h, variant, compiled[runOn.indexOf(h.compiled)]!)));
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * True when one of the patterns of `fileIds` (language-neutral host lists) matches `host`.
 *
 * @example
 * hostListed(ctx, ['context.piracy-hosts'], 'thepiratebay.org') // true
 */
export function hostListed(ctx: DetectionContext, fileIds: readonly string[], host: string): boolean {
  return patternsOf(ctx, fileIds).some((p) => {
    p.regex.lastIndex = 0;
    const ok = p.regex.test(host);
    p.regex.lastIndex = 0;
    return ok;
  });
}
