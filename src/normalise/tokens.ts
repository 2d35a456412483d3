import type { NormalisedText } from './normalise.js';

/** A word of the normalised text; `start`/`end` index the normalised text, not the original. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Built by joining spaced-out single letters ("i d i o t", "f.a.n"). */
  readonly spaced?: true;
}

const WORD = /\p{L}+/gu;
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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  const joined: Token[] = [];
  let runStart = -1;
  let runGap = '';
  const flush = (runEnd: number) => {
    if (runStart >= 0 && runEnd - runStart >= MIN_SPACED_LETTERS) {
      const run = tokens.slice(runStart, runEnd);
      joined.push({
        text: run.map((t) => t.text).join(''),
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        spaced: true,
      });
    }
    runStart = -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.end - t.start !== 1) {
      flush(k);
      continue;
    }
    if (runStart < 0) {
      runStart = k;
      runGap = '';
      continue;
    }
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (!SPACER.test(gap)) {
      flush(k);
      runStart = k;
      runGap = '';
    } else if (runGap === '') {
      runGap = gap;
    } else if (gap !== runGap) {
      // "i d i o t f.a.n": a change of separator starts a new word at the previous letter.
      flush(k - 1);
      runStart = k - 1;
      runGap = gap;
    }
  }
  flush(tokens.length);
  if (joined.length === 0) return tokens;
  return [...tokens, ...joined].sort((a, b) => a.start - b.start || b.end - a.end);
}
