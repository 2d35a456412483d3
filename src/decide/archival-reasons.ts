import { guidelineSource } from '../explain/reasons.js';
import { type Locale, type MessageId, formatMessage } from '../locales/format.js';
import type { Policy } from '../ruleset/schema.js';
import type { Reason } from '../schema/decision.js';
import type { Verdict } from './decide.js';
import type { ReplyVerdict } from './reply.js';
import type { WeedKind } from './weed.js';

const WEED_MESSAGE: Readonly<Record<WeedKind, MessageId>> = {
  'för kännedom': 'archival.weed.forKannedom',
  'enkel fråga': 'archival.weed.enkelFraga',
  'rör inte kommunen': 'archival.weed.rorInteKommunen',
};

function both(build: (locale: Locale) => string): { sv: string; en: string } {
  return { sv: build('sv'), en: build('en') };
}

/**
 * The reason for `keep` or `weed`, saying why: which kind of ringa eller tillfällig betydelse (BEVARANDE OCH
 * GALLRING, Arkivlagen 10 §), or what makes a kept comment a record to preserve (ALLMÄNNA HANDLINGAR).
 * Empty for `delete-after-screenshot`, whose reasons are its categories.
 *
 * @example
 * archivalReasons(verdict, policy)[0]?.message.sv // 'Behålls som allmän handling: ett klagomål på …'
 */
export function archivalReasons(verdict: Verdict, policy: Policy): Reason[] {
  if (verdict.action === 'weed' && verdict.weed) {
    const why = WEED_MESSAGE[verdict.weed];
    return [
      {
        code: 'weed',
        message: both((l) => formatMessage(l, 'archival.weed', { why: formatMessage(l, why) })),
        source: { guideline: guidelineSource(policy, 'bevarande-och-gallring.gallra'), law: 'Arkivlagen (1990:782) 10 §' },
        basis: 'policy',
        findings: [],
      },
    ];
  }
  if (verdict.action === 'keep') {
    const why = `archival.keep.${verdict.keep ?? 'other'}` as MessageId;
    return [
      {
        code: 'keep',
        message: both((l) => formatMessage(l, 'archival.keep', { why: formatMessage(l, why) })),
        source: { guideline: guidelineSource(policy, 'allmanna-handlingar'), law: 'Tryckfrihetsförordningen 2 kap. 4 §' },
        basis: 'legalDuty',
        findings: [],
      },
    ];
  }
  return [];
}

/**
 * The reason a reply is expected, citing ANSVAR FÖR ATT SVARA: why, who answers (and on which topic), and by when.
 * Empty when no reply is expected.
 *
 * @example
 * replyReasons(decideReply(intent, 'keep', null, policy, createdAt), policy)[0]?.message.sv
 * // 'Svar förväntas: kommentaren anmäler ett fel … Besvaras av samhällsbyggnad (ämne: snorojning), senast 2026-01-14 (2 arbetsdagar).'
 */
export function replyReasons(verdict: ReplyVerdict, policy: Policy): Reason[] {
  const { reply, ground, topicId } = verdict;
  if (!reply.expected || !ground) return [];
  const days = policy.reply.responseWorkingDays;
  return [
    {
      code: 'reply',
      message: both((l) =>
        formatMessage(l, 'archival.reply', {
          why: formatMessage(l, `archival.reply.${ground}` as MessageId),
          department: `${reply.department ?? policy.reply.defaultDepartment}${topicId ? formatMessage(l, 'archival.reply.topic', { topic: topicId }) : ''}`,
          due: reply.dueBy ? formatMessage(l, 'archival.reply.due', { dueBy: reply.dueBy, days }) : '',
        }),
      ),
      source: { guideline: guidelineSource(policy, 'ansvar-for-att-svara'), law: 'Förvaltningslagen (2017:900) 6 § (serviceskyldighet)' },
      basis: 'policy',
      findings: [],
    },
  ];
}
