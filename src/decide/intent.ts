import type { NormalisedText } from '../normalise/normalise.js';
import type { Token } from '../normalise/tokens.js';
import type { Policy } from '../ruleset/schema.js';
import {
  ACK_SHORT,
  ACK_START,
  ASKS,
  BIRTHDAY_WORDS,
  COMPLAINT,
  COST_TO_PUBLIC,
  DECISION,
  DEMAND,
  DEMAND_MODAL,
  DEMAND_MODAL_WORDS,
  FAULT,
  IMPERATIVE_START,
  INFO_CUES,
  MUNICIPALITY,
  NOT_ACK,
  OFF_TOPIC_STRONG,
  OFF_TOPIC_WEAK,
  OPENER,
  OPINION,
  OPINION_FRAME,
  OWN_MATTER,
  PERSONAL_CASE,
  POLITE_REQUEST,
  POLITE_REQUEST_WORDS,
  PROPOSAL,
  QUESTION_VERB_START,
  QUESTION_WORD,
  REPROACH,
  REPROACH_WORDS,
  SECOND_PLURAL,
  SUBSTANTIVE,
  TO_PERSON,
  TO_PUBLIC,
} from './intent-cues.js';
import { letterAt } from '../normalise/letters.js';
import { cueWords, cueWordsOfTokens } from './cue-gate.js';
import { matchTopics, routeDepartment, type Route, type TopicHit } from './topics.js';
import { wordMemos } from './word-memo.js';

/** What a comment does, read from its words: the ground for the archival decision and the reply. */
export interface CommentIntent {
  /** Words in the comment. */
  readonly words: number;
  /** Asks something (a question mark, a question word or verb first, or "undrar …"). */
  readonly question: boolean;
  /** Who a question or remark is put to. */
  readonly addressee: 'municipality' | 'public' | 'person';
  /** A question a short factual answer settles (a time, a place, a price, how to apply). */
  readonly simpleQuestion: boolean;
  /** Calls on the municipality to act. */
  readonly demand: boolean;
  /** Reports a fault to be seen to. */
  readonly fault: boolean;
  /** A grievance about a service or a decision. */
  readonly complaint: boolean;
  readonly proposal: boolean;
  readonly opinion: boolean;
  /** Only thanks, praise, greetings, likes, emoji or a tag: för kännedom. */
  readonly acknowledgement: boolean;
  /** About private life or matters outside the municipality's work. */
  readonly offTopic: boolean;
  /** Names the municipality, its people or one of its topics. */
  readonly municipal: boolean;
  readonly topics: readonly TopicHit[];
  readonly route: Route;
}

const URL = /(?:https?:\/\/|www\.)\S+/gu;
/** Whether `text` may hold a link (`URL` needs "://" or "www."): most comments have none and are not searched. */
function mayLink(text: string): boolean {
  return text.includes('://') || text.includes('www.');
}
const EMOJI_OR_MARK = /[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f]/gu;
const ONLY_SYMBOLS = /^[\p{Extended_Pictographic}\p{Emoji_Component}\p{P}\p{S}\p{N}\s\u200d\ufe0f]*$/u;
/** Pronouns and articles that follow the verb in a Swedish or English yes/no question ("Har ni …", "Is the …"). */
const SUBJECT_AFTER_VERB = new Set([
  'ni', 'man', 'jag', 'vi', 'du', 'det', 'den', 'de', 'dom', 'detta', 'denna', 'dessa', 'någon', 'nån', 'något', 'nåt', 'han', 'hon',
  'hen', 'kommunen', 'the', 'it', 'there', 'you', 'we', 'i', 'anyone', 'this', 'that', 'my', 'our',
]);
/** Definite nouns ("badhuset", "bussen", "soporna") can stand as the subject after the verb. */
const DEFINITE_NOUN = /^\p{L}{2,}(?:en|et|na|an|arna|erna|orna)$/u;
/** A comment made only of tags or names ("@Anna Svensson", "Lisa Berg"): shared with a friend. */
const ONLY_NAMES = /^(?:@?\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+){0,2}[\s,.!]*){1,3}$/u;

