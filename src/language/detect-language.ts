import { francAll } from 'franc';
import { letterAt } from '../normalise/letters.js';
import { LANGUAGE_CODES as ISO1 } from './languages.js';

/** The language of a comment: ISO 639-1 code (`und` when it cannot tell) and a confidence in [0, 1]. */
export interface DetectedLanguage {
  readonly code: string;
  readonly confidence: number;
}

export interface DetectLanguageOptions {
  /** ISO 639-3 codes franc may choose between. */
  readonly only?: readonly string[];
  /** How many characters franc reads at most. */
  readonly sampleChars?: number;
}

const SV_WORDS = new Set(['och', 'att', 'det', 'är', 'inte', 'som', 'på', 'för', 'jag', 'du', 'en', 'ett', 'med', 'har', 'till', 'av', 'om', 'vi', 'ni', 'kommunen', 'men', 'så', 'den', 'var', 'kan', 'ska', 'hej', 'tack', 'varför', 'när', 'vad', 'eller', 'också', 'från']);
const EN_WORDS = new Set(['the', 'and', 'is', 'you', 'to', 'of', 'that', 'this', 'not', 'are', 'it', 'for', 'with', 'your', 'be', 'have', 'was', 'what', 'why', 'my', 'they', 'we', 'can', 'will', 'do', 'does', 'please', 'thanks', 'hello', 'hi']);
const SHORTEST_FOR_FRANC = 20;
/** The longest function word: longer words are counted, not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...SV_WORDS, ...EN_WORDS].map((w) => w.length));
/** Words of the lower-cased sample (as `/\p{L}+/gu` splits them), how many are Swedish and English function words, and whether å, ä or ö occurs. */
function countWords(lower: string): { words: number; sv: number; en: number; swedishLetters: boolean } {
  let words = 0;
  let sv = 0;
  let en = 0;
  let swedishLetters = false;
  const len = lower.length;
  let i = 0;
  while (i < len) {
    let step = letterAt(lower, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    do {
      const c = lower.charCodeAt(i);
      if (c === 0xe5 || c === 0xe4 || c === 0xf6) swedishLetters = true;
      i += step;
    } while (i < len && (step = letterAt(lower, i)) > 0);
    words++;
    if (i - start <= LONGEST_FUNCTION_WORD) {
      const w = lower.slice(start, i);
      if (SV_WORDS.has(w)) sv++;
      else if (EN_WORDS.has(w)) en++;
    }
  }
  return { words, sv, en, swedishLetters };
}

/**
 * Tells the language of a comment. Clear cases (Swedish letters and function words, or English function
 * words) are settled by counting words; franc reads a capped sample, restricted to `only`, otherwise.
 *
 * @example
 * detectLanguage('Varför plogas inte vår gata?') // { code: 'sv', confidence: ... }
 */
export function detectLanguage(
  text: string,
  { only = ['swe', 'eng', 'dan', 'nob', 'fin', 'deu'], sampleChars = 1000 }: DetectLanguageOptions = {},
): DetectedLanguage {
  const sample = text.length > sampleChars ? text.slice(0, sampleChars) : text;
  // One pass over the lower-cased sample counts words and function words; no array of words is built.
  const counted = countWords(sample.toLowerCase());
  const { en, words } = counted;
  const sv = counted.sv + (counted.swedishLetters ? 2 : 0);
  const total = sv + en;
  if (total >= 2 && (sv >= 3 * en || en >= 3 * sv)) {
    const code = sv > en ? 'sv' : 'en';
    return { code, confidence: round(Math.min(0.99, 0.6 + (0.4 * Math.max(sv, en)) / Math.max(words, 1))) };
  }
  if (sample.replace(/[^\p{L}]/gu, '').length < SHORTEST_FOR_FRANC) {
    if (total === 0) return { code: 'und', confidence: 0 };
    return { code: sv >= en ? 'sv' : 'en', confidence: 0.5 };
  }
  const ranked = francAll(sample, { only: [...only], minLength: SHORTEST_FOR_FRANC });
  const best = ranked[0];
  if (!best || best[0] === 'und') return { code: 'und', confidence: 0 };
  const second = ranked[1]?.[1] ?? 0;
  return { code: ISO1[best[0]] ?? best[0], confidence: round(Math.max(0.05, Math.min(0.99, 1 - second * 0.9 + 0.1 * best[1]))) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
