import type { DetectionContext } from '../rule.js';
import { perComment } from '../rules/comment-memo.js';
import { sentenceEnd, sentenceStart, wordAt, type WordView } from './words.js';

/**
 * How a span is framed by its sentence: negated ("det är fel att säga att …"), quoted, reported ("någon
 * skrev att …"), mentioned as a word ("ordet X"), or condemned elsewhere in the comment ("sådant hat hör
 * inte hemma här"). Hate that is quoted to condemn it, or denied, is not hate.
 */
export interface Framing {
  readonly negated: boolean;
  readonly quoted: boolean;
  readonly reported: boolean;
  readonly mentioned: boolean;
  readonly condemned: boolean;
  readonly question: boolean;
  /** The sentence reports police or court business ("mannen som tafsade … har gripits"): news, not an accusation. */
  readonly lawReport: boolean;
}

interface FrameSet {
  /** Tests the sentence up to the span: a negating frame ends there. */
  readonly before: readonly RegExp[];
  /** Tests the sentence after the span: "… är en myt". */
  readonly after: readonly RegExp[];
  /** A reporting verb in the sentence before the span, with who reports in group 1. */
  readonly report: RegExp;
  /** Reporters that are the commenter: "jag sa att du är en idiot" asserts it. */
  readonly selves: ReadonlySet<string>;
  /** "ordet X", "the word X". */
  readonly mention: RegExp;
  /** "X är ett förbjudet ord", "X is a slur": tests the text after the span. */
  readonly mentionAfter: RegExp;
  /** Words of condemnation anywhere in the comment. */
  readonly condemn: RegExp;
  /** Police and court words in the sentence. */
  readonly lawReport: RegExp;
}

const L = '\\p{L}';
const W = `(?:\\s+${L}+)`;

const SV: FrameSet = {
  before: [
    new RegExp(`(?<!${L})(?:inte|ej|aldrig|knappast|ingen|ingenting)${W}{0,4}\\s+att${W}{0,4}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:fel|dumt|fördomsfullt|rasistiskt|sexistiskt|osant|orättvist|oschysst|okunnigt|löjligt|inte okej|inte ok|en myt|en fördom|en lögn|nonsens|trams|skitsnack|hemskt|vidrigt|sjukt)\\s+att(?:\\s+(?:säga|påstå|tro|tycka|hävda|skriva|generalisera|kalla|tänka))?(?:\\s+att)?${W}{0,3}\\s*$`, 'u'),
    new RegExp(`(?<!${L})sluta\\s+(?:säga|påstå|tro|skriva|tycka|generalisera|sprida|kalla)(?:\\s+att)?${W}{0,3}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:myten|fördomen|påståendet|idén|tanken|lögnen|bilden|uppfattningen|föreställningen|fördomar|en\\s+myt|en\\s+fördom|en\\s+lögn|osant|inte\\s+sant)\\s+(?:om\\s+)?(?:att\\s+)?${W}{0,2}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:inte|ej)\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:kommentaren|kommentarer|inlägget|inlägg|påståendet|påståenden|uttalandet|skämtet|texten|lappen|klottret)${W}{0,2}\\s+(?:om\\s+)?att${W}{0,2}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:tycker|tror|säger|menar|anser|påstår|tänker|sa|sade|skrev)\\s+(?:jag\\s+|vi\\s+)?(?:inte|aldrig|ej)(?:\\s+att)?${W}{0,3}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:hur|varför)\\s+(?:kan\\s+)?(?:man|någon|du|ni|folk|vissa|många)\\s+(?:säga|skriva|tycka|tro|påstå|mena|säger|skriver|tycker|tror|påstår|menar)(?:\\s+att)?${W}{0,2}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:hur|varför)\\s+(?:säger|skriver|tycker|tror|påstår|menar)\\s+(?:man|någon|du|ni|folk|vissa|många)(?:\\s+att)?${W}{0,2}\\s*$`, 'u'),
  ],
  after: [
    new RegExp(`^\\s*[,–—-]?\\s*(?:(?:det|detta|sånt|sådant|vilket)\\s+)?(?:är|e)\\s+(?:ju\\s+|bara\\s+)?(?:inte\\s+sant|en\\s+myt|en\\s+fördom|en\\s+lögn|rasism|rasistiskt|sexism|sexistiskt|fel|nonsens|skitsnack|trams|hat|hets|inte\\s+okej|inte\\s+ok|oacceptabelt|vidrigt|fördomar|fördomsfullt|påhitt)`, 'u'),
    new RegExp(`^\\s*[,–—-]?\\s*(?:stämmer|gäller)\\s+inte`, 'u'),
  ],
  report: new RegExp(`(?:^|\\s)(${L}+)\\s+(?:${L}+\\s+)?(?:skrev|skriver|sa|sade|säger|påstod|påstår|hävdar|hävdade|ropade|skrek|kallade|menade|twittrade|postade|kommenterade|citerade)(?!${L})`, 'u'),
  selves: new Set(['jag', 'vi', 'själv']),
  mentionAfter: new RegExp(`^[\\s"'”’»]*(?:är|var|e)\\s+(?:ju\\s+|numera\\s+)?(?:ett|en)\\s+(?:${L}+\\s+)?(?:ord|skällsord|uttryck|glåpord|okvädingsord)(?!${L})`, 'u'),
  mention: new RegExp(`(?<!${L})(?:ordet|orden|uttrycket|termen|begreppet|ord\\s+som|n-ordet|skällsordet|skällsord\\s+som)\\s*["“”'«]?\\s*$`, 'u'),
  lawReport: new RegExp(`(?<!${L})(?:polisen|greps|gripits|gripen|gripna|häktad|häktades|häktats|åtalad|åtalades|åtalas|åtalet|dömdes|döms|anhållen|anhölls|misstänkt|misstänks|förundersökning|rättegången|tingsrätten|hovrätten)(?!${L})`, 'u'),
  condemn: new RegExp(
    `(?<!${L})(?:hat|hatet|hatiskt|hatisk|hatiska|hets|hetsen|rasism|rasismen|rasistisk|rasistiskt|rasistiska|rasist|rasister|sexism|sexismen|sexistisk|sexistiskt|sexistiska|fördom|fördomar|fördomsfull|fördomsfullt|kränkande|trakasserier|hör\\s+inte\\s+hemma|inte\\s+okej|inte\\s+ok|oacceptabel|oacceptabelt|vidrigt|äckligt\\s+att|skäms|skämmas|tar\\s+avstånd|anmäl|anmält|anmälde|anmäler|polisanmäl${L}*|olämplig${L}*|inte\\s+acceptabelt|får\\s+inte\\s+förekomma|fel\\s+att|ta\\s+bort\\s+(?:det|detta|kommentaren|inlägget)|ledsen|ledsna|upprörd|upprörda|chockad|chockerad|sorgligt|tråkigt\\s+att|beklämmande|förskräckt)(?!${L})`,
    'u',
  ),
};