/**
 * Whether the comment, links and emoji taken out, is only tags or names (`ONLY_NAMES`). A word of small letters
 * after a space rules that out (a name begins with a capital after a space), so most comments skip the blanking.
 */
function onlyNames(original: string): boolean {
  const linked = mayLink(original);
  if (!linked && /\s[a-zåäö]/u.test(original)) return false;
  const bare = (linked ? original.replace(URL, ' ') : original).replace(EMOJI_OR_MARK, ' ').trim();
  return bare !== '' && ONLY_NAMES.test(bare);
}

/** "Mamma fyller 80 idag": a birthday, told by the age. */
const BIRTHDAY = /(?<![\p{L}\p{N}])fyller\s+\d{1,3}(?![\p{L}\p{N}])/u;

const MAX_INTENT_CHARS = 4000;
const MAX_ACK_WORDS = 25;
const MAX_ACK_SHORT_WORDS = 3;
const MAX_SIMPLE_QUESTION_WORDS = 30;

interface Sentence {
  /** Without greetings in front. */
  readonly text: string;
  readonly whole: string;
  readonly asks: boolean;
}

/** The words at the start of a sentence that the word-order checks read. */
const HEAD_WORDS = 4;

/** What making the sentences took off the text: the openers' words, and whether emoji were blanked out. */
interface Cut {
  words: number;
  blanked: boolean;
}

/** The sentence without greetings and fillers in front ("Hej, när öppnar …" → "när öppnar …"); their words added to `cut`. */
function withoutOpeners(body: string, cut: Cut): string {
  let rest = body;
  for (let m = OPENER.exec(rest); m !== null && m[0].length < rest.length; m = OPENER.exec(rest)) {
    // An opener ends where a word ends (the cue regex's look-ahead), so its words are whole words of the sentence.
    cut.words += countWords(m[0], Infinity);
    rest = rest.slice(m[0].length).replace(/^[^\p{L}]+/u, '');
  }
  return rest;
}

/** Where the first letter of `text` is (`text.length` when none). */
function firstLetter(text: string): number {
  let i = 0;
  while (i < text.length && letterAt(text, i) === 0) i++;
  return i;
}

/** How many words (runs of letters, as /\p{L}+/gu finds them) `text` has, counted no further than `max + 1`; the first `HEAD_WORDS` of them into `head`. */
function countWords(text: string, max: number, head?: string[]): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    let step = letterAt(text, i);
    if (step === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += step;
    while (i < n && (step = letterAt(text, i)) > 0);
    if (head !== undefined && count < HEAD_WORDS) head.push(text.slice(start, i));
    if (++count > max) break;
  }
  return count;
}

/** The sentences of `text`; what was taken off them noted in `cut`. */
function sentences(text: string, cut: Cut): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of text.split(/(?<=[.!?…])\s+|\n+|(?<=[!?])(?=\p{L})/u)) {
    const marked = raw.replace(EMOJI_OR_MARK, ' ');
    if (marked !== raw) cut.blanked = true;
    const first = firstLetter(marked);
    if (first === marked.length) continue;
    // From a letter on, so only the end has whitespace to trim.
    const whole = marked.slice(first).trimEnd();
    const body = withoutOpeners(whole, cut);
    out.push({ text: body, whole, asks: raw.includes('?') || asksByWordOrder(body) });
  }
  return out;
}

/** A letter that `EMOJI_OR_MARK` blanks out (ℹ): the only way a sentence's words can differ from the text's. */
const EMOJI_LETTER = /(?=[\p{Extended_Pictographic}\p{Emoji_Component}\u200d\ufe0f])\p{L}/u;

/**
 * How many words the sentences have. Splitting, blanking emoji and trimming take no letter away and cut no run of
 * letters (but for a letter that is an emoji), and openers are whole words: the text's words less the openers'.
 * The text's words are its tokens when it is the whole normalised text.
 */
