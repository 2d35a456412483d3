import { letterAt } from './letters.js';
import type { NormalisedText } from './normalise.js';

/** A word of the normalised text; `start`/`end` index the normalised text, not the original. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Built by joining spaced-out single letters ("i d i o t", "f.a.n"). */
  readonly spaced?: true;
}

/** What may stand between the letters of a spaced-out word. */
const SPACER = /^[\s.\-_*·,/+~]{1,3}$/u;
const MIN_SPACED_LETTERS = 3;

/**
 * Splits normalised text into words (å, ä, ö and every other letter count as letters), and adds one
 * joined token for each run of three or more single letters separated by spaces or dots.
 *
 * @example
 * tokenize(normalise('en i d i o t')).map(t => t.text) // ['en','i','idiot','d','i','o','t']
 */
export function tokenize(n: NormalisedText): Token[] {
  const tokens: Token[] = [];
  const text = n.text;
  const len = text.length;
  let singles = 0;
  // A hand loop over code units: the same words as /\p{L}+/gu without a match object per word.
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let step = c >= 97 && c <= 122 ? 1 : c < 128 && !(c >= 65 && c <= 90) ? 0 : letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      i += step;
      if (i >= len) break;
      const d = text.charCodeAt(i);
      step = d >= 97 && d <= 122 ? 1 : d < 128 && !(d >= 65 && d <= 90) ? 0 : letterAt(text, i);
    } while (step > 0);
    if (i - start === 1) singles++;
    tokens.push({ text: text.slice(start, i), start, end: i });
  }
  if (singles < MIN_SPACED_LETTERS) return tokens;
  const joined = joinSpacedLetters(text, tokens);
  if (joined.length === 0) return tokens;
  return [...tokens, ...joined].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** One token for each run of three or more single letters with the same spacer between them. */
function joinSpacedLetters(text: string, tokens: readonly Token[]): Token[] {
  const joined: Token[] = [];
  let runStart = -1;
  let runGap = '';
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end - t.start !== 1) {
      joinRun(tokens, runStart, k, joined);
      runStart = -1;
      continue;
    }
    if (runStart < 0) {
      runStart = k;
      runGap = '';
      continue;
    }
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (!SPACER.test(gap)) {
      joinRun(tokens, runStart, k, joined);
      runStart = k;
      runGap = '';
    } else if (runGap === '') {
      runGap = gap;
    } else if (gap !== runGap) {
      // "i d i o t f.a.n": a change of separator starts a new word at the previous letter.
      joinRun(tokens, runStart, k - 1, joined);
      runStart = k - 1;
      runGap = gap;
    }
  }
  joinRun(tokens, runStart, tokens.length, joined);
  return joined;
}

function joinRun(tokens: readonly Token[], runStart: number, runEnd: number, joined: Token[]): void {
  if (runStart < 0 || runEnd - runStart < MIN_SPACED_LETTERS) return;
  let word = '';
  for (let k = runStart; k < runEnd; k++) word += tokens[k]!.text;
  joined.push({ text: word, start: tokens[runStart]!.start, end: tokens[runEnd - 1]!.end, spaced: true });
}