const EN: FrameSet = {
  before: [
    new RegExp(`(?<!${L})(?:not|never|nobody|t|dont|doesnt|didnt|isnt|wasnt)${W}{0,4}\\s+that${W}{0,4}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:t|not|never)\\s+(?:think|believe|say|said|claim|mean|saying|calling|call)${W}{0,4}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:wrong|racist|sexist|bigoted|ignorant|unfair|false|not\\s+true|a\\s+myth|a\\s+stereotype|not\\s+ok(?:ay)?|offensive|hateful)\\s+to\\s+(?:say|claim|think|assume|call|pretend|suggest|write)(?:\\s+that)?${W}{0,3}\\s*$`, 'u'),
    new RegExp(`(?<!${L})stop\\s+(?:saying|claiming|pretending|spreading|calling)(?:\\s+that)?${W}{0,3}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:myth|idea|claim|stereotype|notion|lie|belief|assumption|prejudice|misconception|not\\s+true|untrue|false)\\s+that${W}{0,2}\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:not|never|don['’]?t|do\\s+not)\\s*$`, 'u'),
    new RegExp(`(?<!${L})(?:how|why)\\s+(?:can|do|does|would|could)\\s+(?:anyone|someone|people|you|they|he|she)\\s+(?:say|claim|think|believe|write)(?:\\s+that)?${W}{0,2}\\s*$`, 'u'),
  ],
  after: [
    new RegExp(`^\\s*[,–—-]?\\s*(?:(?:that|this|which)\\s+)?(?:is|are|s)\\s+(?:just\\s+)?(?:not\\s+true|a\\s+myth|a\\s+stereotype|racist|sexist|wrong|false|nonsense|bigotry|hateful|hate\\s+speech|not\\s+ok|unacceptable|prejudice)`, 'u'),
  ],
  report: new RegExp(`(?:^|\\s)(${L}+)\\s+(?:${L}+\\s+)?(?:wrote|writes|said|says|claimed|claims|shouted|yelled|called|posted|tweeted|commented)(?!${L})`, 'u'),
  selves: new Set(['i', 'we']),
  mentionAfter: new RegExp(`^[\\s"'”’»]*(?:is|was)\\s+(?:a|an)\\s+(?:${L}+\\s+)?(?:word|slur|term|insult)(?!${L})`, 'u'),
  mention: new RegExp(`(?<!${L})(?:the\\s+word|words\\s+like|the\\s+term|the\\s+slur|n-word|slurs\\s+like)\\s*["“”'«]?\\s*$`, 'u'),
  lawReport: new RegExp(`(?<!${L})(?:police|arrested|charged|convicted|sentenced|suspected|court|trial|prosecutor)(?!${L})`, 'u'),
  condemn: new RegExp(
    `(?<!${L})(?:hate|hateful|hatred|racism|racist|sexism|sexist|bigot|bigotry|bigoted|unacceptable|disgusting|shameful|shame\\s+on|not\\s+ok|not\\s+okay|offensive|no\\s+place|reported|report\\s+(?:this|him|her|them)|harassment|discrimination|sad|upset|shocked|appalled|disgusted)(?!${L})`,
    'u',
  ),
};