function wordCount(text: string, whole: boolean, tokens: readonly Token[], all: readonly Sentence[], cut: Cut): number {
  if (cut.blanked && EMOJI_LETTER.test(text)) return all.reduce((n, s) => n + countWords(s.text, Infinity), 0);
  if (!whole) return countWords(text, Infinity) - cut.words;
  let n = 0;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.spaced !== true) n++;
  return n - cut.words;
}

/** Words after which a question word may wait for its verb ("Hur mycket kostar …", "Hur länge har …"). */
const DEGREE = new Set(['mycket', 'många', 'länge', 'dags', 'ofta', 'stor', 'stort', 'lång', 'långt', 'sent', 'tidigt', 'much', 'many', 'long', 'often']);
const FINITE_VERB = new Set([
  'är', 'ska', 'skall', 'kan', 'måste', 'skulle', 'kunde', 'bör', 'borde', 'vill', 'får', 'fick', 'blev', 'kom', 'gick', 'tog', 'sa', 'var',
  'is', 'are', 'was', 'were', 'do', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'has', 'have',
]);
/** Swedish finite verbs end in -r (present) or -de/-te (past): "När öppnar", "Vem bestämde"; "När jag …" is a clause. */
function looksFinite(word: string | undefined): boolean {
  if (word === undefined) return false;
  return FINITE_VERB.has(word) || /^\p{L}{2,}(?:r|de|te)$/u.test(word);
}

/** The first words of a sentence (up to `HEAD_WORDS`), as /\p{L}+/gu finds them: all that the word-order checks read. */
function headWords(text: string): string[] {
  const head: string[] = [];
  countWords(text, HEAD_WORDS - 1, head);
  return head;
}

function asksByWordOrder(body: string): boolean {
  if (body.endsWith('!')) return false;
  // "Vem som helst", "när som helst": no question. Looked for last, as the word order rarely asks.
  return asksByFirstWords(body) && !body.includes('som helst');
}

/** The words are read only once a cue at the start calls for them: most sentences begin otherwise. */
function asksByFirstWords(body: string): boolean {
  if (QUESTION_WORD.test(body)) {
    const words = headWords(body);
    const next = words[1];
    return looksFinite(next) || (next !== undefined && DEGREE.has(next) && looksFinite(words[2]));
  }
  // "Vilka tider har …" asks; "Vilka fina bilder" and "Vilket väder" exclaim. (A sentence begins with a letter.)
  if (/^(?:vilken|vilket|vilka|which)(?!\p{L})/u.test(body)) return !ACK_START.test(body) && looksFinite(headWords(body)[2]);
  if (!QUESTION_VERB_START.test(body)) return false;
  const words = headWords(body);
  const next = words.find((_, i) => i > 0 && !/^(?:inte|ej|även|också)$/u.test(words[i]!) && i <= 2);
  return next !== undefined && (SUBJECT_AFTER_VERB.has(next) || DEFINITE_NOUN.test(next));
}

/** "Laga vägen!" is an imperative; "Laga mat är kul" has an infinitive for subject. */
function isImperative(s: Sentence): boolean {
  if (s.asks || !IMPERATIVE_START.test(s.text)) return false;
  const words = headWords(s.text);
  return words.length >= 2 && !words.slice(1, 4).some((w) => w === 'är' || w === 'var' || w === 'blir' || w === 'is');
}

function isAckSentence(s: Sentence): boolean {
  if (ACK_START.test(s.text) || ACK_START.test(s.whole)) return true;
  return countWords(s.whole, MAX_ACK_SHORT_WORDS) <= MAX_ACK_SHORT_WORDS && ACK_SHORT.test(s.whole);
}

/**
 * Reads what a comment does: asks, demands, reports a fault, complains, proposes, gives an opinion, only
 * thanks or greets, or talks about something outside the municipality; and which topics it names.
 *
 * @example
 * readIntent(normalise('När öppnar badhuset?'), tokens, 'När öppnar badhuset?', policy).simpleQuestion // true
 */
