import { isMarkAt, letterAt } from '../../normalise/letters.js';
import { detached } from '../../normalise/units.js';
import type { Ruleset } from '../../ruleset/schema.js';

/** The name, place and role words of a ruleset, lower-case, built once per ruleset. */
export interface NameDictionary {
  /** First names and how sure a capitalised one is a name alone. */
  readonly first: ReadonlyMap<string, NameCertainty>;
  /** Surnames and how sure a capitalised one is a name alone. */
  readonly surnames: ReadonlyMap<string, NameCertainty>;
  readonly places: ReadonlySet<string>;
  /** Words that look like names but never are one here (Ericsson the company, Swish). */
  readonly notNames: ReadonlySet<string>;
  /** Roles of public officials, every form ("kommunalrådet", "rektor"), with the topics the role makes public. */
  readonly roles: ReadonlyMap<string, readonly string[]>;
}

/** One name found in a text. */
export interface NameSpan {
  /** Half-open UTF-16 span of the original text. */
  readonly start: number;
  readonly end: number;
  /** How many words: 1 for "Anna", 2 for "Anna Berg". */
  readonly words: number;
  /** Named in a public role: "kommunalrådet Anna Berg", "Anna Berg (S)", "Anna Berg, rektor". */
  readonly inRole: boolean;
  /** Topics the role makes public: a kommunalråd's political opinion, an imam's religion. */
  readonly publicTopics: readonly string[];
}

/**
 * How a word of a name list reads alone: `plain` is a name anywhere ("Anna", "Andersson"); `corpus` is known
 * only from news text and counts alone mid-sentence ("Reinfeldt"); `ambiguous` is also an ordinary word
 * ("Per", "Bo", "Berg") and counts alone only mid-sentence as a first name, never as a surname.
 */
export type NameCertainty = 'plain' | 'corpus' | 'ambiguous';
const RANK: Record<NameCertainty, number> = { plain: 0, corpus: 1, ambiguous: 2 };
const surer = (a: NameCertainty | undefined, b: NameCertainty): NameCertainty => (a === undefined || RANK[b] < RANK[a] ? b : a);

const cache = new WeakMap<Ruleset, NameDictionary>();

/**
 * Reads the ruleset's context lexicons tagged `first-name`, `surname`, `place` and `role` (and `ambiguous`).
 *
 * @example
 * nameDictionary(osthammar).first.get('anna') // 'plain': a name, and not an ordinary word
 */
export function nameDictionary(ruleset: Ruleset): NameDictionary {
  const cached = cache.get(ruleset);
  if (cached) return cached;
  const first = new Map<string, NameCertainty>();
  const surnames = new Map<string, NameCertainty>();
  const places = new Set<string>();
  const notNames = new Set<string>();
  const roles = new Map<string, readonly string[]>();
  for (const lexicon of ruleset.lexicons) {
    if (lexicon.category !== 'context') continue;
    for (const e of lexicon.entries) {
      const { tags } = e;
      const certainty: NameCertainty = tags.includes('ambiguous') ? 'ambiguous' : tags.includes('corpus') ? 'corpus' : 'plain';
      // Read once per entry, not per form: this walks ~4,000 entries in a first call.
      const isFirst = tags.includes('first-name');
      const isSurname = tags.includes('surname');
      const isPlace = tags.includes('place');
      const isNotName = tags.includes('not-name');
      const role = tags.includes('role') ? tags.filter((t) => t !== 'role') : undefined;
      for (let k = -1; k < e.forms.length; k++) {
        const f = (k < 0 ? e.term : e.forms[k]!).toLowerCase();
        // A word in two lists reads as surely as the surest of them ("Anna" written here beats "anna" from the corpus).
        if (isFirst) first.set(f, surer(first.get(f), certainty));
        if (isSurname) surnames.set(f, surer(surnames.get(f), certainty));
        if (isPlace) places.add(f);
        if (isNotName) notNames.add(f);
        if (role) roles.set(f, role);
      }
    }
  }
  const dict = { first, surnames, places, notNames, roles };
  cache.set(ruleset, dict);
  return dict;
}

interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly cap: boolean;
  /** First word of a sentence, a line, a quote or a list item: capitalised anyway. */
  readonly sentenceStart: boolean;
}

