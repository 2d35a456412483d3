import type { CompiledEntry } from '../../lexicon/compile.js';
import type { LexiconHit } from '../../lexicon/match.js';
import type { DetectionContext } from '../rule.js';
import { perComment } from '../rules/comment-memo.js';
import { lengthsByEnding } from './compounds.js';

/** Longer "words" are filler, not compounds: splitting them at every point would cost quadratic time. */
const MAX_COMPOUND = 64;

/** One word of a comment as the context rules read it: spaced-out letters ("i d i o t") count as one word. */
export interface Word {
  /** Position in `WordView.words`. */
  readonly index: number;
  /** Normalised (lower-case, folded) text. */
  readonly text: string;
  /** Half-open span of the normalised text. */
  readonly start: number;
  readonly end: number;
  /** Written with a capital first letter in the original. */
  readonly capitalised: boolean;
  /** Sentences end at . ! ? ; … or a line break; clauses also at , : dashes, brackets and quotes. */
  readonly sentence: number;
  readonly clause: number;
  /** Lexicon hits on this word (phrases sit on their first word). */
  readonly hits: readonly LexiconHit[];
  /** Tags of its context-lexicon hits and of a title or person noun it ends with ("byggnadsinspektören" → title); what `contextTags` reads. */
  readonly tags: ReadonlySet<string>;
}

/** Tags of context nouns that may end a compound word: a compound of a title is a title. */
const HEAD_TAGS = ['title', 'person', 'role'];
/** Shortest parts of such a compound. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
const NO_TAGS: ReadonlySet<string> = new Set();
const NO_HITS: readonly LexiconHit[] = [];

/** The tags of one context entry, shared by every word it is the only hit on (nobody writes to a word's tags). */
const entryTags = new WeakMap<CompiledEntry, ReadonlySet<string>>();

/** The word's head tags and the tags of its context hits; most words have none and share one empty set. */
function tagsOf(headTags: ReadonlySet<string>, hits: readonly LexiconHit[]): ReadonlySet<string> {
  if (hits.length === 0) return headTags;
  // One hit and no head tags (most words with a hit: "du", "han"): the entry's own set, made once.
  if (hits.length === 1 && headTags === NO_TAGS) {
    const entry = hits[0]!.entry;
    if (entry.category !== 'context' || entry.entry.tags.length === 0) return NO_TAGS;
    let own = entryTags.get(entry);
    if (own === undefined) entryTags.set(entry, (own = new Set(entry.entry.tags)));
    return own;
  }
  let set: Set<string> | undefined;
  for (const h of hits) if (h.entry.category === 'context') for (const t of h.entry.entry.tags) (set ??= new Set(headTags)).add(t);
  return set ?? headTags;
}

type ExactIndex = ReadonlyMap<string, readonly CompiledEntry[]>;

/** The exact forms; per last MIN_HEAD letters of a head noun, the lengths of the head nouns so ending, longest first; and a byte per endingHash marking those some ending has. */
interface HeadEndings {
  readonly exact: ExactIndex;
  readonly lengths: ReadonlyMap<string, readonly number[]>;
  readonly marks: Uint8Array;
}
const endingsCache = new WeakMap<ExactIndex, HeadEndings>();

