// matchTopics as it was before the per-word memo (git 0854cd4): the oracle topics-equivalence.test.ts compares the fast code with.
import type { Token } from '../../src/normalise/tokens.js';
import { stripSwedishDiacritics } from '../../src/lexicon/variants.js';
import type { Policy, Topic } from '../../src/ruleset/schema.js';

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

/** A word of the comment, as written and without å, ä, ö. */
interface Word {
  readonly text: string;
  readonly bare: string;
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

/** The word as written against the pattern as written, and both without å, ä, ö ("snoröjning"). */
function matchesEither(p: WordPattern, w: Word): boolean {
  return wordMatches(p, p.text, w.text) || ((w.bare !== w.text || p.bare !== p.text) && wordMatches(p, p.bare, w.bare));
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
  const result = { terms, byStart, byEnd, loose, allow };
  compiledCache.set(reply, result);
  return result;
}

function termAt(c: CompiledTopics, term: CompiledTerm, words: readonly Word[], i: number): number {
  let j = i;
  for (let w = 0; w < term.words.length; w++, j++) {
    const word = words[j];
    if (word === undefined || !matchesEither(term.words[w]!, word)) return -1;
    if ((c.allow.get(term.topic) ?? []).some((a) => matchesEither(a, word))) return -1;
  }
  return j - 1;
}

/**
 * Every topic word of the policy's `reply.topics` in the comment's words, in text order, one hit per word and
 * topic. Words are matched as written and without å, ä, ö.
 *
 * @example
 * matchTopics(tokenize(normalise('Plogbilen har inte varit här')), policy)[0]?.department // 'samhällsbyggnad'
 */
export function matchTopics(tokens: readonly Token[], policy: Policy): TopicHit[] {
  const c = compileTopics(policy.reply);
  if (c.terms.length === 0) return [];
  const words: Word[] = [];
  for (const t of tokens) if (t.spaced !== true) words.push({ text: t.text, bare: stripSwedishDiacritics(t.text), start: t.start, end: t.end });
  const hits: TopicHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const seen = new Set<string>();
    for (const list of [c.byStart.get(word.bare.slice(0, 3)), c.byEnd.get(word.bare.slice(-3)), c.loose]) {
      for (const term of list ?? []) {
        if (seen.has(term.topic.id)) continue;
        const last = termAt(c, term, words, i);
        if (last < 0) continue;
        seen.add(term.topic.id);
        hits.push({ topicId: term.topic.id, department: term.topic.department, general: term.topic.general, start: word.start, end: words[last]!.end });
      }
    }
  }
  return hits;
}

