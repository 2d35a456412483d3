import { stripSwedishDiacritics } from '../lexicon/variants.js';
import { isWordCodePoint, letterAt, wordCharAt } from '../normalise/letters.js';
import { detached } from '../normalise/units.js';
import type { Token } from '../normalise/tokens.js';
import { starred } from './cue-regex.js';
import type { WordMemo } from './word-memo.js';

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
  const lead = wordPrefixLength(lit);
  if (lead === 0) return ALWAYS;
  const word = lit.slice(0, lead);
  // Letters, then something else ("e-post"): the text word is those letters, ending where the something else begins.
  if (lead < lit.length) return head ? { kind: 'suffix', text: word } : { kind: 'exact', text: word };
  if (head) return tail ? { kind: 'contains', text: word } : { kind: 'suffix', text: word };
  return tail ? { kind: 'prefix', text: word } : { kind: 'exact', text: word };
}

/** Words too common to tell one text from another: an alternative is listed under a rarer word of its own when it has one. */
const COMMON = new Set([
  'i', 'inte', 'ej', 'är', 'har', 'det', 'en', 'ett', 'att', 'och', 'på', 'pa', 'för', 'for', 'som', 'med', 'av', 'till', 'om', 'så', 'sa',
  'men', 'ni', 'vi', 'jag', 'du', 'de', 'man', 'den', 'kan', 'ska', 'vill', 'får', 'far', 'hur', 'vad', 'var', 'när', 'nar', 'ingen',
  'inget', 'inga', 'aldrig', 'fortfarande', 'nu', 'här', 'the', 'a', 'is', 'not', 'to', 'of', 'it', 'you', 'do',
]);

/** The gates of an alternative's words (`always` ones left out), the rarest-looking first (not common, exact, longest). */
function gatesOf(alternative: string): Gate[] {
  const scored: [Gate, number][] = [];
  for (const word of alternative.split(' ')) {
    const gate = gateOfWord(word);
    if (gate.kind === 'always') continue;
    scored.push([gate, (COMMON.has(gate.text) ? 0 : 1000) + (gate.kind === 'exact' ? 100 : 0) + gate.text.length]);
  }
  // Stable: of equal scores the earlier word comes first.
  return scored.sort((x, y) => y[1] - x[1]).map(([gate]) => gate);
}

/**
 * Whether a text word passing the alternative's gate is by itself a match: the alternative is one word of letters
 * and digits only (stars aside), so the gate (exact, prefix, suffix, contains) says all the regex checks.
 */
function decides(alternative: string): boolean {
  if (alternative.includes(' ')) return false;
  const { lit } = starred(alternative);
  return lit !== '' && wordPrefixLength(lit) === lit.length;
}

/** How many units of `lit`, from its start, are letters and digits (whole code points). */
function wordPrefixLength(lit: string): number {
  let lead = 0;
  while (lead < lit.length) {
    const cp = lit.codePointAt(lead)!;
    if (!isWordCodePoint(cp)) break;
    lead += cp > 0xffff ? 2 : 1;
  }
  return lead;
}

/**
 * What a text word lets through: the cues it may let match (`maybe`), those it makes match by itself (`sure`,
 * within `maybe`), and the gates of several-word alternatives it passes (`pairGates`, ids into `GateIndex#pairs`).
 */
export interface Bits {
  maybe: number;
  sure: number;
  pairGates: number[] | undefined;
}

/** A cue alternative of two or more gated words: its cue may match only when a text word passes each of its gates. */
interface Pair {
  /** The gates besides the one the pair is listed under. */
  readonly others: readonly number[];
  readonly bit: number;
}

/** Bit masks of the registered cues, by what a text word must be to let each match (see `Gate`). */
interface GateIndex {
  readonly exact: Map<string, Bits>;
  readonly prefix: Map<string, Bits>;
  readonly prefixLengths: readonly number[];
  readonly suffix: Map<string, Bits>;
  readonly suffixLengths: readonly number[];
  readonly contains: readonly (readonly [string, Bits])[];
  readonly always: number;
  /** Whether some gate word holds a digit (or another non-letter): then only words of letters and digits read true. */
  readonly digits: boolean;
  /** By the id of a pair's first gate: the pairs it begins. */
  readonly pairs: readonly (readonly Pair[])[];
}

