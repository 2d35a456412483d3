import type { Policy } from '../ruleset/schema.js';
import type { Decision } from '../schema/decision.js';
import { replyDueBy } from './due-by.js';
import type { CommentIntent } from './intent.js';
import type { WeedKind } from './weed.js';

/** Why a reply is expected: the comment asks, requests action, reports a fault or complains. */
export type ReplyGround = 'question' | 'request' | 'fault-report' | 'complaint';

/** The reply part of a decision with the ground and topic behind it (for the reason). */
export interface ReplyVerdict {
  readonly reply: Decision['reply'];
  readonly ground?: ReplyGround;
  readonly topicId?: string;
}

/**
 * Whether the municipality owes an answer (ANSVAR FÖR ATT SVARA: "inlägg som förväntar sig svar ska inte
 * lämnas obesvarade"), which department gives it, and by when. Removed comments get no public reply; thanks
 * and comments outside the municipality's work expect none; a question between participants ("Har du …?")
 * or to the crowd about something not municipal is theirs to answer. `from` (the comment's `createdAt`, or
 * the moderator's `now`) is needed for `dueBy`; without it `dueBy` is left out.
 *
 * @example
 * decideReply(intent, 'weed', 'enkel fråga', policy, '2026-03-02T09:00:00+01:00').reply
 * // { expected: true, department: 'kultur och fritid', dueBy: '2026-03-04' } for "När öppnar badhuset?"
 */
export function decideReply(
  intent: CommentIntent,
  action: Decision['action'],
  weed: WeedKind | null,
  policy: Policy,
  from?: string,
): ReplyVerdict {
  const ground = replyGround(intent, action, weed);
  if (!ground) return { reply: { expected: false } };
  const reply: Decision['reply'] = { expected: true, department: intent.route.department };
  if (from !== undefined) reply.dueBy = replyDueBy(from, policy);
  return { reply, ground, ...(intent.route.topicId !== undefined ? { topicId: intent.route.topicId } : {}) };
}

function replyGround(intent: CommentIntent, action: Decision['action'], weed: WeedKind | null): ReplyGround | undefined {
  if (action === 'delete-after-screenshot' || weed === 'för kännedom' || weed === 'rör inte kommunen') return undefined;
  const betweenParticipants = intent.addressee === 'person' || (intent.addressee === 'public' && !intent.municipal);
  if (betweenParticipants) return undefined;
  if (intent.fault) return 'fault-report';
  if (intent.demand) return 'request';
  if (intent.complaint) return 'complaint';
  if (intent.question) return 'question';
  return undefined;
}
