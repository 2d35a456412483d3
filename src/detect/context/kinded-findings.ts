import type { MessageData, MessageId } from '../../locales/format.js';
import { toOriginalSpan } from '../../normalise/normalise.js';
import type { DetectionContext, RuleFinding } from '../rule.js';
import type { Provision } from './provisions.js';
import { perComment } from '../rules/comment-memo.js';

/** Analyses made so far: numbers their memo keys. */
let analysesMade = 0;

/** One hit of a multi-rule analysis, in normalised offsets, tagged with the rule (`kind`) it belongs to. */
export interface KindedCandidate<K extends string> {
  readonly kind: K;
  readonly start: number;
  readonly end: number;
  readonly messageId: MessageId;
  readonly data: MessageData;
  readonly provision: Provision;
}

/**
 * Runs one analysis per comment for several rules and hands each rule its own findings: the analysis is
 * memoised by context, so the rules that share it do not repeat it.
 *
 * @example
 * const findingsOf = kindedFindings(analyse);
 * const rule = { meta, detect: (ctx) => findingsOf(ctx, 'slur') };
 */
export function kindedFindings<K extends string>(
  analyse: (ctx: DetectionContext) => KindedCandidate<K>[],
): (ctx: DetectionContext, kind: K) => RuleFinding[] {
  // Each analysis has its own key in the comment's memo.
  const key = `kinded:${++analysesMade}`;
  return (ctx, kind) => {
    const all = perComment(ctx, key, () => analyse(ctx));
    return all
      .filter((c) => c.kind === kind)
      .map((c) => {
        const [start, end] = toOriginalSpan(ctx.normalised, c.start, c.end);
        return { start, end, messageId: c.messageId, data: c.data, ...(c.provision.law ? { law: c.provision.law } : {}), basis: c.provision.basis };
      });
  };
}
