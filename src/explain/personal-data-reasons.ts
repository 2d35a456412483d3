import { type DetectedFinding, findingKey } from '../detect/detect.js';
import { formatMessage, type MessageId } from '../locales/format.js';
import type { Policy } from '../ruleset/schema.js';
import { PERSONAL_DATA_KINDS, type PersonalDataKind, type Reason } from '../schema/decision.js';
import { guidelineSource } from './reasons.js';

/**
 * One reason per personal-data kind found (and per sensitive topic's law), citing INGA PERSONUPPGIFTER and
 * the law the kind rests on (dataskyddslagen for personnummer, GDPR art. 9–10 for sensitive data).
 * Kinds that infringe integrity say the post is deleted; others (a plain name) that it is masked only.
 * No reason quotes the personal data itself.
 *
 * @example
 * personalDataReasons(findings, policy)[0].code // 'personal-data.personnummer'
 */
export function personalDataReasons(findings: readonly DetectedFinding[], policy: Policy): Reason[] {
  const pd = policy.personalData;
  const groups = new Map<string, { kind: PersonalDataKind; law: string | undefined; findings: DetectedFinding[] }>();
  for (const f of findings) {
    if (f.category !== 'personal-data' || !f.kind) continue;
    const topic = typeof f.data?.topic === 'string' ? f.data.topic : undefined;
    const law = (topic !== undefined ? pd.sensitiveTopics[topic]?.law : undefined) ?? f.law ?? pd.kinds[f.kind]?.law;
    const key = `${f.kind}\u0000${law ?? ''}`;
    const group = groups.get(key) ?? { kind: f.kind, law, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }
  const order = (k: PersonalDataKind) => PERSONAL_DATA_KINDS.indexOf(k);
  return [...groups.values()]
    .sort((a, b) => order(a.kind) - order(b.kind) || (a.law ?? '').localeCompare(b.law ?? ''))
    .map(({ kind, law, findings: group }) => {
      const infringing = pd.infringing.includes(kind);
      const id: MessageId = infringing ? 'reason.personalData' : 'reason.personalDataRedact';
      const label = `personalData.kind.${kind}` as MessageId;
      const data = (locale: 'sv' | 'en') => ({ kind: formatMessage(locale, label), count: group.length });
      return {
        code: `personal-data.${kind}`,
        message: { sv: formatMessage('sv', id, data('sv')), en: formatMessage('en', id, data('en')) },
        source: { guideline: guidelineSource(policy, pd.guideline), ...(law ? { law } : {}) },
        basis: group[0]!.basis ?? pd.kinds[kind]?.basis ?? 'policy',
        findings: group.map(findingKey),
      };
    });
}
