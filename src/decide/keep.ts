import type { CommentIntent } from './intent.js';

/** What a kept comment is, for the reason that says why it is kept. */
export type KeepKind = 'fault-report' | 'complaint' | 'request' | 'question' | 'proposal' | 'opinion' | 'other';
export const KEEP_KINDS: readonly KeepKind[] = ['fault-report', 'complaint', 'request', 'question', 'proposal', 'opinion', 'other'];

/**
 * Why a comment that is not weeded is kept: a fault report, complaint, request, substantive question, proposal
 * or opinion about the municipality's activities, or `other` when it simply is not shown to be of ringa betydelse.
 *
 * @example
 * classifyKeep(readIntent(normalise('Snöröjningen i Gimo är under all kritik'), tokens, text, policy)) // 'complaint'
 */
export function classifyKeep(intent: CommentIntent): KeepKind {
  if (intent.fault) return 'fault-report';
  if (intent.complaint) return 'complaint';
  if (intent.demand) return 'request';
  if (intent.question) return 'question';
  if (intent.proposal) return 'proposal';
  if (intent.opinion) return 'opinion';
  return 'other';
}
