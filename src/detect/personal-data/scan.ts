import { toOriginalSpan } from '../../normalise/normalise.js';
import type { DetectionContext } from '../rule.js';
import { perComment } from '../rules/comment-memo.js';
import { findAddresses } from './address.js';
import { findBankAccounts } from './bank-account.js';
import { type Candidate, resolveOverlaps } from './candidate.js';
import { findEmails } from './email.js';
import { findIdentityNumbers } from './identity-number.js';
import { municipalityContacts } from './municipality.js';
import { findNameSpans, nameDictionary } from './names.js';
import { findPhones } from './phone.js';
import { SENSITIVE_TOPICS, type SensitiveTopic, sensitiveTopicFor, type TopicHit } from './sensitive.js';

const TOPICS: ReadonlySet<string> = new Set(SENSITIVE_TOPICS);

/** The sensitive-topic words among the context's lexicon hits, in original offsets. */
function topicHits(ctx: DetectionContext): TopicHit[] {
  const out: TopicHit[] = [];
  for (const hit of ctx.hits) {
    if (hit.entry.category !== 'context') continue;
    const tags = hit.entry.entry.tags;
    const topics = tags.filter((t): t is SensitiveTopic => TOPICS.has(t));
    if (topics.length === 0) continue;
    const [start, end] = toOriginalSpan(ctx.normalised, hit.start, hit.end);
    out.push({ start, end, topics, institution: tags.includes('institution') });
  }
  return out;
}

/**
 * Every personal-data span of a comment, found once and shared by the personal-data rules: numbers,
 * addresses and e-mail first, then names (a name inside an address or e-mail address is not a name),
 * overlaps resolved so each span has one kind.
 *
 * @example
 * scanPersonalData(ctx).map(c => c.kind) // ['name', 'phone']
 */
export function scanPersonalData(ctx: DetectionContext): readonly Candidate[] {
  return perComment(ctx, 'personal-data', () => scan(ctx));
}

function scan(ctx: DetectionContext): readonly Candidate[] {
  const { text, policy } = ctx;
  const contacts = municipalityContacts(policy);
  const names = findNameSpans(text, nameDictionary(ctx.ruleset.ruleset));
  const sensitive = sensitiveTopicFor(text, names, names.length > 0 ? topicHits(ctx) : []);
  const candidates: Candidate[] = [
    ...findIdentityNumbers(text),
    ...findEmails(text, contacts),
    ...findBankAccounts(text),
    ...findPhones(text, policy.personalData.defaultCountry, contacts),
    ...findAddresses(text, contacts),
    ...names.map((n, i): Candidate => {
      const topic = sensitive.get(i);
      return topic === undefined
        ? { kind: 'name', start: n.start, end: n.end, priority: 1, data: { words: n.words, inRole: n.inRole } }
        : { kind: 'name-with-sensitive', start: n.start, end: n.end, priority: 2, data: { words: n.words, inRole: n.inRole, topic } };
    }),
  ];
  // Most comments hold no personal data: nothing to rank.
  if (candidates.length === 0) return [];
  return resolveOverlaps(candidates).filter((c) => c.kind !== 'organisationsnummer');
}
