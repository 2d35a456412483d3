// buildVariant as it was before it wrote code units into a typed array (git 9d0f105): the oracle
// variants-equivalence.test.ts compares the fast code with.
import type { DetectionContext } from '../../src/detect/rule.js';
import type { Variant } from '../../src/detect/rules/phrase-hits.js';

// "$" and "@" ending a word stand for s and a ("grati$", "re@"): the normaliser only reads them before a letter.
const TRAILING_LEET: Readonly<Record<string, string>> = { $: 's', '@': 'a' };
const TRAILING_LEET_AT = /\p{L}[$@]+(?![\p{L}\p{N}])/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// "xxx" and "www" are written that way, not stretched.
const KEEP_RUNS = new Set(['x', 'w']);
const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const SPACE_RUN = /\s\s/u;

/** `SPACE.test(ch)` for one code unit, without the regex for ASCII (most characters). */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(ch);
}

/** `LETTER.test(ch)` for one code unit, without the regex for ASCII. */
function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c >= 128) return LETTER.test(ch);
  const lower = c | 32;
  return lower >= 97 && lower <= 122;
}

export function buildVariant(ctx: Pick<DetectionContext, 'normalised' | 'tokens'>, keep: 1 | 2, stretched: boolean): Omit<Variant, 'rewritten'> | null {
  const src = ctx.normalised.text;
  const spaced = ctx.tokens.filter((t) => t.spaced);
  if (spaced.length === 0 && !stretched && !SPACE_RUN.test(src) && !TRAILING_LEET_AT.test(src)) return null;
  // The copy is never longer than the text (each unit written reads at least one, a kept pair at least three).
  const from = new Uint32Array(src.length);
  const to = new Uint32Array(src.length);
  let n = 0;
  let text = '';
  // Units copied unchanged are appended as one slice, from `copied` up to the next rewrite.
  let copied = 0;
  const flush = (upTo: number) => {
    if (upTo > copied) text += src.slice(copied, upTo);
  };
  const push = (ch: string, a: number, b: number) => {
    text += ch;
    from[n] = a;
    to[n] = b;
    n++;
  };
  let i = 0;
  let s = 0;
  while (i < src.length) {
    while (spaced[s] && spaced[s]!.start < i) s++;
    const run = spaced[s];
    if (run && run.start === i) {
      flush(i);
      // Keep only the letters of "d ö d a": the separators go.
      for (let p = run.start; p < run.end; p++) if (isLetter(src[p]!)) push(src[p]!, p, p + 1);
      copied = i = run.end;
      continue;
    }
    const ch = src[i]!;
    if (isSpace(ch) && i + 1 < src.length && isSpace(src[i + 1]!)) {
      flush(i);
      let j = i;
      let newline = false;
      for (; j < src.length && isSpace(src[j]!); j++) if (src[j] === '\n') newline = true;
      push(newline ? '\n' : ' ', i, j);
      copied = i = j;
      continue;
    }
    // A letter repeated three or more times stands for one ("jaaaag" → "jag") or two ("booook" → "book").
    if (src[i + 1] === ch && src[i + 2] === ch && isLetter(ch) && !KEEP_RUNS.has(ch)) {
      flush(i);
      let j = i;
      while (src[j] === ch) j++;
      if (keep === 1) push(ch, i, j);
      else {
        push(ch, i, i + 1);
        push(ch, i + 1, j);
      }
      copied = i = j;
      continue;
    }
    // "$" or "@" (TRAILING_LEET's keys) compared directly: a keyed look-up per character was slow.
    if ((ch === '$' || ch === '@') && i > 0 && isLetter(src[i - 1]!)) {
      let j = i;
      while (j < src.length && (src[j] === '$' || src[j] === '@')) j++;
      if (j >= src.length || !WORD_CHAR.test(src[j]!)) {
        flush(i);
        for (let k = i; k < j; k++) push(TRAILING_LEET[src[k]!]!, k, k + 1);
        copied = i = j;
        continue;
      }
    }
    // Copied as it is: appended to the text with the rest of its stretch (flush).
    from[n] = i;
    to[n] = i + 1;
    n++;
    i++;
  }
  flush(src.length);
  return { text, from: from.slice(0, n), to: to.slice(0, n) };
}