/** A 16-bit hash of the last MIN_HEAD code units of `text` (at least MIN_HEAD long), read without cutting them out. */
function endingHash(text: string): number {
  const n = text.length;
  let h = 0x811c9dc5;
  for (let k = n - MIN_HEAD; k < n; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** Every split of a word ends as the word does, so one look-up of its last letters rules most words out. */
function headEndings(exact: ExactIndex): HeadEndings {
  let endings = endingsCache.get(exact);
  if (!endings) {
    const heads: string[] = [];
    for (const [form, entries] of exact) {
      if (form.length >= MIN_HEAD && entries.some((e) => e.category === 'context' && e.entry.tags.some((t) => HEAD_TAGS.includes(t)))) heads.push(form);
    }
    const marks = new Uint8Array(65536);
    for (const form of heads) marks[endingHash(form)] = 1;
    endingsCache.set(exact, (endings = { exact, lengths: lengthsByEnding(heads, MIN_HEAD), marks }));
  }
  return endings;
}

/** The tags of a title or person noun `text` ends with; `endings` (headEndings) are looked up once per comment rather than per word. */
function headTagsOf(endings: HeadEndings, text: string, hits: readonly LexiconHit[]): ReadonlySet<string> {
  if (text.length < MIN_HEAD + MIN_MODIFIER || text.length > MAX_COMPOUND || hits.some((h) => h.entry.category === 'context' && h.entry.entry.tags.some((t) => HEAD_TAGS.includes(t)))) return NO_TAGS;
  // The hash first: most words' endings are no head noun's, and then no string is cut.
  if (endings.marks[endingHash(text)] === 0) return NO_TAGS;
  const lengths = endings.lengths.get(text.slice(-MIN_HEAD));
  if (lengths === undefined) return NO_TAGS;
  // Only a split as long as some head noun of this ending can be one, longest first (the first split from the left).
  for (const length of lengths) {
    const k = text.length - length;
    if (k < MIN_MODIFIER) continue;
    const entries = endings.exact.get(text.slice(k));
    if (entries === undefined) continue;
    // A set only for a split the lexicon knows: most splits of most words know nothing.
    let tags: Set<string> | undefined;
    for (const e of entries) {
      if (e.category === 'context') for (const t of e.entry.tags) if (HEAD_TAGS.includes(t)) (tags ??= new Set()).add(t);
    }
    if (tags) return tags;
  }
  return NO_TAGS;
}

/** The words of a comment with their sentences and clauses. */
export interface WordView {
  readonly words: readonly Word[];
  /** Per word: the index of the first and last word of its sentence and of its clause. */
  readonly sentenceFirst: Uint32Array;
  readonly sentenceLast: Uint32Array;
  readonly clauseFirst: Uint32Array;
  readonly clauseLast: Uint32Array;
}

const SENTENCE_BREAK = /[.!?;…\n\r]/u;
const CLAUSE_BREAK = /[,:()[\]"“”„«»–—]|(?:^|\s)-(?:\s|$)|(?:^|\s)['‘’]|['‘’](?:\s|$)/u;
/** An apostrophe or hyphen inside a word ("you're", "hbtq-personer") is no break. */
const IN_WORD = /^['’-]$/u;
const UPPER = /^\p{Lu}/u;
/** UPPER's answer, without running it for an ASCII letter (most first letters). */
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  if (c >= 65 && c <= 90) return true;
  return UPPER.test(ch);
}

/**
 * The words of the comment (spaced-out runs joined, their single letters dropped), with sentence and clause
 * numbers and the lexicon hits on each; computed once per detection context.
 *
 * @example
 * wordView(ctx).words.map(w => w.text) // ['du', 'är', 'en', 'idiot']
 */
export function wordView(ctx: DetectionContext): WordView {
  return perComment(ctx, 'word-view', () => makeWordView(ctx));
}

function makeWordView(ctx: DetectionContext): WordView {
  const hitsAt = new Map<number, LexiconHit[]>();
  for (const h of ctx.hits) {
    const list = hitsAt.get(h.start);
    if (list) list.push(h);
    else hitsAt.set(h.start, [h]);
  }
  const text = ctx.normalised.text;
  // English compounds are not split: no head index. Swedish: its index and endings, once for all words.
  const exact = ctx.language.code === 'en' ? undefined : ctx.ruleset.swedish.exact;
  const heads = exact === undefined ? undefined : headEndings(exact);
  const words: Word[] = [];
  let skipUntil = -1;
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
  // Read once: a getter (that may build the map) per word costs more than the word.
  const starts = ctx.normalised.starts;
  const written = ctx.text;
  for (const t of ctx.tokens) {
    if (!t.spaced && t.start < skipUntil) continue;
    if (t.spaced) skipUntil = t.end;
    // A single space (most gaps) breaks neither a sentence nor a clause: no need to cut it out and test it.
    if (words.length > 0 && !(t.start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32)) {
      const gap = text.slice(prevEnd, t.start);
      if (SENTENCE_BREAK.test(gap)) {
        sentence++;
        clause++;
      } else if (!IN_WORD.test(gap) && CLAUSE_BREAK.test(gap)) clause++;
    }
    const original = starts[t.start];
    const first = original === undefined ? '' : written.charAt(original);
    // Most comments have no hit at all: no look-up per word then.
    const hits = hitsAt.size === 0 ? NO_HITS : (hitsAt.get(t.start) ?? NO_HITS);
    const headTags = heads === undefined ? NO_TAGS : headTagsOf(heads, t.text, hits);
    const word: Word = {
      index: words.length,
      text: t.text,
      start: t.start,
      end: t.end,
      capitalised: isUpper(first),
      sentence,
      clause,
      hits,
      tags: tagsOf(headTags, hits),
    };
    words.push(word);
    prevEnd = t.end;
  }
  const n = words.length;
  const sentenceFirst = new Uint32Array(n);
  const sentenceLast = new Uint32Array(n);
  const clauseFirst = new Uint32Array(n);
  const clauseLast = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // An index of -1 is never read: V8 looks up "-1" as a property, and that site then reads every index slowly.
    const prev = i > 0 ? words[i - 1] : undefined;
    sentenceFirst[i] = prev && prev.sentence === words[i]!.sentence ? sentenceFirst[i - 1]! : i;
    clauseFirst[i] = prev && prev.clause === words[i]!.clause ? clauseFirst[i - 1]! : i;
  }
  for (let i = n - 1; i >= 0; i--) {
    // Nor is an index past the end: such a read is as slow.
    const next = i + 1 < n ? words[i + 1] : undefined;
    sentenceLast[i] = next && next.sentence === words[i]!.sentence ? sentenceLast[i + 1]! : i;
    clauseLast[i] = next && next.clause === words[i]!.clause ? clauseLast[i + 1]! : i;
  }
  return { words, sentenceFirst, sentenceLast, clauseFirst, clauseLast };
}

/**
 * The index of the first word that ends after the normalised offset (binary search), or -1 when none does.
 *
 * @example
 * wordAt(view, 3) // 1 for "du är en idiot"
 */
export function wordAt(view: WordView, offset: number): number {
  let lo = 0;
  let hi = view.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (view.words[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < view.words.length ? lo : -1;
}

/**
 * True when the word is the first of its sentence.
 *
 * @example
 * sentenceInitial(view, view.words[0]) // true
 */
export function sentenceInitial(view: WordView, w: Word): boolean {
  return view.sentenceFirst[w.index] === w.index;
}

/**
 * The normalised offset where the word's sentence starts.
 *
 * @example
 * sentenceStart(view, view.words[3]) // 0 for "du är en idiot"
 */
export function sentenceStart(view: WordView, w: Word): number {
  return view.words[view.sentenceFirst[w.index]!]!.start;
}

/**
 * The normalised offset just after the last word of the word's sentence.
 *
 * @example
 * sentenceEnd(view, view.words[0]) // 14 for "du är en idiot"
 */
export function sentenceEnd(view: WordView, w: Word): number {
  return view.words[view.sentenceLast[w.index]!]!.end;
}
