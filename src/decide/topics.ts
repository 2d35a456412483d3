import type { Token } from '../normalise/tokens.js';
import { detached } from '../normalise/units.js';
import { stripSwedishDiacritics } from '../lexicon/variants.js';
import type { Policy, Topic } from '../ruleset/schema.js';
import type { WordMemo } from './word-memo.js';

/** A word pattern of a topic list, compiled: its letters as written and without å, ä, ö. */
interface WordPattern {
  readonly text: string;
  readonly bare: string;
  readonly prefix: boolean;
  readonly suffix: boolean;
}

interface CompiledTerm {
  readonly topic: Topic;
  readonly words: readonly WordPattern[];
}

interface CompiledTopics {
  readonly terms: readonly CompiledTerm[];
  /** Terms keyed by the first three letters (without å, ä, ö) of their first word, for those that begin with letters. */
  readonly byStart: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Terms whose first word is `*word`, keyed by the last three letters (without å, ä, ö). */
  readonly byEnd: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Terms whose first word is `*word*`: checked against every word. */
  readonly loose: readonly CompiledTerm[];
  readonly allow: ReadonlyMap<Topic, readonly WordPattern[]>;
  /** What each word seen so far opens (see `WordStarts`): comments repeat their words, so each is worked out once. */
  readonly byWord: Map<string, WordStarts>;
}

/** A word as written, without å, ä, ö, and the terms whose first word it is (and no allow pattern of their topic excuses), in lookup order. */
export interface WordStarts {
  readonly bare: string;
  readonly starts: readonly CompiledTerm[];
}

/** One topic found in a comment: which topic, which department answers it, and where. */
export interface TopicHit {
  readonly topicId: string;
  readonly department: string;
  readonly general: boolean;
  /** Normalised-text offsets of the matched words. */
  readonly start: number;
  readonly end: number;
}

/** A word of the comment: without å, ä, ö, the terms it may begin, and where it stands. */
interface Word {
  readonly bare: string;
  readonly starts: readonly CompiledTerm[];
  readonly start: number;
  readonly end: number;
}

function compileWord(w: string): WordPattern {
  const text = w.replace(/^\*|\*$/g, '');
  return { text, bare: stripSwedishDiacritics(text), prefix: w.startsWith('*'), suffix: w.endsWith('*') };
}

function wordMatches(p: WordPattern, text: string, word: string): boolean {
  if (p.prefix && p.suffix) return word.includes(text);
  if (p.suffix) return word.startsWith(text);
  if (p.prefix) return word.endsWith(text);
  return word === text;
}

/**
 * The word as written against the pattern as written, and both without å, ä, ö ("snoröjning"). Stripping maps
 * letter for letter, so a match as written is also one without å, ä, ö: comparing the stripped forms is enough.
 */
function matchesEither(p: WordPattern, bare: string): boolean {
  return wordMatches(p, p.bare, bare);
}

function allowed(c: CompiledTopics, topic: Topic, bare: string): boolean {
  return (c.allow.get(topic) ?? []).some((a) => matchesEither(a, bare));
}

const WORD_CACHE_LIMIT = 50_000;

function wordStarts(c: CompiledTopics, text: string): WordStarts {
  const cached = c.byWord.get(text);
  if (cached) return cached;
  const own = detached(text);
  const entry = startsOf(c, own);
  if (c.byWord.size >= WORD_CACHE_LIMIT) c.byWord.clear();
  c.byWord.set(own, entry);
  return entry;
}

/** `wordStarts` of a memo's word, kept in the memo too (which spares the look-up by word). */
function memoStarts(c: CompiledTopics, memo: WordMemo): WordStarts {
  if (memo.topicsOf !== c) {
    memo.topics = wordStarts(c, memo.word);
    memo.topicsOf = c;
  }
  return memo.topics!;
}

function startsOf(c: CompiledTopics, text: string): WordStarts {
  const bare = stripSwedishDiacritics(text);
  const starts: CompiledTerm[] = [];
  for (const list of [c.byStart.get(bare.slice(0, 3)), c.byEnd.get(bare.slice(-3)), c.loose]) {
    for (const term of list ?? []) if (matchesEither(term.words[0]!, bare) && !allowed(c, term.topic, bare)) starts.push(term);
  }
  return { bare, starts };
}

