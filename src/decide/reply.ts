import type { Decision } from '../schema/decision.js';
import type { Policy } from '../ruleset/schema.js';

/**
 * Whether the comment expects an answer from the municipality: a question, or a comment kept or weeded
 * that asks something. Removed comments get no public reply.
 *
 * @example
 * expectReply('När töms soptunnorna?', 'weed', policy) // { expected: true, department: 'kommunledningskontoret' }
 */
export function expectReply(text: string, action: Decision['action'], policy: Policy): Decision['reply'] {
  if (action === 'delete-after-screenshot' || !text.includes('?')) return { expected: false };
  return { expected: true, department: policy.reply.defaultDepartment };
}