/**
 * The spans of `\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*` (flags `gu`) in `text`, as start and end
 * offsets in turn: read code point by code point, without a match array and a string for every word.
 *
 * @example
 * wordSpans("Hej Anna-Karin, it's") // [0, 3, 4, 14, 16, 20]
 */
export function wordSpans(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = letterAt(text, i);
    if (first === 0) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += first;
    for (;;) {
      while (i < n) {
        const letter = letterAt(text, i);
        if (letter > 0) i += letter;
        else if (isMarkAt(text, i)) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
        else break;
      }
      // An apostrophe or hyphen joins two words only when a letter follows it ("Anna-Karin", "it's").
      const joiner = i < n ? text.charCodeAt(i) : 0;
      if ((joiner === 39 || joiner === 0x2019 || joiner === 45) && i + 1 < n) {
        const after = letterAt(text, i + 1);
        if (after > 0) {
          i += 1 + after;
          continue;
        }
      }
      break;
    }
    out.push(start, i);
  }
  return out;
}

/** A name starts with a capital followed by a small letter ("Anna", "McAfee"), not "ANNA" or "A". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}]/u;
/** CAPITALISED's answer, without the regex when the first two letters are ASCII (most words). */
function capitalised(word: string): boolean {
  const a = word.charCodeAt(0);
  if (a < 128) {
    if (a < 65 || a > 90) return false;
    const b = word.charCodeAt(1);
    if (b < 128) return b >= 97 && b <= 122;
  }
  return CAPITALISED.test(word);
}
const BOUNDARY = /[.!?…:;\n"“”»«(\[•*]|(?:^|\s)[-–—](?:\s|$)/u;
/** Capitalised words that never continue a name: function words, greetings, the municipality's institutions. */
const NEVER_NAME = new Set(
  'i på och att det den de som en ett är var har hade för med till från av om vid hos men eller så nu då här där vi ni du jag han hon hen man kan ska skulle vill inte bara också även alla tack hej hallo hejsan hälsningar mvh vänliga bästa kära grattis god gott kommun kommunen kommunens region regionen staten polisen the and of to in on at for with by from is are was were be this that it he she we you they hi hello thanks thank dear mr mrs ms dr'.split(' '),
);
const PARTICLE = new Set(['von', 'van', 'af', 'de', 'der', 'den', 'al', 'el', 'bin', 'ben', 'la', 'le', 'di', 'da', 'du', 'mac', 'ibn']);
/** Endings that make an unknown capitalised word a Swedish surname ("Lindqvist", "Sjöholm"). */
const SURNAME_ENDING = /(?:sson|son|sen|berg|ström|gren|qvist|kvist|lund|holm|dahl|lin|ell|én|man|ander|stedt|stad|borg|fors|sjö|blad|bäck|mark|näs|wall|vall|ling)s?$/u;
/** A political party after a name: the person is an elected official. */
const PARTY_AFTER = /^\s*\((?:s|m|sd|c|v|l|kd|mp|fp)\)/iu;
/** A title before a capitalised word makes it a name even when no list knows it ("fru Lindqvist", "Mrs Thatcher"). */
const HONORIFIC = new Set(['herr', 'fru', 'fröken', 'mr', 'mrs', 'ms', 'miss', 'dr', 'doktor', 'professor', 'sir', 'madame', 'monsieur']);
/** Space between the words of one name (a soft hyphen may hide in it). */
const NAME_GAP = /^[ \u00A0\u00AD]+$/u;

/**
 * The words of a text, each made when first read: most words start with a small letter, and the name search
 * passes them by without their text, lower case or sentence start.
 */
class Words {
  readonly length: number;
  private readonly made: (Word | undefined)[];
  constructor(
    private readonly text: string,
    private readonly spans: readonly number[],
  ) {
    this.length = spans.length / 2;
    this.made = new Array<Word | undefined>(this.length);
  }

  /** True when word `i` cannot be capitalised: it starts with an ASCII letter that is not a capital. */
  small(i: number): boolean {
    const a = this.text.charCodeAt(this.spans[2 * i]!);
    return a >= 97 && a <= 122;
  }

  /** Word `i`, or undefined past either end. */
  at(i: number): Word | undefined {
    if (i < 0 || i >= this.length) return undefined;
    return (this.made[i] ??= this.make(i));
  }

  private make(i: number): Word {
    const { text, spans } = this;
    const start = spans[2 * i]!;
    const end = spans[2 * i + 1]!;
    const prevEnd = i > 0 ? spans[2 * i - 1]! : 0;
    const word = text.slice(start, end);
    // A single space (most gaps) is no boundary: no need to cut it out and test it.
    const space = start === prevEnd + 1 && text.charCodeAt(prevEnd) === 32;
    return {
      text: word,
      lower: word.toLowerCase(),
      start,
      end,
      cap: capitalised(word),
      sentenceStart: i === 0 || (!space && BOUNDARY.test(text.slice(prevEnd, start))),
    };
  }
}

/** How a word reads as a name: first name, surname or place, also in the genitive ("Annas") and in double names. */
interface Reading {
  readonly first?: NameCertainty;
  readonly surname?: NameCertainty;
  readonly place: boolean;
  /** Read as a genitive ("Annas", "Anna's"): the name ends here. */
  readonly genitive?: boolean;
}

/** The reading of `f` when a list knows it as a first name or surname. */
function listed(dict: NameDictionary, f: string, genitive: boolean): Reading | undefined {
  const first = dict.first.get(f);
  const surname = dict.surnames.get(f);
  if (first !== undefined || surname !== undefined) return { first, surname, place: dict.places.has(f), genitive };
  return undefined;
}

/** Readings by word, per dictionary: the same capitalised words ("Hej", "Kommunen", "Anna") come back comment after comment. */
const readings = new WeakMap<NameDictionary, Map<string, Reading>>();
const READINGS_LIMIT = 8192;

function lookup(dict: NameDictionary, lower: string): Reading {
  let memo = readings.get(dict);
  if (memo === undefined) readings.set(dict, (memo = new Map()));
  let reading = memo.get(lower);
  if (reading === undefined) {
    reading = read(dict, lower);
    if (memo.size >= READINGS_LIMIT) memo.clear();
    memo.set(detached(lower), reading);
  }
  return reading;
}

function read(dict: NameDictionary, lower: string): Reading {
  if (dict.notNames.has(lower)) return { place: false };
  // Ends in "'s" or "’s" (what /['’]s$/u tests), read by code unit.
  const n = lower.length;
  const mark = lower.charCodeAt(n - 2);
  const apostrophe = lower.charCodeAt(n - 1) === 115 && (mark === 39 || mark === 0x2019);
  const base = apostrophe ? lower.slice(0, -2) : lower;
  const asWritten = listed(dict, base, apostrophe);
  if (asWritten) return asWritten;
  if (base.endsWith('s') && !base.endsWith('ss') && base.length > 3) {
    const genitive = listed(dict, base.slice(0, -1), true);
    if (genitive) return genitive;
  }
  if (base.includes('-')) {
    const parts = base.split('-');
    const first = dict.first.get(parts[0]!);
    if (first !== undefined && parts.every((p) => dict.first.has(p))) return { first, place: false };
    if (parts.some((p) => dict.surnames.get(p) === 'plain')) return { surname: 'plain', place: false };
  }
  return { place: dict.places.has(base) };
}

/** May `w` continue a name that has begun? A capitalised word that is not a function word or a place. */
function continues(dict: NameDictionary, w: Word): boolean {
  if (!w.cap || NEVER_NAME.has(w.lower)) return false;
  // "Beskow-utställningen": a compound noun that starts with a name is not part of the name.
  if (/-\p{Ll}/u.test(w.text)) return false;
  const l = lookup(dict, w.lower);
  if (l.first !== undefined || l.surname !== undefined) return true;
  return !l.place && !dict.roles.has(w.lower);
}

/** The role a name is given right before or after it, as the topics it makes public; null when none. */
function roleOf(dict: NameDictionary, text: string, ws: Words, from: number, to: number): readonly string[] | null {
  const prev = ws.at(from - 1);
  const prevPrev = ws.at(from - 2);
  if (prev && /^[\s,]*$/u.test(text.slice(prev.end, ws.at(from)!.start))) {
    const role = dict.roles.get(prev.lower) ?? (prevPrev ? dict.roles.get(`${prevPrev.lower} ${prev.lower}`) : undefined);
    if (role) return role;
  }
  const last = ws.at(to)!;
  if (PARTY_AFTER.test(text.slice(last.end))) return ['political-opinion'];
  const next = ws.at(to + 1);
  if (next !== undefined && /^\s*,\s*$/u.test(text.slice(last.end, next.start))) return dict.roles.get(next.lower) ?? null;
  return null;
}

/** "Lina och Kerstin": the next word after "och"/"and"/"&" is an unambiguous first name. */
function pairedWithName(dict: NameDictionary, text: string, ws: Words, i: number): boolean {
  const next = ws.at(i + 1);
  const partner = ws.at(i + 2);
  const joined = next && /^(?:och|and)$/u.test(next.lower) ? partner : /^\s*&\s*$/u.test(text.slice(ws.at(i)!.end, next?.start ?? 0)) ? next : undefined;
  return joined !== undefined && joined.cap && dict.first.get(joined.lower) === 'plain' && !dict.places.has(joined.lower);
}

/**
 * Finds names of people in a text (capitalisation as written): a known first name, or a known surname,
 * with the capitalised words that follow it ("Anna", "Anna Berg", "Per-Olof Lindqvist", "Annas").
 * A place name, an ordinary word that is also a name ("Per", "Bo", "Stig") at the start of a sentence,
 * and capitalised function words never make a name on their own.
 *
 * @example
 * findNameSpans('Tack Anna på biblioteket! Vi ses i Gimo.', nameDictionary(osthammar)).map(n => n.words) // [1]
 */
export function findNameSpans(text: string, dict: NameDictionary): NameSpan[] {
  const ws = new Words(text, wordSpans(text));
  const out: NameSpan[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (ws.small(i)) continue;
    const w = ws.at(i)!;
    if (!w.cap || NEVER_NAME.has(w.lower)) continue;
    const l = lookup(dict, w.lower);
    const before = ws.at(i - 1);
    const titled = before !== undefined && HONORIFIC.has(before.lower) && NAME_GAP.test(text.slice(before.end, w.start));
    if (l.first === undefined && l.surname === undefined && !(titled && continues(dict, w))) continue;
    // Extend over the words that continue the name, with a particle ("von", "al") between them; a genitive ends it.
    let j = i;
    while (j - i < 3 && !lookup(dict, ws.at(j)!.lower).genitive) {
      let k = j + 1;
      const particle = ws.at(k);
      if (particle && PARTICLE.has(particle.lower) && NAME_GAP.test(text.slice(ws.at(j)!.end, particle.start))) k++;
      const next = ws.at(k);
      if (!next || !NAME_GAP.test(text.slice(ws.at(k - 1)!.end, next.start)) || !continues(dict, next)) break;
      j = k;
    }
    if (titled) {
      // "fru Lindqvist", "Mrs Thatcher": the title vouches for the name.
    } else if (j > i) {
      const second = lookup(dict, ws.at(PARTICLE.has(ws.at(i + 1)!.lower) ? i + 2 : i + 1)!.lower);
      const known = second.first !== undefined || second.surname !== undefined || SURNAME_ENDING.test(ws.at(j)!.lower);
      // "Anna Atterstam" is trusted on its first name; "Lundin Petroleum" or an ambiguous "Per Capita" needs a known second word.
      if (!known && !((l.first === 'plain' || l.first === 'corpus') && !l.place)) {
        i = j;
        continue;
      }
    } else {
      if (l.place) continue;
      const certainty = l.first === undefined ? l.surname! : l.surname === undefined ? l.first : surer(l.first, l.surname);
      // A surname alone counts only when it is not also an ordinary word ("Andersson", not "Berg").
      if (l.first === undefined && certainty === 'ambiguous') continue;
      if (certainty !== 'plain') {
        // At a sentence start an uncertain name needs company: "Lina och Kerstin".
        if (w.sentenceStart && !pairedWithName(dict, text, ws, i)) continue;
        if (before !== undefined && before.cap && !before.sentenceStart && !NEVER_NAME.has(before.lower)) continue;
      }
    }
    const role = roleOf(dict, text, ws, i, j);
    out.push({ start: w.start, end: ws.at(j)!.end, words: j - i + 1, inRole: role !== null, publicTopics: role ?? [] });
    i = j;
  }
  return out;
}