/** The cue lists of unanchored cues, each with a bit of a 31-bit mask; later ones are not gated and always run their regex. */
const gated: (readonly string[])[] = [];
const MAX_GATED = 31;
let index: GateIndex | undefined;
/** What each text word lets through, for words already seen: comments repeat their words. */
const wordMasks = new Map<string, Bits>();
const WORD_MASK_LIMIT = 50_000;

function entryOf(map: Map<string, Bits>, key: string): Bits {
  let bits = map.get(key);
  if (bits === undefined) map.set(key, (bits = { maybe: 0, sure: 0, pairGates: undefined }));
  return bits;
}

function buildIndex(): GateIndex {
  const exact = new Map<string, Bits>();
  const prefix = new Map<string, Bits>();
  const suffix = new Map<string, Bits>();
  const contains = new Map<string, Bits>();
  const mapOf = (gate: Gate) => (gate.kind === 'exact' ? exact : gate.kind === 'prefix' ? prefix : gate.kind === 'suffix' ? suffix : contains);
  /** Pair gate ids by kind and text; a gate's text without å, ä, ö passes the same gate. */
  const ids = new Map<string, number>();
  const pairs: Pair[][] = [];
  const pairGate = (gate: Gate & { text: string }): number => {
    const key = `${gate.kind} ${gate.text}`;
    let id = ids.get(key);
    if (id !== undefined) return id;
    ids.set(key, (id = pairs.length));
    pairs.push([]);
    for (const text of new Set([gate.text, stripSwedishDiacritics(gate.text)])) (entryOf(mapOf(gate), text).pairGates ??= []).push(id);
    return id;
  };
  let always = 0;
  for (let i = 0; i < gated.length; i++) {
    const bit = 1 << i;
    for (const cue of gated[i]!) {
      const lower = cue.toLowerCase();
      const gates = gatesOf(lower) as (Gate & { text: string })[];
      if (gates.length === 0) {
        always |= bit;
        continue;
      }
      if (gates.length >= 2) {
        // Every gated word of an alternative must be in the text: all of them tell more than the rarest alone.
        const [first, ...others] = [...new Set(gates.map(pairGate))] as [number, ...number[]];
        const key = others.join(' ');
        if (!pairs[first]!.some((p) => p.bit === bit && p.others.join(' ') === key)) pairs[first]!.push({ others, bit });
        continue;
      }
      // Stripping å, ä, ö maps letter to letter: the cue's other alternative has the same gate, stripped.
      const gate = gates[0]!;
      const sure = decides(lower);
      for (const text of new Set([gate.text, stripSwedishDiacritics(gate.text)])) {
        const bits = entryOf(mapOf(gate), text);
        bits.maybe |= bit;
        if (sure) bits.sure |= bit;
      }
    }
  }
  const lengths = (map: Map<string, Bits>) => [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => a - b);
  const digits = [exact, prefix, suffix, contains].some((map) => [...map.keys()].some((k) => !onlyLetters(k)));
  return { exact, prefix, prefixLengths: lengths(prefix), suffix, suffixLengths: lengths(suffix), contains: [...contains], always, digits, pairs };
}

function onlyLetters(word: string): boolean {
  for (let i = 0; i < word.length; ) {
    const step = letterAt(word, i);
    if (step === 0) return false;
    i += step;
  }
  return true;
}

function maskOf(word: string, g: GateIndex): Bits {
  const out: Bits = { maybe: 0, sure: 0, pairGates: undefined };
  const add = (bits: Bits | undefined) => {
    if (bits === undefined) return;
    out.maybe |= bits.maybe;
    out.sure |= bits.sure;
    if (bits.pairGates !== undefined) for (const id of bits.pairGates) if (!out.pairGates?.includes(id)) (out.pairGates ??= []).push(id);
  };
  add(g.exact.get(word));
  for (const n of g.prefixLengths) {
    if (n > word.length) break;
    add(g.prefix.get(word.slice(0, n)));
  }
  for (const n of g.suffixLengths) {
    if (n > word.length) break;
    add(g.suffix.get(word.slice(word.length - n)));
  }
  for (const [part, bits] of g.contains) if (word.includes(part)) add(bits);
  return out;
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
  /** Bits of the cues the text's words let match (a cue outside it cannot match). */
  readonly mask: number;
  /** Bits of the cues a word of the text matches by itself (a one-word cue): these match without a regex. */
  readonly sure: number;
}

