import type { CompiledEntry } from '../../lexicon/compile.js';
import type { LexiconHit } from '../../lexicon/match.js';
import type { DetectionContext } from '../rule.js';
import { perComment } from '../rules/comment-memo.js';

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
  /** Tags of a title or person noun this word ends with ("byggnadsinspektören" → title). */
  readonly headTags: ReadonlySet<string>;
  /** Tags of its context-lexicon hits and its head tags (what `contextTags` reads). */
  readonly tags: ReadonlySet<string>;
}

/** Tags of context nouns that may end a compound word: a compound of a title is a title. */
const HEAD_TAGS = ['title', 'person', 'role'];
/** Shortest parts of such a compound. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
const NO_TAGS: ReadonlySet<string> = new Set();
const NO_HITS: readonly LexiconHit[] = [];

/** The word's head tags and the tags of its context hits; most words have none and share one empty set. */
function tagsOf(headTags: ReadonlySet<string>, hits: readonly LexiconHit[]): ReadonlySet<string> {
  let set: Set<string> | undefined;
  for (const h of hits) if (h.entry.category === 'context') for (const t of h.entry.entry.tags) (set ??= new Set(headTags)).add(t);
  return set ?? headTags;
}

type ExactIndex = ReadonlyMap<string, readonly CompiledEntry[]>;
const endingsCache = new WeakMap<ExactIndex, ReadonlySet<string>>();

/** The last MIN_HEAD letters of every head noun: every split of a word ends as the word does, so one look-up rules most words out. */
function headEndings(exact: ExactIndex): ReadonlySet<string> {
  let set = endingsCache.get(exact);
  if (!set) {
    const out = new Set<string>();
    for (const [form, entries] of exact) {
      if (form.length >= MIN_HEAD && entries.some((e) => e.category === 'context' && e.entry.tags.some((t) => HEAD_TAGS.includes(t)))) out.add(form.slice(-MIN_HEAD));
    }
    endingsCache.set(exact, (set = out));
  }
  return set;
}

/** `exact` and its `endings` (headEndings) are the comment's, looked up once per comment rather than per word. */
function headTagsOf(exact: ExactIndex, endings: ReadonlySet<string>, text: string, hits: readonly LexiconHit[]): ReadonlySet<string> {
  if (text.length < MIN_HEAD + MIN_MODIFIER || text.length > MAX_COMPOUND || hits.some((h) => h.entry.category === 'context' && h.entry.entry.tags.some((t) => HEAD_TAGS.includes(t)))) return NO_TAGS;
  if (!endings.has(text.slice(-MIN_HEAD))) return NO_TAGS;
  for (let k = MIN_MODIFIER; k <= text.length - MIN_HEAD; k++) {
    const entries = exact.get(text.slice(k));
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
  const heads = exact === undefined ? undefined : { exact, endings: headEndings(exact) };
  const words: Word[] = [];
  let skipUntil = -1;
  let sentence = 0;
  let clause = 0;
  let prevEnd = 0;
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
    const original = ctx.normalised.starts[t.start];
    const first = original === undefined ? '' : ctx.text.charAt(original);
    const hits = hitsAt.get(t.start) ?? NO_HITS;
    const headTags = heads === undefined ? NO_TAGS : headTagsOf(heads.exact, heads.endings, t.text, hits);
    const word: Word = {
      index: words.length,
      text: t.text,
      start: t.start,
      end: t.end,
      capitalised: isUpper(first),
      sentence,
      clause,
      hits,
      headTags,
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
    const next = words[i + 1];
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
