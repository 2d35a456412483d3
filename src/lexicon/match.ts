import type { Token } from '../normalise/tokens.js';
import type { CompiledEntry, CompiledLexicon } from './compile.js';
import { stemSv } from './stem.js';
import { unstretch } from './variants.js';

/** How a token matched an entry; kept in findings so a moderator sees why. */
export type MatchVia = 'exact' | 'stem' | 'prefix' | 'suffix' | 'phrase';

/** One lexicon hit, in normalised-text offsets. */
export interface LexiconHit {
  readonly entry: CompiledEntry;
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly via: MatchVia;
  readonly spaced: boolean;
  readonly stretched: boolean;
  readonly tokenIndex: number;
}

/** The shortest remainder that makes a compound: shorter ones are inflection endings, not words. */
const MIN_COMPOUND_REST = 3;

function allowed(lex: CompiledLexicon, e: CompiledEntry, word: string): boolean {
  if (lex.allow.get(e.entry.id)?.has(word)) return true;
  const prefixes = lex.allowPrefixes.get(e.entry.id);
  return prefixes !== undefined && prefixes.some((p) => word.startsWith(p));
}

function plainNeighbour(tokens: readonly Token[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (!tokens[j]!.spaced) return tokens[j]!.text;
  return undefined;
}

function outOfContext(e: CompiledEntry, tokens: readonly Token[], i: number): boolean {
  const { unlessPrevious, unlessNext } = e.entry;
  if (unlessPrevious.length > 0) {
    const prev = plainNeighbour(tokens, i, -1);
    if (prev !== undefined && unlessPrevious.includes(prev)) return true;
  }
  if (unlessNext.length > 0) {
    const next = plainNeighbour(tokens, i, 1);
    if (next !== undefined && unlessNext.includes(next)) return true;
  }
  return false;
}

/**
 * Cheap tests that rule a word out before the stemmer or the compound loop runs: most words of a comment
 * are in no lexicon and should cost a map look-up and a few number-set look-ups, not a stem and 20 slices.
 * Keys are the first (or last) few code units packed into one number, so no string is cut to test them.
 */
interface Prefilter {
  /** How many units the stem heads hold: a plain word's Swedish stem is a prefix of it. */
  readonly stemUnits: number;
  readonly stemHeads: ReadonlySet<number>;
  /** How many units the compound heads and tails hold. */
  readonly affixUnits: number;
  readonly prefixHeads: ReadonlySet<number>;
  readonly suffixTails: ReadonlySet<number>;
  /** Per wordHash: EXACT when some exact form hashes there, PHRASE when some phrase's first word does. */
  readonly marks: Uint8Array;
}

const EXACT = 1;
const PHRASE = 2;

/**
 * A 16-bit hash of a word's length and its first and last two code units: two thirds of a comment's words are
 * in no list, and a byte read by this hash rules them out before a string is hashed and looked up in a Map.
 */
function wordHash(word: string): number {
  const n = word.length;
  // charCodeAt past the end is NaN, which `^` reads as 0: one- and empty words hash as well.
  let h = Math.imul(n + 1, 0x9e3779b1);
  h = Math.imul(h ^ word.charCodeAt(0), 0x85ebca6b);
  h = Math.imul(h ^ word.charCodeAt(n - 1), 0xc2b2ae35);
  h = Math.imul(h ^ word.charCodeAt(1), 0x27d4eb2f);
  h = Math.imul(h ^ word.charCodeAt(n - 2), 0x165667b1);
  return (h ^ (h >>> 16)) & 0xffff;
}

const prefilters = new WeakMap<CompiledLexicon, Prefilter>();

/** Up to three code units from `from` packed into one exact number (3 × 16 bits fit a double). */
function packed(word: string, from: number, units: number): number {
  let key = 0;
  for (let k = 0; k < units; k++) key = key * 65536 + word.charCodeAt(from + k);
  return key;
}

function prefilterOf(lex: CompiledLexicon): Prefilter {
  let pf = prefilters.get(lex);
  if (pf === undefined) {
    const stemKeys = [...lex.stems.keys()];
    const stemUnits = Math.min(3, ...stemKeys.map((k) => k.length));
    const affixUnits = Math.min(3, lex.minAffix);
    pf = {
      stemUnits,
      stemHeads: new Set(stemKeys.map((k) => packed(k, 0, stemUnits))),
      affixUnits,
      prefixHeads: new Set([...lex.prefixes.keys()].map((f) => packed(f, 0, affixUnits))),
      suffixTails: new Set([...lex.suffixes.keys()].map((f) => packed(f, f.length - affixUnits, affixUnits))),
      marks: new Uint8Array(65536),
    };
    for (const form of lex.exact.keys()) pf.marks[wordHash(form)]! |= EXACT;
    for (const first of lex.phrases.keys()) pf.marks[wordHash(first)]! |= PHRASE;
    prefilters.set(lex, pf);
  }
  return pf;
}

/** True when every unit is a-z, å, ä or ö: then the Swedish stemmer only cuts endings off (the stem is a prefix). */
function plainSwedish(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 0xe5 || c === 0xe4 || c === 0xf6)) return false;
  }
  return true;
}