/** The pair gates passed by the words of the text being read: `passed[id] === stamp`, listed in `passedIds`. */
let passed = new Int32Array(0);
const passedIds: number[] = [];
let stamp = 0;
let readMask = 0;
let readSure = 0;

function beginReading(g: GateIndex): void {
  if (passed.length < g.pairs.length) passed = new Int32Array(g.pairs.length);
  if (++stamp === 0x7fffffff) {
    passed.fill(0);
    stamp = 1;
  }
  passedIds.length = 0;
  readMask = g.always;
  readSure = 0;
}

/** What `word` lets through (`maskOf`), kept per word for the index in use. */
function bitsOf(word: string, g: GateIndex): Bits {
  let m = wordMasks.get(word);
  if (m === undefined) {
    m = maskOf(word, g);
    if (wordMasks.size >= WORD_MASK_LIMIT) wordMasks.clear();
    wordMasks.set(detached(word), m);
  }
  return m;
}

function readWord(word: string, g: GateIndex): void {
  readBits(bitsOf(word, g));
}

/** `readWord` of a memo's word: its bits are kept in the memo too, which spares the look-up by word. */
function readMemo(memo: WordMemo, g: GateIndex): void {
  if (memo.gateOf !== g) {
    memo.gate = bitsOf(memo.word, g);
    memo.gateOf = g;
  }
  readBits(memo.gate!);
}

function readBits(m: Bits): void {
  readMask |= m.maybe;
  readSure |= m.sure;
  const ids = m.pairGates;
  if (ids === undefined) return;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (passed[id] === stamp) continue;
    passed[id] = stamp;
    passedIds.push(id);
  }
}

function endReading(g: GateIndex): CueWords {
  let mask = readMask;
  for (let k = 0; k < passedIds.length; k++) {
    const pairs = g.pairs[passedIds[k]!]!;
    for (let j = 0; j < pairs.length; j++) {
      const { others, bit } = pairs[j]!;
      if ((mask & bit) !== 0) continue;
      let all = true;
      for (let o = 0; o < others.length && all; o++) all = passed[others[o]!] === stamp;
      if (all) mask |= bit;
    }
  }
  return { mask, sure: readSure };
}

/**
 * Reads a text's words once for many `Cue#test` calls on it: a cue none of whose alternatives has a text word for
 * each of its gated words cannot match, and its regex is not run; a cue one of whose one-word alternatives is a
 * word of the text matches, and its regex is not run either.
 *
 * @example
 * const words = cueWords('när öppnar badhuset');
 * INFO_CUES.test('när öppnar badhuset', words) // true, and FAULT.test(…, words) is false without a regex
 */
export function cueWords(text: string): CueWords {
  const g = (index ??= buildIndex());
  beginReading(g);
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
    readWord(text.slice(start, i), g);
  }
  return endReading(g);
}

/** Whether a letter or digit stands just before `start` or at `end` of `text`. */
function joined(text: string, start: number, end: number): boolean {
  if (end < text.length && wordCharAt(text, end) > 0) return true;
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  // The low half of a surrogate pair: the code point begins a unit earlier.
  if ((before & 0xfc00) === 0xdc00 && start >= 2 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800) return wordCharAt(text, start - 2) > 0;
  return wordCharAt(text, start - 1) > 0;
}

/**
 * `cueWords(text)` read from `tokens`, the words of `text` as `tokenize` found them (runs of letters), without
 * walking the text again; `memos` (from `wordMemos(tokens)`), if given, keep what each word lets through. A run of
 * letters and digits is a token when no digit touches the token's letters, and a run of digits alone lets no cue
 * through while no gate word holds a digit; else the text is walked as usual.
 *
 * @example
 * const n = normalise('när öppnar badhuset');
 * cueWordsOfTokens(n.text, tokenize(n)) // the same as cueWords(n.text)
 */
export function cueWordsOfTokens(text: string, tokens: readonly Token[], memos?: readonly WordMemo[]): CueWords {
  const g = (index ??= buildIndex());
  if (g.digits) return cueWords(text);
  beginReading(g);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // A token joined from spaced letters ("i d i o t") is no word of the text.
    if (t.spaced === true) continue;
    if (joined(text, t.start, t.end)) return cueWords(text);
    if (memos === undefined) readWord(t.text, g);
    else readMemo(memos[k]!, g);
  }
  return endReading(g);
}