const compiledCache = new WeakMap<Policy['reply'], CompiledTopics>();

function compileTopics(reply: Policy['reply']): CompiledTopics {
  const cached = compiledCache.get(reply);
  if (cached) return cached;
  const terms: CompiledTerm[] = [];
  const byStart = new Map<string, CompiledTerm[]>();
  const byEnd = new Map<string, CompiledTerm[]>();
  const loose: CompiledTerm[] = [];
  const add = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm) => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  const allow = new Map<Topic, WordPattern[]>();
  for (const topic of reply.topics) {
    allow.set(topic, topic.allow.map((a) => compileWord(a)));
    for (const raw of topic.terms) {
      const term: CompiledTerm = { topic, words: raw.split(' ').map(compileWord) };
      terms.push(term);
      const first = term.words[0]!;
      if (first.prefix && first.suffix) loose.push(term);
      else if (first.prefix) add(byEnd, first.bare.slice(-3), term);
      else add(byStart, first.bare.slice(0, 3), term);
    }
  }
  const result = { terms, byStart, byEnd, loose, allow, byWord: new Map<string, WordStarts>() };
  compiledCache.set(reply, result);
  return result;
}

/** The index of the last word of `term` when it starts at word `i` (whose first word it is known to match), else -1. */
function termAt(c: CompiledTopics, term: CompiledTerm, words: readonly Word[], i: number): number {
  let j = i + 1;
  for (let w = 1; w < term.words.length; w++, j++) {
    const word = words[j];
    if (word === undefined || !matchesEither(term.words[w]!, word.bare)) return -1;
    if (allowed(c, term.topic, word.bare)) return -1;
  }
  return j - 1;
}

/**
 * Every topic word of the policy's `reply.topics` in the comment's words, in text order, one hit per word and
 * topic. Words are matched as written and without å, ä, ö. `memos` (from `wordMemos(tokens)`), if given, keep
 * what each word begins.
 *
 * @example
 * matchTopics(tokenize(normalise('Plogbilen har inte varit här')), policy)[0]?.department // 'samhällsbyggnad'
 */
export function matchTopics(tokens: readonly Token[], policy: Policy, memos?: readonly WordMemo[]): TopicHit[] {
  const c = compileTopics(policy.reply);
  if (c.terms.length === 0) return [];
  const words: Word[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.spaced === true) continue;
    const { bare, starts } = memos === undefined ? wordStarts(c, t.text) : memoStarts(c, memos[k]!);
    words.push({ bare, starts, start: t.start, end: t.end });
  }
  const hits: TopicHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let seen: Set<string> | undefined;
    for (const term of word.starts) {
      if (seen?.has(term.topic.id)) continue;
      const last = termAt(c, term, words, i);
      if (last < 0) continue;
      (seen ??= new Set()).add(term.topic.id);
      hits.push({ topicId: term.topic.id, department: term.topic.department, general: term.topic.general, start: word.start, end: words[last]!.end });
    }
  }
  return hits;
}

/** The department that answers a comment and the topic that decided it. */
export interface Route {
  readonly department: string;
  /** The deciding topic; absent when no topic matched and the default department answers. */
  readonly topicId?: string;
}

/**
 * Routes a comment to a department: the department with most topic hits (general topics such as
 * "kommunen" only when nothing specific matched), ties to the one mentioned first; else the default.
 *
 * @example
 * routeDepartment(matchTopics(tokens, policy), policy) // { department: 'bildning', topicId: 'skola' }
 */
export function routeDepartment(hits: readonly TopicHit[], policy: Policy): Route {
  const specific = hits.filter((h) => !h.general);
  const pool = specific.length > 0 ? specific : hits;
  if (pool.length === 0) return { department: policy.reply.defaultDepartment };
  const tally = new Map<string, { count: number; first: number; topicId: string }>();
  for (const h of pool) {
    const t = tally.get(h.department);
    if (t) t.count++;
    else tally.set(h.department, { count: 1, first: h.start, topicId: h.topicId });
  }
  let best: [string, { count: number; first: number; topicId: string }] | undefined;
  for (const entry of tally) {
    if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[1].first < best[1].first)) best = entry;
  }
  return { department: best![0], topicId: best![1].topicId };
}
