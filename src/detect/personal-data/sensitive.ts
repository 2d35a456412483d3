import type { NameSpan } from './names.js';

/** The special categories of personal data (GDPR art. 9), offences (art. 10) and social-services matters. */
export const SENSITIVE_TOPICS = ['health', 'ethnicity', 'religion', 'sexual-orientation', 'political-opinion', 'criminal-offence', 'social-services'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

/** A sensitive-topic word in the original text. */
export interface TopicHit {
  readonly start: number;
  readonly end: number;
  readonly topics: readonly SensitiveTopic[];
  /** A place a person may simply work at (socialtjänsten, sjukhuset, moskén). */
  readonly institution: boolean;
}

const FIRST_PERSON = /\b(?:jag|mig|min|mitt|mina|vi|oss|vår|vårt|våra|me|my|we|our)\b/iu;
/** English "I", capital only: Swedish "i" is a preposition. */
const ENGLISH_I = /(?:^|\s)I(?=[\s'’])/u;
const THIRD_PERSON = /\b(?:han|hon|hen|hans|hennes|hens|honom|henne|he|she|his|her|him)\b/iu;
/** "jobbar på soc": the person works at the institution, which says nothing sensitive about them. */
const WORKS_AT = /\b(?:jobbar|arbetar|jobbade|arbetade|anställd|anställda|praktiserar|chef|works|worked)\s+(?:på|vid|inom|hos|i|at|for)\s+$/iu;

/** Sentence spans of the text: ends at . ! ? … followed by space, or at a line break. */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  // Lookbehinds start a match only at the start of a run: a run of dots costs linear time.
  const re = /(?<![.!?…])[.!?…]+(?=\s|$)|(?<!\n)\n+/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

function sentenceOf(bounds: readonly [number, number][], at: number): number {
  return bounds.findIndex(([s, e]) => at >= s && at < e);
}

/**
 * Pairs each name with a sensitive topic said about that person: a topic word in the same sentence, or
 * in the next one when it speaks of "han"/"hon" and names no one else. Not about the person: a topic the
 * writer says about themself ("min cancer"), a workplace right after the name ("Anna på socialtjänsten"),
 * and political opinion of an official named in role.
 *
 * @example
 * sensitiveTopicFor('Anna Berg är alkoholist', names, topics).get(0) // 'health'
 */
export function sensitiveTopicFor(text: string, names: readonly NameSpan[], topics: readonly TopicHit[]): Map<number, SensitiveTopic> {
  const result = new Map<number, SensitiveTopic>();
  if (names.length === 0 || topics.length === 0) return result;
  const bounds = sentences(text);
  const nameSentence = names.map((n) => sentenceOf(bounds, n.start));
  names.forEach((name, index) => {
    const s = nameSentence[index]!;
    for (const topic of topics) {
      const t = sentenceOf(bounds, topic.start);
      const sameSentence = t === s;
      const followUp = t === s + 1 && THIRD_PERSON.test(text.slice(bounds[t]![0], bounds[t]![1])) && !nameSentence.includes(t);
      if (!sameSentence && !followUp) continue;
      // The nearest name in the sentence is the one the topic is about.
      if (sameSentence && names.some((other, o) => o !== index && nameSentence[o] === s && Math.abs(other.start - topic.start) < Math.abs(name.start - topic.start))) continue;
      const lead = text.slice(Math.max(sameSentence ? name.end : bounds[t]![0], topic.start - 30), topic.start);
      if (!topic.topics.includes('criminal-offence') && (FIRST_PERSON.test(lead) || ENGLISH_I.test(lead)) && (!sameSentence || topic.start > name.end)) continue;
      if (topic.institution && sameSentence && topic.start >= name.end && /^\s*,?\s*(?:på|från|vid|inom|hos|at|from)\s+$/iu.test(text.slice(name.end, topic.start))) continue;
      if (topic.institution && (name.inRole || WORKS_AT.test(text.slice(Math.max(0, topic.start - 25), topic.start)))) continue;
      // What the role makes public (a kommunalråd's party, an imam's religion) is not sensitive about them.
      const found = topic.topics.find((tp) => !name.publicTopics.includes(tp));
      if (found !== undefined) {
        result.set(index, found);
        break;
      }
    }
  });
  return result;
}
