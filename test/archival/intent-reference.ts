// readIntent as it was before the speed-ups of the cue gate, the sentences and the word count: every cue by its
// plain regex, every sentence counted in full. A reference for intent-speedups.test.ts only.
import type { CommentIntent } from '../../src/decide/intent.js';
import type { Cue } from '../../src/decide/cue.js';
import { cueRegex } from '../../src/decide/cue-regex.js';
import type { NormalisedText } from '../../src/normalise/normalise.js';
import type { Token } from '../../src/normalise/tokens.js';
import type { Policy } from '../../src/ruleset/schema.js';
import {
  ACK_SHORT,
  ACK_START,
  ASKS,
  COMPLAINT,
  COST_TO_PUBLIC,
  DECISION,
  DEMAND,
  DEMAND_MODAL,
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
  PROPOSAL,
  QUESTION_VERB_START,
  QUESTION_WORD,
  REPROACH,
  SECOND_PLURAL,
  SUBSTANTIVE,
  TO_PERSON,
  TO_PUBLIC,
} from '../../src/decide/intent-cues.js';
import { matchTopics, routeDepartment } from '../../src/decide/topics.js';

/** Each cue as its plain `cueRegex`, built apart from the cue's own (gated, trie-shaped) test. */
const plainCache = new Map<Cue, RegExp>();
const plain = (c: Cue): RegExp => {
  let re = plainCache.get(c);
  if (!re) plainCache.set(c, (re = cueRegex(c.cues, { anchored: c.anchored })));
  return re;
};

const URL = /(?:https?:\/\/|www\.)\S+/gu;
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
  readonly words: readonly string[];
}

/** The sentence without greetings and fillers in front ("Hej, när öppnar …" → "när öppnar …"). */
function withoutOpeners(body: string): string {
  let rest = body;
  for (let m = plain(OPENER).exec(rest); m !== null && m[0].length < rest.length; m = plain(OPENER).exec(rest)) {
    rest = rest.slice(m[0].length).replace(/^[^\p{L}]+/u, '');
  }
  return rest;
}

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const raw of text.split(/(?<=[.!?…])\s+|\n+|(?<=[!?])(?=\p{L})/u)) {
    const whole = raw.replace(EMOJI_OR_MARK, ' ').replace(/^[^\p{L}]+/u, '').trim();
    if (whole === '') continue;
    const body = withoutOpeners(whole);
    const words = body.match(/\p{L}+/gu) ?? [];
    out.push({ text: body, whole, asks: raw.includes('?') || asksByWordOrder(body, words), words });
  }
  return out;
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

function asksByWordOrder(body: string, words: readonly string[]): boolean {
  if (body.endsWith('!') || /som helst/u.test(body)) return false;
  if (plain(QUESTION_WORD).test(body)) {
    const next = words[1];
    return looksFinite(next) || (next !== undefined && DEGREE.has(next) && looksFinite(words[2]));
  }
  // "Vilka tider har …" asks; "Vilka fina bilder" and "Vilket väder" exclaim.
  if (/^(?:vilken|vilket|vilka|which)$/u.test(words[0] ?? '')) return !plain(ACK_START).test(body) && looksFinite(words[2]);
  if (!plain(QUESTION_VERB_START).test(body)) return false;
  const next = words.find((_, i) => i > 0 && !/^(?:inte|ej|även|också)$/u.test(words[i]!) && i <= 2);
  return next !== undefined && (SUBJECT_AFTER_VERB.has(next) || DEFINITE_NOUN.test(next));
}

/** "Laga vägen!" is an imperative; "Laga mat är kul" has an infinitive for subject. */
function isImperative(s: Sentence): boolean {
  if (s.asks || s.words.length < 2 || !plain(IMPERATIVE_START).test(s.text)) return false;
  return !s.words.slice(1, 4).some((w) => w === 'är' || w === 'var' || w === 'blir' || w === 'is');
}

function isAckSentence(s: Sentence): boolean {
  if (plain(ACK_START).test(s.text) || plain(ACK_START).test(s.whole)) return true;
  const words = s.whole.match(/\p{L}+/gu) ?? [];
  return words.length <= MAX_ACK_SHORT_WORDS && plain(ACK_SHORT).test(s.whole);
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
  const text = normalised.text.slice(0, MAX_INTENT_CHARS).replace(URL, ' ');
  const all = sentences(text);
  const words = all.reduce((n, s) => n + s.words.length, 0);
  const topics = matchTopics(tokens.length > 0 && tokens[tokens.length - 1]!.end > MAX_INTENT_CHARS ? tokens.filter((t) => t.end <= MAX_INTENT_CHARS) : tokens, policy);
  const route = routeDepartment(topics, policy);
  const specificTopic = topics.some((t) => !t.general);

  // Which cues the text's words allow: a cue none of whose gate words is there skips its regex.
  const question = all.some((s) => s.asks) || plain(ASKS).test(text);
  const demand =
    plain(DEMAND).test(text) ||
    POLITE_REQUEST.test(text) ||
    (DEMAND_MODAL.test(text) && !plain(OPINION_FRAME).test(text)) ||
    all.some(isImperative);
  const fault = plain(FAULT).test(text);
  const complaint = plain(COMPLAINT).test(text) || REPROACH.test(text);
  const proposal = plain(PROPOSAL).test(text);
  const opinion = plain(OPINION).test(text);
  const namesMunicipality = plain(MUNICIPALITY).test(text);
  const municipal = namesMunicipality || topics.length > 0;

  const toPublic = plain(TO_PUBLIC).test(text);
  const toPerson = plain(TO_PERSON).test(text) && !plain(SECOND_PLURAL).test(text) && !namesMunicipality;
  const addressee = toPublic ? 'public' : toPerson ? 'person' : 'municipality';

  const bare = original.replace(URL, ' ').replace(EMOJI_OR_MARK, ' ').trim();
  const acknowledgement =
    ONLY_SYMBOLS.test(text) ||
    (bare !== '' && ONLY_NAMES.test(bare)) ||
    (!question && !demand && !fault && !complaint && words <= MAX_ACK_WORDS && !plain(NOT_ACK).test(text) && !plain(DECISION).test(text) && all.every(isAckSentence));

  const grievance = demand || fault || complaint;
  const privateMatter = plain(OFF_TOPIC_STRONG).test(text) || BIRTHDAY.test(text);
  // A lost cat or a birthday stays private even with "hör av er"; a shop or the weather only without a municipal topic.
  const offTopic =
    !namesMunicipality &&
    ((privateMatter && !(specificTopic && (fault || complaint))) ||
      (plain(OFF_TOPIC_WEAK).test(text) && !specificTopic && !grievance) ||
      // Talk to one other participant ("Du har rätt", "Lisa, kolla här!") with nothing municipal in it.
      (addressee === 'person' && topics.length === 0 && !grievance));

  const simpleQuestion =
    question &&
    !grievance &&
    !proposal &&
    words <= MAX_SIMPLE_QUESTION_WORDS &&
    all.length <= 3 &&
    plain(INFO_CUES).test(text) &&
    !plain(SUBSTANTIVE).test(text) &&
    !COST_TO_PUBLIC.test(text) &&
    !plain(PERSONAL_CASE).test(text) &&
    !OWN_MATTER.test(text) &&
    !opinion;

  return { words, question, addressee, simpleQuestion, demand, fault, complaint, proposal, opinion, acknowledgement, offTopic, municipal, topics, route };
}
