import type { Verdict } from '../decide/decide.js';
import { type DetectedFinding, findingKey } from '../detect/detect.js';
import { formatBoth, formatMessage, type MessageId } from '../locales/format.js';
import type { Policy } from '../ruleset/schema.js';
import type { Reason } from '../schema/decision.js';

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
      const law = group[0]!.law ?? cp?.law;
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
  reasons.push(...extra);
  if (verdict.action === 'weed' && verdict.weed) {
    reasons.push({
      code: 'weed',
      message: formatBoth('reason.weed', { kind: verdict.weed }),
      source: { guideline: guidelineSource(policy, 'bevarande-och-gallring.gallra'), law: 'Arkivlagen (1990:782) 10 §' },
      basis: 'policy',
      findings: [],
    });
  }
  if (verdict.action === 'keep') {
    reasons.push({
      code: 'keep',
      message: formatBoth('reason.keep'),
      source: { guideline: guidelineSource(policy, 'allmanna-handlingar'), law: 'Tryckfrihetsförordningen 2 kap. 4 §' },
      basis: 'legalDuty',
      findings: [],
    });
  }
  return reasons;
}