/** How the last entries lookupWord returned were found: read right after the call, so no object is made per word. */
let foundVia: MatchVia = 'exact';

/** The entries `word` finds (and `foundVia` how), or null. `mark` is `pf.marks[wordHash(word)]`. */
function lookupWord(lex: CompiledLexicon, pf: Prefilter, word: string, mark: number): readonly CompiledEntry[] | null {
  const exact = (mark & EXACT) !== 0 ? lex.exact.get(word) : undefined;
  if (exact) return found(exact, 'exact');
  if (lex.stems.size > 0 && word.length >= 3 && (pf.stemHeads.has(packed(word, 0, pf.stemUnits)) || !plainSwedish(word))) {
    const byStem = lex.stems.get(stemSv(word));
    if (byStem) return found(byStem, 'stem');
  }
  if (word.length >= lex.minAffix + MIN_COMPOUND_REST) {
    const tryPrefix = pf.prefixHeads.has(packed(word, 0, pf.affixUnits));
    const trySuffix = pf.suffixTails.has(packed(word, word.length - pf.affixUnits, pf.affixUnits));
    if (!tryPrefix && !trySuffix) return null;
    const top = Math.min(lex.maxAffix, word.length - MIN_COMPOUND_REST);
    for (let k = top; k >= lex.minAffix; k--) {
      const pre = tryPrefix ? lex.prefixes.get(word.slice(0, k)) : undefined;
      if (pre) return found(pre, 'prefix');
      const suf = trySuffix ? lex.suffixes.get(word.slice(word.length - k)) : undefined;
      if (suf) return found(suf, 'suffix');
    }
  }
  return null;
}

function found(entries: readonly CompiledEntry[], via: MatchVia): readonly CompiledEntry[] {
  foundVia = via;
  return entries;
}

/**
 * Every lexicon hit among the tokens, trying each word as written and un-stretched, by surface form,
 * stem and compound part, skipping each entry's allow-list.
 *
 * @example
 * matchTokens(compiled, tokenize(normalise('Jääävla skitkommun')))
 *   .map(h => h.entry.entry.id) // ['sv.profanity.javla', 'sv.profanity.skit']
 */
export function matchTokens(lex: CompiledLexicon, tokens: readonly Token[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const pf = prefilterOf(lex);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const mark = pf.marks[wordHash(token.text)]!;
    const phrases = (mark & PHRASE) !== 0 ? lex.phrases.get(token.text) : undefined;
    if (phrases) {
      for (const p of phrases) {
        let ok = true;
        let j = i;
        for (let w = 1; w < p.words.length && ok; w++) {
          j++;
          while (tokens[j]?.spaced) j++;
          ok = tokens[j]?.text === p.words[w];
        }
        if (ok) {
          const last = tokens[j]!;
          hits.push({ entry: p.entry, start: token.start, end: last.end, form: p.words.join(' '), via: 'phrase', spaced: false, stretched: false, tokenIndex: i });
        }
      }
    }
    // The word as written, then un-stretched only when it has a run of three equal letters.
    const stretched = unstretch(token.text);
    for (let c = 0; c <= stretched.length; c++) {
      const word = c === 0 ? token.text : stretched[c - 1]!;
      const entries = lookupWord(lex, pf, word, c === 0 ? mark : pf.marks[wordHash(word)]!);
      if (entries === null) continue;
      const via = foundVia;
      // The entries not allowed here, in order; the next spelling is tried only when none is left.
      let kept = 0;
      for (const entry of entries) {
        if (allowed(lex, entry, word) || (word !== token.text && allowed(lex, entry, token.text)) || outOfContext(entry, tokens, i)) continue;
        hits.push({ entry, start: token.start, end: token.end, form: word, via, spaced: token.spaced === true, stretched: c > 0, tokenIndex: i });
        kept++;
      }
      if (kept > 0) break;
    }
  }
  return hits;
}
