import { archivalReasons } from '../decide/archival-reasons.js';
import type { Verdict } from '../decide/decide.js';
import { type DetectedFinding, findingKey } from '../detect/detect.js';
import { formatMessage, type MessageId } from '../locales/format.js';
import type { Policy } from '../ruleset/schema.js';
import type { Reason } from '../schema/decision.js';
import { personalDataReasons } from './personal-data-reasons.js';

/** Quotes a guideline section of the policy: "<title>: <section>". */
export function guidelineSource(policy: Policy, section: string): string {
  const quoted = policy.guideline.sections[section];
  return quoted === undefined ? policy.guideline.title : `${policy.guideline.title}: ${quoted}`;
}

const MAX_WORDS_QUOTED = 5;

function quoteWords(findings: readonly DetectedFinding[]): string {
  const words = [...new Set(findings.map((f) => `"${f.text}"`))];
  return words.length > MAX_WORDS_QUOTED ? `${words.slice(0, MAX_WORDS_QUOTED).join(', ')} …` : words.join(', ');
}

/**
 * One reason per category and legal provision behind the findings, and one for keep or weed.
 * Swedish first, English beside it; each cites the guideline section and, where one applies, the law.
 *
 * @example
 * explain(findings, verdict, policy)[0].source.guideline // 'Riktlinjer …: TILLÅT INTE – svordomar eller obscena ord'
 */
export function explain(findings: readonly DetectedFinding[], verdict: Verdict, policy: Policy, extra: readonly Reason[] = []): Reason[] {
  const reasons: Reason[] = [];
  const groups = new Map<string, DetectedFinding[]>();
  for (const f of findings) {
    if (f.category === 'personal-data') continue;
    const key = `${f.category}\u0000${f.law ?? ''}\u0000${f.basis ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const category of verdict.categories) {
    const cp = policy.categories[category];
    for (const [key, group] of groups) {
      if (!key.startsWith(`${category}\u0000`)) continue;
      // A finding that sets its own basis but no law rests on the guideline alone (a sexist statement is not hets mot folkgrupp).
      const ownBasisOnly = group[0]!.law === undefined && group[0]!.basis !== undefined && group[0]!.basis !== cp?.basis;
      const law = group[0]!.law ?? (ownBasisOnly ? undefined : cp?.law);
      const labelId = `category.${category}` as MessageId;
      const data = { count: group.length, words: quoteWords(group) };
      reasons.push({
        code: category,
        message: {
          sv: formatMessage('sv', 'reason.category', { ...data, category: formatMessage('sv', labelId) }),
          en: formatMessage('en', 'reason.category', { ...data, category: formatMessage('en', labelId) }),
        },
        source: { guideline: guidelineSource(policy, cp?.guideline ?? ''), ...(law ? { law } : {}) },
        basis: group[0]!.basis ?? cp?.basis ?? 'policy',
        findings: group.map(findingKey),
      });
    }
  }
  reasons.push(...personalDataReasons(findings, policy));
  reasons.push(...extra);
  reasons.push(...archivalReasons(verdict, policy));
  return reasons;
}
