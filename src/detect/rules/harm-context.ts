import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import type { MessageData, MessageId } from '../../locales/format.js';
import { type NormalisedText, toOriginalSpan } from '../../normalise/normalise.js';
import type { Provision } from '../context/provisions.js';
import type { DetectionContext, RuleFinding } from '../rule.js';
import { perComment } from './comment-memo.js';
import { hitsIn, hitsOf } from './word-hits.js';

export { perComment, unsureLanguage } from './comment-memo.js';
export { hitsIn } from './word-hits.js';

/** A half-open span of the normalised text. */
export interface NSpan {
  readonly start: number;
  readonly end: number;
}

/** A provision a finding rests on, overriding its category's default (the insult and hate rules' `Provision`). */
export type Legal = Partial<Provision>;

/** The provisions the harm and commerce rules cite (BBS-lagen 5 § obliges removal of the `legalDuty` ones). */
export const LAW = {
  olagaHot: { law: 'BrB 4 kap. 5 § (olaga hot); BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  integritetsintrang: { law: 'BrB 4 kap. 6 c § (olaga integritetsintrång); BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  uppvigling: { law: 'BrB 16 kap. 5 § (uppvigling); BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  barnpornografi: { law: 'BrB 16 kap. 10 a § (barnpornografibrott); BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  valdsskildring: { law: 'BrB 16 kap. 10 c § (olaga våldsskildring); BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  upphovsratt: { law: 'Upphovsrättslagen (1960:729) 53 §; BBS-lagen (1998:112) 5 §', basis: 'legalDuty' },
  upphovsrattCitat: { law: 'Upphovsrättslagen (1960:729) 2 § och 22 § (citaträtt)', basis: 'policy' },
  narkotika: { law: 'Narkotikastrafflagen (1968:64) 1 §', basis: 'policy' },
  urkundsforfalskning: { law: 'BrB 14 kap. 1 § (urkundsförfalskning), 14 kap. 9 § (brukande av falsk urkund)', basis: 'policy' },
  vapen: { law: 'Vapenlagen (1996:67) 9 kap. 1 §; lagen (2010:1011) om brandfarliga och explosiva varor 29 §', basis: 'policy' },
  penningtvatt: { law: 'Lagen (2014:307) om straff för penningtvättsbrott 3 §; BrB 9 kap. 1 § (bedrägeri)', basis: 'policy' },
  policy: { basis: 'policy' },
} as const satisfies Record<string, Legal>;

/**
 * A finding on a normalised span, converted to the original text, with the quoted words in `data.text`.
 *
 * @example
 * findingAt(ctx, { start: 0, end: 4 }, 'crime.threat', { pattern: 'threat' }, LAW.olagaHot)
 */
export function findingAt(ctx: DetectionContext, span: NSpan, messageId: MessageId, data: MessageData, legal: Legal = {}): RuleFinding {
  const [start, end] = toOriginalSpan(ctx.normalised, span.start, span.end);
  return {
    start,
    end,
    messageId,
    data: { text: ctx.text.slice(start, end), ...data },
    ...(legal.law ? { law: legal.law } : {}),
    ...(legal.basis ? { basis: legal.basis } : {}),
  };
}

/**
 * The first normalised offset whose original span starts at or after `original` (binary search).
 *
 * @example
 * toNormalisedOffset(normalise('Ａb'), 1) // 1
 */
export function toNormalisedOffset(n: NormalisedText, original: number): number {
  let lo = 0;
  let hi = n.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.starts[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An original-text span as a normalised span, to compare links and prices with lexicon and pattern hits.
 *
 * @example
 * toNormalisedSpan(normalise('Ａ 5 kr'), 2, 6) // { start: 2, end: 6 }
 */
export function toNormalisedSpan(n: NormalisedText, start: number, end: number): NSpan {
  const s = toNormalisedOffset(n, start);
  return { start: s, end: Math.max(s, toNormalisedOffset(n, end)) };
}

// A sentence ends at . ! ? … followed by space or the end, or at a line break; dots inside links do not end one.
// Lookbehinds start a match only at the start of a run: a run of dots costs linear time.
const SENTENCE_END = /(?<![.!?…])[.!?…]+(?=\s|$)|(?<!\n)\n+/gu;

/**
 * The sentences of the normalised text as spans, so cues count only where they stand together.
 *
 * @example
 * sentences('Hej. Vi ses!').length // 2
 */
export function sentences(text: string): NSpan[] {
  const out: NSpan[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (end > start) out.push({ start, end });
    start = end;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The sentence holding offset `at` (the last one when `at` is past the end).
 *
 * @example
 * sentenceAt(sentences('Hej. Vi ses!'), 6) // { start: 4, end: 12 }
 */
export function sentenceAt(all: readonly NSpan[], at: number): NSpan {
  // Binary search: `all` is in order and disjoint (as `sentences` makes it), so the first span ending after `at` is the only candidate.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (all[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  const s = all[lo];
  if (s !== undefined && at >= s.start && at < s.end) return s;
  return all[all.length - 1] ?? { start: 0, end: 0 };
}

/**
 * True when `span` overlaps `[s.start, s.end)`: a cue "in" a sentence, a hit "inside" a finding already made.
 *
 * @example
 * inside({ start: 3, end: 5 }, { start: 0, end: 4 }) // true
 */
export function inside(span: NSpan, s: NSpan): boolean {
  return span.start < s.end && span.end > s.start;
}

/** A rule's findings, collected so that a span overlapping one already reported adds nothing. */
export interface FindingCollector {
  readonly findings: RuleFinding[];
  add(span: NSpan, finding: RuleFinding): void;
}

/**
 * A collector for one rule's findings: the first finding over a stretch of text wins (a listed link before
 * the phrase inside it).
 *
 * @example
 * const out = findingCollector(); out.add(span, finding); out.add(span, other); out.findings.length // 1
 */
export function findingCollector(): FindingCollector {
  const findings: RuleFinding[] = [];
  const taken: NSpan[] = [];
  return {
    findings,
    add(span, finding) {
      if (taken.some((t) => inside(span, t))) return;
      taken.push(span);
      findings.push(finding);
    },
  };
}

/**
 * True when the entry of a lexicon hit, or the pattern of a pattern hit, carries `tag`.
 *
 * @example
 * tagged(hit, 'media') // true for "gorevideo"
 */
export function tagged(hit: LexiconHit | PatternHit, tag: string): boolean {
  return 'entry' in hit ? hit.entry.entry.tags.includes(tag) : hit.compiled.pattern.tags.includes(tag);
}

/**
 * The first tag of a hit that is a key of `table`, if any: how a rule tells a threat from a drug offer.
 *
 * @example
 * tagIn(hit, { threat: 1, drugs: 2 }) // 'threat'
 */
export function tagIn<K extends string>(hit: LexiconHit | PatternHit, table: Readonly<Record<K, unknown>>): K | undefined {
  const tags = 'entry' in hit ? hit.entry.entry.tags : hit.compiled.pattern.tags;
  return tags.find((t): t is K => Object.hasOwn(table, t));
}

/** Word lists the harm and commerce rules read, in both language families (a comment only ever hits one). */
export const CONTEXT = {
  discussion: ['context.discussion.sv', 'context.discussion.en'],
  reported: ['context.reported-speech.sv', 'context.reported-speech.en'],
  intent: ['context.intent-cues.sv', 'context.intent-cues.en'],
  legal: ['context.legal-sources.sv', 'context.legal-sources.en'],
  wildlife: ['context.wildlife.sv', 'context.wildlife.en'],
  apps: ['context.contact-apps.any'],
  drugs: ['context.drugs.sv', 'context.drugs.en'],
  acts: ['context.violent-acts.sv', 'context.harm-participles.sv', 'context.harm-passive.en'],
} as const;

/** What the rules of one comment share: its sentences and the positions of the context words. */
export interface Scene {
  readonly sentences: readonly NSpan[];
  /** True when a hit of one of `lists` lies in the sentence holding `span`. */
  inSentence(lists: readonly string[], span: NSpan): boolean;
  /** True when a word that negates ("inte", "aldrig", "don't") stands just before `span`. */
  negated(span: NSpan): boolean;
  /** True when `span` is inside quotation marks and the comment reports speech ("han skrev …"). */
  quoted(span: NSpan): boolean;
}

const NEGATORS = new Set(['inte', 'ej', 'aldrig', 'ingen', 'inga', 'inget', 'sluta', 'slutat', 'not', 'never', 'no', 'dont', 'don', 'stop', 'nobody']);
const QUOTES = /["“”«»„]/gu;
const QUOTE = /["“”«»„]/u;
const NEGATION_REACH = 3;

/**
 * The comment's sentences and context-word look-ups, built once per comment and shared by the rules.
 *
 * @example
 * sceneOf(ctx).inSentence(CONTEXT.discussion, { start: 0, end: 4 }) // true for "Polisen varnar …"
 */
export function sceneOf(ctx: DetectionContext): Scene {
  // One per-comment memo for all the rules' caches: each WeakMap keyed by the context was one more ephemeron for the GC.
  return perComment(ctx, 'scene', () => makeScene(ctx));
}

function makeScene(ctx: DetectionContext): Scene {
  const text = ctx.normalised.text;
  // Sentences and words are read only when a rule asks about a hit: most comments have none.
  let allMemo: NSpan[] | undefined;
  let wordsMemo: DetectionContext['tokens'] | undefined;
  const sentencesOf = () => (allMemo ??= sentences(text));
  // Per word list, the comment's hits of it: most calls ask about a few lists, and a long comment has thousands of hits.
  const listHits = new Map<readonly string[], readonly LexiconHit[]>();
  // Offsets of the quotation marks, found on the first question (each of them is one code unit).
  let quotes: number[] | undefined;
  const scene: Scene = {
    get sentences() {
      return sentencesOf();
    },
    inSentence(lists, span) {
      const s = sentenceAt(sentencesOf(), span.start);
      let hits = listHits.get(lists);
      if (hits === undefined) listHits.set(lists, (hits = hitsOf(ctx).filter((h) => lists.includes(h.entry.lexiconId))));
      return hits.some((h) => inside(h, s));
    },
    negated(span) {
      // The last NEGATION_REACH words ending by span.start, read from the end instead of filtering them all.
      const s = sentenceAt(sentencesOf(), span.start);
      const words = (wordsMemo ??= ctx.tokens.filter((t) => !t.spaced));
      let found = 0;
      for (let k = words.length - 1; k >= 0 && found < NEGATION_REACH; k--) {
        const t = words[k]!;
        if (t.end > span.start) continue;
        found++;
        if (t.start >= s.start && NEGATORS.has(t.text)) return true;
      }
      return false;
    },
    quoted(span) {
      if (quotes === undefined) {
        quotes = [];
        QUOTES.lastIndex = 0;
        for (let m = QUOTES.exec(text); m !== null; m = QUOTES.exec(text)) quotes.push(m.index);
      }
      let before = 0;
      let after = false;
      for (const q of quotes) {
        if (q < span.start) before++;
        if (q >= span.end) after = true;
      }
      const opened = before % 2 === 1;
      return opened && after && hitsIn(ctx, CONTEXT.reported).length > 0;
    },
  };
  return scene;
}
