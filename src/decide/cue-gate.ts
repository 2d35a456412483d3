import { stripSwedishDiacritics } from '../lexicon/variants.js';
import { isWordCodePoint, wordCharAt } from '../normalise/letters.js';
import { starred } from './cue-regex.js';

/**
 * What a word of the text must be for an alternative to match. Each word of a cue begins where a text word
 * begins (after a non-letter, or after the whitespace between cue words) and ends where it ends, so a cue word
 * names the text words it can match: `exact` that word, `prefix` one beginning with it (`word*`), `suffix` one
 * ending with it (`*word`), `contains` one containing it (`*word*`), or `always` when it does not begin with a letter.
 */
type Gate = { readonly kind: 'exact' | 'prefix' | 'suffix' | 'contains'; readonly text: string } | { readonly kind: 'always' };
const ALWAYS: Gate = { kind: 'always' };

function gateOfWord(cueWord: string): Gate {
  const { head, tail, lit } = starred(cueWord);
  let lead = 0;
  while (lead < lit.length) {
    const cp = lit.codePointAt(lead)!;
    if (!isWordCodePoint(cp)) break;
    lead += cp > 0xffff ? 2 : 1;
  }
  if (lead === 0) return ALWAYS;
  const word = lit.slice(0, lead);
  // Letters, then something else ("e-post"): the text word is those letters, ending where the something else begins.
  if (lead < lit.length) return head ? { kind: 'suffix', text: word } : { kind: 'exact', text: word };
  if (head) return tail ? { kind: 'contains', text: word } : { kind: 'suffix', text: word };
  return tail ? { kind: 'prefix', text: word } : { kind: 'exact', text: word };
}

/** Words too common to tell one text from another: a cue is gated on another of its words when it has one. */
const COMMON = new Set([
  'i', 'inte', 'ej', 'är', 'har', 'det', 'en', 'ett', 'att', 'och', 'på', 'pa', 'för', 'for', 'som', 'med', 'av', 'till', 'om', 'så', 'sa',
  'men', 'ni', 'vi', 'jag', 'du', 'de', 'man', 'den', 'kan', 'ska', 'vill', 'får', 'far', 'hur', 'vad', 'var', 'när', 'nar', 'ingen',
  'inget', 'inga', 'aldrig', 'fortfarande', 'nu', 'här', 'the', 'a', 'is', 'not', 'to', 'of', 'it', 'you', 'do',
]);

/** The gate of an alternative: one of its words, the rarest-looking (not common, exact, longest). */
function gateOf(alternative: string): Gate {
  let best: Gate = ALWAYS;
  let bestScore = -1;
  const words = alternative.split(' ');
  for (let k = 0; k < words.length; k++) {
    const gate = gateOfWord(words[k]!);
    if (gate.kind === 'always') continue;
    const score = (COMMON.has(gate.text) ? 0 : 1000) + (gate.kind === 'exact' ? 100 : 0) + gate.text.length;
    if (score > bestScore) {
      best = gate;
      bestScore = score;
    }
  }
  return best;
}

/** Bit masks of the registered cues, by what a text word must be to let each match (see `Gate`). */
interface GateIndex {
  readonly exact: Map<string, number>;
  readonly prefix: Map<string, number>;
  readonly prefixLengths: readonly number[];
  readonly suffix: Map<string, number>;
  readonly suffixLengths: readonly number[];
  readonly contains: readonly (readonly [string, number])[];
  readonly always: number;
}

/** The cue lists of unanchored cues, each with a bit of a 31-bit mask; later ones are not gated and always run their regex. */
const gated: (readonly string[])[] = [];
const MAX_GATED = 31;
let index: GateIndex | undefined;
/** The mask each text word lets through, for words already seen: comments repeat their words. */
const wordMasks = new Map<string, number>();
const WORD_MASK_LIMIT = 50_000;

function buildIndex(): GateIndex {
  const exact = new Map<string, number>();
  const prefix = new Map<string, number>();
  const suffix = new Map<string, number>();
  const contains = new Map<string, number>();
  let always = 0;
  for (let i = 0; i < gated.length; i++) {
    const bit = 1 << i;
    for (const cue of gated[i]!) {
      const gate = gateOf(cue.toLowerCase());
      if (gate.kind === 'always') {
        always |= bit;
        continue;
      }
      // Stripping å, ä, ö maps letter to letter: the cue's other alternative has the same gate, stripped.
      const map = gate.kind === 'exact' ? exact : gate.kind === 'prefix' ? prefix : gate.kind === 'suffix' ? suffix : contains;
      map.set(gate.text, (map.get(gate.text) ?? 0) | bit);
      const bare = stripSwedishDiacritics(gate.text);
      if (bare !== gate.text) map.set(bare, (map.get(bare) ?? 0) | bit);
    }
  }
  const lengths = (map: Map<string, number>) => [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return { exact, prefix, prefixLengths: lengths(prefix), suffix, suffixLengths: lengths(suffix), contains: [...contains], always };
}

function maskOf(word: string, g: GateIndex): number {
  let mask = g.exact.get(word) ?? 0;
  for (const n of g.prefixLengths) {
    if (n > word.length) break;
    mask |= g.prefix.get(word.slice(0, n)) ?? 0;
  }
  for (const n of g.suffixLengths) {
    if (n > word.length) break;
    mask |= g.suffix.get(word.slice(word.length - n)) ?? 0;
  }
  for (const [part, bit] of g.contains) if (word.includes(part)) mask |= bit;
  return mask;
}

/**
 * Registers an unanchored cue list for gating: its bit in `CueWords#mask`, or undefined when 31 lists are
 * gated already (that cue then always runs its regex).
 *
 * @example
 * const bit = gateCues(['trasig*', 'sönder']); // (cueWords(text).mask & bit) === 0: no match possible
 */
export function gateCues(cues: readonly string[]): number | undefined {
  if (gated.length >= MAX_GATED) return undefined;
  gated.push(cues);
  index = undefined;
  wordMasks.clear();
  return 1 << (gated.length - 1);
}

/** Which gated cues a text may match, read once from its words and passed to `Cue#test`. */
export interface CueWords {
  readonly mask: number;
}

/**
 * Reads a text's words once for many `Cue#test` calls on it: a cue with none of its gate words there (one word
 * of each of its alternatives) cannot match, and its regex is not run.
 *
 * @example
 * const words = cueWords('när öppnar badhuset');
 * INFO_CUES.test('när öppnar badhuset', words) // true, and FAULT.test(…, words) is false without a regex
 */
export function cueWords(text: string): CueWords {
  const g = (index ??= buildIndex());
  let mask = g.always;
  // The words of the text, each maximal run of letters and digits (as /[\p{L}\p{N}]+/gu finds them), by hand.
  const n = text.length;
  let i = 0;
  while (i < n) {
    let step = wordCharAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += step;
    while (i < n && (step = wordCharAt(text, i)) > 0);
    const word = text.slice(start, i);
    let m = wordMasks.get(word);
    if (m === undefined) {
      m = maskOf(word, g);
      if (wordMasks.size >= WORD_MASK_LIMIT) wordMasks.clear();
      wordMasks.set(word, m);
    }
    mask |= m;
  }
  return { mask };
}

