import type { Token } from '../normalise/tokens.js';
import { detached } from '../normalise/units.js';
import type { Bits } from './cue-gate.js';
import type { WordStarts } from './topics.js';

/**
 * What reading intent has worked out about one distinct word, filled in by the readers that need it: the cue
 * gate's bits and the topic terms the word may begin. Comments repeat their words, and one lookup per token then
 * serves both readers. Each slot names what it was worked out for (the gate index, the compiled topics), so a
 * slot made for another is made again.
 */
export interface WordMemo {
  readonly word: string;
  gate: Bits | undefined;
  gateOf: object | undefined;
  topics: WordStarts | undefined;
  topicsOf: object | undefined;
}

const memos = new Map<string, WordMemo>();
const MEMO_LIMIT = 50_000;

/**
 * The memo of each token's word, in token order.
 *
 * @example
 * wordMemos(tokenize(normalise('hej hej')))[0] === wordMemos(tokenize(normalise('hej')))[0] // true
 */
export function wordMemos(tokens: readonly Token[]): WordMemo[] {
  const out: WordMemo[] = new Array(tokens.length);
  for (let k = 0; k < tokens.length; k++) {
    const word = tokens[k]!.text;
    let memo = memos.get(word);
    if (memo === undefined) {
      if (memos.size >= MEMO_LIMIT) memos.clear();
      const own = detached(word);
      memos.set(own, (memo = { word: own, gate: undefined, gateOf: undefined, topics: undefined, topicsOf: undefined }));
    }
    out[k] = memo;
  }
  return out;
}
