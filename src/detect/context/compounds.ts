import type { CompiledEntry } from '../../lexicon/compile.js';
import { stripSwedishDiacritics, unstretch } from '../../lexicon/variants.js';
import type { LexiconEntry, Ruleset } from '../../ruleset/schema.js';
import type { DetectionContext } from '../rule.js';
import type { Word } from './words.js';

/** Longer "words" are filler, not compounds: splitting them at every point would cost quadratic time. */
const MAX_COMPOUND = 64;

/**
 * Swedish compounds the insult rule reads itself, without lexicon compound flags (a long affix would hide
 * the profanity lexicon's shorter one: "fittkärring" must stay profanity): insult words tagged `head` may
 * end a compound ("byråkratidiot"), those tagged `modifier`, and curses, may start one before a person
 * noun ("idiotpolitiker", "skitgubbe").
 */
export interface CompoundIndex {
  readonly heads: ReadonlyMap<string, LexiconEntry>;
  readonly modifiers: ReadonlySet<string>;
}

/** Shortest part of a compound: shorter ones are inflections or prefixes, not words. */
export const MIN_PART = 3;
/** Context tags of person nouns a compound may end with. */
const PERSON_TAGS: ReadonlySet<string> = new Set(['title', 'person', 'role']);

const indexes = new WeakMap<Ruleset, CompoundIndex>();

/**
 * The head and modifier forms of the ruleset's Swedish insult lexicons, built once per ruleset.
 *
 * @example
 * compoundIndex(osthammar).heads.get('idiot')?.id // 'sv.insult.idiot'
 */
export function compoundIndex(ruleset: Ruleset): CompoundIndex {
  const cached = indexes.get(ruleset);
  if (cached) return cached;
  const heads = new Map<string, LexiconEntry>();
  const modifiers = new Set<string>();
  for (const lex of ruleset.lexicons) {
    if (lex.category !== 'insult' || lex.language === 'en') continue;
    for (const e of lex.entries) {
      for (const raw of [e.term, ...e.forms]) {
        const f = raw.toLowerCase();
        if (f.includes(' ')) continue;
        for (const v of new Set([f, e.strip ? stripSwedishDiacritics(f) : f])) {
          if (e.tags.includes('head')) heads.set(v, e);
          if (e.tags.includes('modifier')) modifiers.add(v);
        }
      }
    }
  }
  const index = { heads, modifiers };
  indexes.set(ruleset, index);
  return index;
}

const endingsCache = new WeakMap<CompoundIndex, ReadonlyMap<string, readonly number[]>>();

/** Per last MIN_PART letters of a head form, the lengths of the head forms so ending, longest first. */
function headEndings(index: CompoundIndex): ReadonlyMap<string, readonly number[]> {
  let byEnding = endingsCache.get(index);
  if (!byEnding) {
    const out = new Map<string, number[]>();
    for (const h of index.heads.keys()) {
      if (h.length < MIN_PART) continue;
      const ending = h.slice(-MIN_PART);
      const lengths = out.get(ending);
      if (lengths === undefined) out.set(ending, [h.length]);
      else if (!lengths.includes(h.length)) lengths.push(h.length);
    }
    for (const lengths of out.values()) lengths.sort((a, b) => b - a);
    endingsCache.set(index, (byEnding = out));
  }
  return byEnding;
}

function allowedIn(entry: LexiconEntry, word: string): boolean {
  return entry.allow.some((a) => (a.endsWith('*') ? word.startsWith(a.slice(0, -1).toLowerCase()) : word === a.toLowerCase()));
}

/** The word as written and un-stretched ("Iiiiidiotpolitiker" → "idiotpolitiker"). */
function spellings(w: Pick<Word, 'text'>): string[] {
  return [w.text, ...unstretch(w.text)];
}

/**
 * The insult entry a compound ends with ("byråkratidiot" → idiot, "gubbjävel" → jävel), unless the word is
 * on that entry's allow-list.
 *
 * @example
 * compoundHead(word('byråkratidioterna'), index)?.id // 'sv.insult.idiot'
 */
export function compoundHead(w: Pick<Word, 'text'>, index: CompoundIndex): LexiconEntry | null {
  const byEnding = headEndings(index);
  const head = compoundHeadOf(w.text, index, byEnding);
  if (head !== null) return head;
  for (const text of unstretch(w.text)) {
    const found = compoundHeadOf(text, index, byEnding);
    if (found !== null) return found;
  }
  return null;
}

function compoundHeadOf(text: string, index: CompoundIndex, byEnding: ReadonlyMap<string, readonly number[]>): LexiconEntry | null {
  if (text.length > MAX_COMPOUND || text.length < 2 * MIN_PART) return null;
  // Every split ends as the word does: only a split as long as a head of this ending can be one, longest first.
  const lengths = byEnding.get(text.slice(-MIN_PART));
  if (lengths === undefined) return null;
  for (const length of lengths) {
    const k = text.length - length;
    if (k < MIN_PART) continue;
    const entry = index.heads.get(text.slice(k));
    if (entry && !allowedIn(entry, text)) return entry;
  }
  return null;
}

/**
 * True when a compound starts with an insult or a curse and ends with a person noun of the context lexicons
 * (a linking s allowed): "idiotpolitiker", "skitgubben", "clownkommunalrådet"; not "idiotbeslut".
 *
 * @example
 * personCompound(ctx, word('idiotpolitiker'), index) // true
 */
export function personCompound(ctx: DetectionContext, w: Pick<Word, 'text'>, index: CompoundIndex): boolean {
  return spellings(w).some((text) => personCompoundOf(ctx, text, index));
}

type Prefixes = ReadonlyMap<string, readonly CompiledEntry[]>;
const openingsCache = new WeakMap<CompoundIndex, WeakMap<Prefixes, ReadonlySet<string>>>();

/** The first MIN_PART letters of every modifier and curse prefix: a word that starts otherwise is no epithet compound. */
function openings(index: CompoundIndex, prefixes: Prefixes): ReadonlySet<string> {
  let byPrefixes = openingsCache.get(index);
  if (!byPrefixes) openingsCache.set(index, (byPrefixes = new WeakMap()));
  let set = byPrefixes.get(prefixes);
  if (!set) {
    const out = new Set<string>();
    for (const m of index.modifiers) if (m.length >= MIN_PART) out.add(m.slice(0, MIN_PART));
    for (const [p, entries] of prefixes) if (p.length >= MIN_PART && entries.some((e) => e.category === 'profanity')) out.add(p.slice(0, MIN_PART));
    byPrefixes.set(prefixes, (set = out));
  }
  return set;
}

function personCompoundOf(ctx: DetectionContext, text: string, index: CompoundIndex): boolean {
  if (text.length > MAX_COMPOUND) return false;
  const lex = ctx.ruleset.swedish;
  if (!openings(index, lex.prefixes).has(text.slice(0, MIN_PART))) return false;
  for (let k = MIN_PART; k <= text.length - MIN_PART; k++) {
    const head = text.slice(0, k);
    const curse = lex.prefixes.get(head)?.some((e) => e.category === 'profanity') ?? false;
    if (!index.modifiers.has(head) && !curse) continue;
    const rest = text.slice(k);
    for (const r of rest.startsWith('s') && rest.length > MIN_PART + 1 ? [rest, rest.slice(1)] : [rest]) {
      const entries = lex.exact.get(r) ?? [];
      if (entries.some((e) => e.category === 'context' && e.entry.tags.some((t) => PERSON_TAGS.has(t)))) return true;
    }
  }
  return false;
}
