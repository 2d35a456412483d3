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
  /** `lengthsByEnding` of the heads: every split ends as the word does, so only these lengths can be a head. */
  readonly headLengths: ReadonlyMap<string, readonly number[]>;
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
  const index = { heads, modifiers, headLengths: lengthsByEnding(heads.keys(), MIN_PART) };
  indexes.set(ruleset, index);
  return index;
}

/**
 * Per last `n` units of the forms at least `n` long, their distinct lengths, longest first: which splits of a
 * word can end in one of the forms, without trying every split.
 *
 * @example
 * lengthsByEnding(['idiot', 'pucko', 'kretin'], 3).get('iot') // [5]
 */
export function lengthsByEnding(forms: Iterable<string>, n: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const form of forms) {
    if (form.length < n) continue;
    const ending = form.slice(-n);
    const lengths = out.get(ending);
    if (lengths === undefined) out.set(ending, [form.length]);
    else if (!lengths.includes(form.length)) lengths.push(form.length);
  }
  for (const lengths of out.values()) lengths.sort((a, b) => b - a);
  return out;
}

function allowedIn(entry: LexiconEntry, word: string): boolean {
  return entry.allow.some((a) => (a.endsWith('*') ? word.startsWith(a.slice(0, -1).toLowerCase()) : word === a.toLowerCase()));
}

/**
 * The insult entry a compound ends with ("byråkratidiot" → idiot, "gubbjävel" → jävel), unless the word is
 * on that entry's allow-list.
 *
 * @example
 * compoundHead(word('byråkratidioterna'), index)?.id // 'sv.insult.idiot'
 */
export function compoundHead(w: Pick<Word, 'text'>, index: CompoundIndex): LexiconEntry | null {
  const head = compoundHeadOf(w.text, index);
  if (head !== null) return head;
  for (const text of unstretch(w.text)) {
    const found = compoundHeadOf(text, index);
    if (found !== null) return found;
  }
  return null;
}

function compoundHeadOf(text: string, index: CompoundIndex): LexiconEntry | null {
  if (text.length > MAX_COMPOUND || text.length < 2 * MIN_PART) return null;
  // Only a split as long as a head of this ending can be one, longest first.
  const lengths = index.headLengths.get(text.slice(-MIN_PART));
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
  // As written, then un-stretched ("Iiiiidiotpolitiker" → "idiotpolitiker"); the openings looked up once.
  const starts = openings(index, ctx.ruleset.swedish.prefixes);
  if (personCompoundOf(ctx, w.text, index, starts)) return true;
  for (const text of unstretch(w.text)) if (personCompoundOf(ctx, text, index, starts)) return true;
  return false;
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

function personCompoundOf(ctx: DetectionContext, text: string, index: CompoundIndex, starts: ReadonlySet<string>): boolean {
  if (text.length > MAX_COMPOUND) return false;
  const lex = ctx.ruleset.swedish;
  if (!starts.has(text.slice(0, MIN_PART))) return false;
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
