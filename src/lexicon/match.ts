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

function lookupWord(lex: CompiledLexicon, word: string): { entries: readonly CompiledEntry[]; via: MatchVia } | null {
  const exact = lex.exact.get(word);
  if (exact) return { entries: exact, via: 'exact' };
  if (lex.stems.size > 0 && word.length >= 3) {
    const byStem = lex.stems.get(stemSv(word));
    if (byStem) return { entries: byStem, via: 'stem' };
  }
  if (word.length >= lex.minAffix + MIN_COMPOUND_REST) {
    const top = Math.min(lex.maxAffix, word.length - MIN_COMPOUND_REST);
    for (let k = top; k >= lex.minAffix; k--) {
      const pre = lex.prefixes.get(word.slice(0, k));
      if (pre) return { entries: pre, via: 'prefix' };
      const suf = lex.suffixes.get(word.slice(word.length - k));
      if (suf) return { entries: suf, via: 'suffix' };
    }
  }
  return null;
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
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const phrases = lex.phrases.get(token.text);
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
    const candidates = [token.text, ...unstretch(token.text)];
    for (let c = 0; c < candidates.length; c++) {
      const word = candidates[c]!;
      const found = lookupWord(lex, word);
      if (!found) continue;
      const entries = found.entries.filter(
        (e) => !allowed(lex, e, word) && !allowed(lex, e, token.text) && !outOfContext(e, tokens, i),
      );
      if (entries.length === 0) continue;
      for (const entry of entries) {
        hits.push({ entry, start: token.start, end: token.end, form: word, via: found.via, spaced: token.spaced === true, stretched: c > 0, tokenIndex: i });
      }
      break;
    }
  }
  return hits;
}