/** Quote characters that open and close a quotation. */
const QUOTES = /["“”„«»]|(?<![\p{L}\p{N}])['‘]|['’](?![\p{L}\p{N}])/gu;

function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(QUOTES)) {
    const at = m.index;
    if (open < 0) open = at;
    else {
      spans.push([open, at + 1]);
      open = -1;
    }
  }
  return spans;
}

/** Characters of the sentence before and after a span that frames are read in. */
const FRAME_WINDOW = 160;

function condemnedComment(ctx: DetectionContext, f: FrameSet): boolean {
  // Once per comment, whichever frame set asks first (as before).
  return perComment(ctx, 'framing:condemned', () => f.condemn.test(ctx.normalised.text));
}

/** True when `[start, end)` lies inside one of the sorted, disjoint spans (binary search). */
function insideSpan(spans: readonly [number, number][], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span !== undefined && span[0] <= start && end <= span[1];
}

/**
 * How the normalised span `[start, end)` is framed in the comment (see `Framing`).
 *
 * @example
 * framing(ctx, view, 'sv', 30, 60).negated // true for "det är fel att säga att alla invandrare är kriminella"
 */
export function framing(ctx: DetectionContext, view: WordView, code: string, start: number, end: number): Framing {
  // The insult and hate rules ask about the same spans (a slur is a candidate of both): read each once per comment.
  const byKey = perComment(ctx, 'framing', () => new Map<string, Framing>());
  const key = `${code}:${start}:${end}`;
  let framed = byKey.get(key);
  if (!framed) byKey.set(key, (framed = frame(ctx, view, code, start, end)));
  return framed;
}

/** `framing` itself; `view` is always the comment's word view, so the span and code are the whole key. */
function frame(ctx: DetectionContext, view: WordView, code: string, start: number, end: number): Framing {
  const f = code === 'en' ? EN : SV;
  const text = ctx.normalised.text;
  const first = view.words[wordAt(view, start)] ?? view.words[0];
  const sStart = first ? sentenceStart(view, first) : 0;
  const last = view.words[wordAt(view, end - 1)] ?? first;
  const sEnd = last ? sentenceEnd(view, last) : text.length;
  // Frames are local: reading a bounded window keeps a long comment linear.
  const before = text.slice(Math.max(sStart, start - FRAME_WINDOW), start);
  const after = text.slice(end, Math.min(Math.max(end, sEnd) + 1, end + FRAME_WINDOW));
  const negated = f.before.some((r) => r.test(before)) || f.after.some((r) => r.test(after));
  const reporter = f.report.exec(before)?.[1];
  const reported = reporter !== undefined && !f.selves.has(reporter);
  const spans = perComment(ctx, 'framing:quotes', () => quotedSpans(ctx.text));
  const oStart = ctx.normalised.starts[start] ?? 0;
  const oEnd = end > 0 ? (ctx.normalised.ends[end - 1] ?? ctx.text.length) : 0;
  const quoted = insideSpan(spans, oStart, oEnd);
  const tailStart = ctx.normalised.ends[Math.max(0, sEnd - 1)] ?? ctx.text.length;
  const tail = ctx.text.slice(tailStart, tailStart + 8);
  return {
    negated,
    quoted,
    reported,
    mentioned: f.mention.test(before) || f.mentionAfter.test(after),
    condemned: condemnedComment(ctx, f),
    question: /^[\s'"’”»)]*\?/u.test(tail),
    lawReport: lawReportIn(ctx, f, code, sStart, sEnd),
  };
}

/** Police or court words in the sentence `[sStart, sEnd)`, read once per sentence: a long comment has many spans in one. */
function lawReportIn(ctx: DetectionContext, f: FrameSet, code: string, sStart: number, sEnd: number): boolean {
  const bySentence = perComment(ctx, 'framing:law-report', () => new Map<string, boolean>());
  const key = `${code}:${sStart}:${sEnd}`;
  let found = bySentence.get(key);
  if (found === undefined) bySentence.set(key, (found = f.lawReport.test(ctx.normalised.text.slice(sStart, sEnd))));
  return found;
}

/**
 * True when a span should not count as the commenter's own insult or hate: denied, mentioned as a word,
 * or quoted or reported to condemn or question it (a quotation that is also reported is someone else's words).
 *
 * @example
 * isDistanced({ negated: false, quoted: true, reported: false, mentioned: false, condemned: true, question: false }) // true
 */
export function isDistanced(f: Framing): boolean {
  if (f.negated || f.mentioned) return true;
  if (f.quoted && f.reported) return true;
  return (f.quoted || f.reported) && (f.condemned || f.question);
}
