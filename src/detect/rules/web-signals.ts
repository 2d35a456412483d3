import { runStartsBefore, stickyMatches } from '../personal-data/anchored-scan.js';
import { LOCAL_CHAR } from '../personal-data/email.js';
import { literalAlternation } from '../../lexicon/literal-trie.js';

/** A span of the ORIGINAL text. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A link in the original text with its host name, lower case and without "www.". */
export interface LinkSpan extends TextSpan {
  readonly host: string;
}

/** Top-level domains a bare "name.tld" must end in to count as a link: "t.ex." and "bl.a." stay prose. */
export const TOP_LEVEL_DOMAINS: readonly string[] = (
  'com|se|net|org|io|to|nu|info|biz|xyz|app|me|tv|cc|co|ru|shop|store|online|site|link|club|live|pro|top|eu|uk|de|dk|no|fi|ly|gg|is|ws|ag|sx|li|pw|lol|bz|cx|am|tk|ml|ga|cf|gq|best|fun|vip|cam|porn|xxx|sex|adult|tube|movie|movies|stream|watch|ai|us|ca|nl|fr|es|it|pl|ch|at|be|cz|ee|lt|lv|ua|in|cn|jp|br|nz|ie|pt|gr|ro|tr|gov|edu|mobi|asia|cloud|digital|email|global|world|today|news|media|blog|page|space|website|tech|network|agency|company|money|finance|trade|market|bet|casino|win|loan|cash|click|download|icu|buzz|work|zone|social|dating|love|games|bio|ms|su|vc|gl|ac|sh|st|tw'
).split('|');
const SCHEME_URL = /(?:https?:\/\/|www\.)[^\s<>"'()]+/giu;
// As a trie: written as a flat list, each domain expression was ~250 KB of machine code (55 KB as a trie).
// Either way the same matches: a TLD must end where the letters do, so one form at most fits a position.
const TLDS = literalAlternation([...TOP_LEVEL_DOMAINS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
// The empty capture keeps `{1,4}` a loop (as keepLoops does for patterns): V8 writes out a repeat of up to four copies.
const BARE_DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}@._/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.()){1,4}${TLDS}(?![\\p{L}\\p{N}-])(?:/[^\\s<>"'()]*)?`, 'giu');
// "pornhub[.]com", "site dot com", "sajt punkt se": links written so filters miss them.
const SPELLED_DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}])([a-z0-9-]{2,63})\\s?(?:\\[\\.\\]|\\(\\.\\)|\\[dot\\]|\\(dot\\)|\\{dot\\}| dot | punkt | \\. )\\s?(${TLDS})(?![\\p{L}\\p{N}])`, 'giu');
const TRAILING = /[.,!?:;]+$/u;
/** The spelled dots of SPELLED_DOMAIN, with its flags (so the same letters fold). */
const SPELLED_DOT = /dot|punkt/iu;
/** Every separator SPELLED_DOMAIN reads, or a part of it, with its flags: a text without one skips that expression. */
const SPELLED_SEPARATOR = /\[\.\]|\(\.\)|dot|punkt| \. /iu;
/** A TLD follows its dot at once, and starts with a letter: a text with no dot before a letter has no bare domain. */
const DOT_LETTER = /\.\p{L}/u;

function hostOf(url: string): string {
  return url
    .replace(/^https?:\/\//iu, '')
    .split(/[/?#:]/u)[0]!
    .toLowerCase()
    .replace(/^www\./u, '');
}

/**
 * Every link in the original text (with or without scheme, and spelled "site dot com"), in order.
 *
 * @example
 * findLinks('Kolla www.Example.com/x!').map(l => l.host) // ['example.com']
 */
export function findLinks(text: string): LinkSpan[] {
  // Every kind of link holds a dot or spells one: most comments skip the large domain expressions (and their compiling).
  if (!text.includes('.') && !SPELLED_DOT.test(text)) return [];
  const out: LinkSpan[] = [];
  const covered = (s: number, e: number) => out.some((l) => s < l.end && e > l.start);
  for (const re of [SCHEME_URL, BARE_DOMAIN]) {
    if (re === BARE_DOMAIN && !DOT_LETTER.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const raw = m[0].replace(TRAILING, '');
      const start = m.index;
      const end = start + raw.length;
      if (covered(start, end)) continue;
      const host = hostOf(raw);
      if (!host.includes('.')) continue;
      out.push({ start, end, text: raw, host });
    }
  }
  SPELLED_DOMAIN.lastIndex = 0;
  // Most texts hold no separator it reads: the expression is not run on them.
  for (let m = SPELLED_SEPARATOR.test(text) ? SPELLED_DOMAIN.exec(text) : null; m !== null; m = SPELLED_DOMAIN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (covered(start, end)) continue;
    out.push({ start, end, text: m[0], host: `${m[1]!.toLowerCase()}.${m[2]!.toLowerCase()}` });
  }
  return out.sort((a, b) => a.start - b.start);
}

const DIGIT = /[0-9]/u;
// Each alternative begins with a digit, a currency sign or s/u/e: the look-ahead tests that first, so code V8
// no longer optimises (a long-running process) passes other positions at one test, not at a look-behind.
const PRICE = /(?=[0-9$€£sue])(?:(?<![\p{L}\p{N}])(?:\d{1,3}(?:[  .]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(?:kr|kronor|:-|sek|€|eur|euro|euros|\$|usd|dollar|dollars|spänn|pix)(?![\p{L}])|(?:[$€£])\s?\d+(?:[.,]\d+)?(?:k)?(?![\p{L}])|(?<![\p{L}])(?:sek|usd|eur)\s?\d+)/giu;

/**
 * Prices in the original text ("500 kr", "99:-", "$200", "1 500 SEK").
 *
 * @example
 * findPrices('Bara 99:- i dag').map(p => p.text) // ['99:-']
 */
export function findPrices(text: string): TextSpan[] {
  // Every kind of price holds a digit (\d reads 0-9 only).
  if (!DIGIT.test(text)) return [];
  return [...text.matchAll(PRICE)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

// Begins with + or 0: tested first, as in PRICE.
const PHONE = /(?=[+0])(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?\d{1,3}|0)[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{1,4}){1,5}(?![\p{N}])/gu;
const MIN_PHONE_DIGITS = 8;
const MAX_PHONE_DIGITS = 15;

/**
 * Phone numbers in the original text: Swedish (070-123 45 67) and international (+44 7700 900123).
 *
 * @example
 * findPhones('WhatsApp +46 70 123 45 67').map(p => p.text) // ['+46 70 123 45 67']
 */
export function findPhones(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  for (const m of text.matchAll(PHONE)) {
    const raw = m[0].trimEnd();
    const digits = raw.replace(/\D/gu, '').length;
    if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS) continue;
    out.push({ start: m.index, end: m.index + raw.length, text: raw });
  }
  return out;
}

// The lookbehind starts a match only where a run starts, so a long run without '@' costs linear time.
// Sticky: tried only where an address may start, before an at sign (running it everywhere was most of a long text's contact scan).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/iuy;

// The at sign first, the look-behind after it: the same matches, and one test at a position without "@".
const HANDLE = /@(?<![\p{L}\p{N}]@)[a-z0-9_.]{3,30}(?![\p{L}\p{N}@])/giu;

/**
 * E-mail addresses and @handles: ways to reach a seller off the page.
 *
 * @example
 * findContacts('mejla mig på sara@example.com').map(c => c.text) // ['sara@example.com']
 */
export function findContacts(text: string): TextSpan[] {
  // Both kinds hold an "@".
  if (!text.includes('@')) return [];
  const out = stickyMatches(EMAIL, text, runStartsBefore(text, '@', LOCAL_CHAR)).map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  for (const m of text.matchAll(HANDLE)) {
    if (!out.some((e) => m.index >= e.start && m.index < e.end)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}