export function readIntent(normalised: NormalisedText, tokens: readonly Token[], original: string, policy: Policy): CommentIntent {
  // Cues are read in the first few thousand characters: enough for any comment's point, and bounded on hostile input.
  const cutText = normalised.text.length > MAX_INTENT_CHARS ? normalised.text.slice(0, MAX_INTENT_CHARS) : normalised.text;
  const linked = mayLink(cutText);
  const text = linked ? cutText.replace(URL, ' ') : cutText;
  // The tokens are the text's words when the text is the whole normalised text (not cut, no link taken out).
  const whole = !linked && cutText.length === normalised.text.length;
  const memos = whole ? wordMemos(tokens) : undefined;
  const cut: Cut = { words: 0, blanked: false };
  const all = sentences(text, cut);
  const words = wordCount(text, whole, tokens, all, cut);
  // Past MAX_INTENT_CHARS the text was cut, so there are no memos (whole is false).
  const cutTokens = tokens.length > 0 && tokens[tokens.length - 1]!.end > MAX_INTENT_CHARS;
  const topics = matchTopics(cutTokens ? tokens.filter((t) => t.end <= MAX_INTENT_CHARS) : tokens, policy, memos);
  const route = routeDepartment(topics, policy);
  const specificTopic = topics.some((t) => !t.general);

  // Which cues the text's words allow or make: such a cue skips its regex (see `cueWords`).
  const cw = whole ? cueWordsOfTokens(text, tokens, memos) : cueWords(text);
  const question = all.some((s) => s.asks) || ASKS.test(text, cw);
  const demand =
    DEMAND.test(text, cw) ||
    (POLITE_REQUEST_WORDS.test(text, cw) && POLITE_REQUEST.test(text)) ||
    (DEMAND_MODAL_WORDS.test(text, cw) && DEMAND_MODAL.test(text) && !OPINION_FRAME.test(text, cw)) ||
    all.some(isImperative);
  const fault = FAULT.test(text, cw);
  const complaint = COMPLAINT.test(text, cw) || (REPROACH_WORDS.test(text, cw) && REPROACH.test(text));
  const proposal = PROPOSAL.test(text, cw);
  const opinion = OPINION.test(text, cw);
  const namesMunicipality = MUNICIPALITY.test(text, cw);
  const municipal = namesMunicipality || topics.length > 0;

  const toPublic = TO_PUBLIC.test(text, cw);
  const toPerson = TO_PERSON.test(text, cw) && !SECOND_PLURAL.test(text, cw) && !namesMunicipality;
  const addressee = toPublic ? 'public' : toPerson ? 'person' : 'municipality';

  const acknowledgement =
    ONLY_SYMBOLS.test(text) ||
    onlyNames(original) ||
    (!question && !demand && !fault && !complaint && words <= MAX_ACK_WORDS && !NOT_ACK.test(text, cw) && !DECISION.test(text, cw) && all.every(isAckSentence));

  const grievance = demand || fault || complaint;
  const privateMatter = OFF_TOPIC_STRONG.test(text, cw) || (BIRTHDAY_WORDS.test(text, cw) && BIRTHDAY.test(text));
  // A lost cat or a birthday stays private even with "hör av er"; a shop or the weather only without a municipal topic.
  const offTopic =
    !namesMunicipality &&
    ((privateMatter && !(specificTopic && (fault || complaint))) ||
      (OFF_TOPIC_WEAK.test(text, cw) && !specificTopic && !grievance) ||
      // Talk to one other participant ("Du har rätt", "Lisa, kolla här!") with nothing municipal in it.
      (addressee === 'person' && topics.length === 0 && !grievance));

  const simpleQuestion =
    question &&
    !grievance &&
    !proposal &&
    words <= MAX_SIMPLE_QUESTION_WORDS &&
    all.length <= 3 &&
    INFO_CUES.test(text, cw) &&
    !SUBSTANTIVE.test(text, cw) &&
    !COST_TO_PUBLIC.test(text) &&
    !PERSONAL_CASE.test(text, cw) &&
    !OWN_MATTER.test(text) &&
    !opinion;

  return { words, question, addressee, simpleQuestion, demand, fault, complaint, proposal, opinion, acknowledgement, offTopic, municipal, topics, route };
}
