import { decideAction } from './decide/decide.js';
import { replyReasons } from './decide/archival-reasons.js';
import { readIntent } from './decide/intent.js';
import { classifyKeep } from './decide/keep.js';
import { decideReply } from './decide/reply.js';
import { weedAfter } from './decide/weed-after.js';
import { classifyWeed } from './decide/weed.js';
import { detect, type DetectionInput } from './detect/detect.js';
import { ModerationInputError } from './errors.js';
import { RULES } from './detect/registry.js';
import { buildEvidence } from './explain/evidence.js';
import { explain } from './explain/reasons.js';
import { detectLanguage } from './language/detect-language.js';
import { forgetScans } from './lexicon/literal-index.js';
import { forgetNarrowTexts } from './lexicon/narrow-text.js';
import { normalise } from './normalise/normalise.js';
import { tokenize } from './normalise/tokens.js';
import { compileRuleset, versionInForce } from './ruleset/compile-ruleset.js';
import type { Ruleset } from './ruleset/schema.js';
import { osthammar } from './ruleset/osthammar.js';
import type { Decision } from './schema/decision.js';
import { validateComment } from './validate/validate-comment.js';

export interface ModerateOptions {
  /** The ruleset to apply; the version in force at the comment's `createdAt` is used. */
  readonly ruleset?: Ruleset;
  /**
   * The moderator's clock. Recorded in the evidence as `decidedAt` and used for dates when the comment
   * has no `createdAt`. Without it, `moderate` reads no clock and stays pure.
   */
  readonly now?: Date | string;
}

/**
 * Moderates one comment against the Östhammar guideline (or another ruleset): validate → normalise →
 * language → detect → decide → explain. Synchronous, pure, no network.
 * Throws `ModerationInputError` when `comment` is not a comment.
 *
 * @example
 * const d = moderate({ id: '1', text: 'Du är en jävla idiot' });
 * d.action // 'delete-after-screenshot'
 * d.findings[0].text // 'jävla'
 */
export function moderate(comment: unknown, { ruleset = osthammar, now }: ModerateOptions = {}): Decision {
  try {
    return decision(comment, ruleset, now);
  } finally {
    // A comment's texts are kept for reuse only across its own rule runs: a 1 MB one and its copies are ~10 MB.
    forgetScans();
    forgetNarrowTexts();
  }
}

function decision(comment: unknown, ruleset: Ruleset, now: Date | string | undefined): Decision {
  const valid = validateComment(comment);
  const nowIso = now === undefined ? undefined : isoNow(now);
  const compiled = compileRuleset(ruleset);
  const version = versionInForce(compiled, valid.createdAt ?? nowIso);
  const { policy } = version;

  const normalised = normalise(valid.text);
  const tokens = tokenize(normalised);
  const language = detectLanguage(valid.text, { only: policy.settings.languages, sampleChars: policy.settings.languageSampleChars });
  const input: DetectionInput = { comment: valid, text: valid.text, normalised, tokens, language, policy, ruleset: compiled };

  const findings = detect(input, RULES);
  const intent = readIntent(normalised, tokens, valid.text, policy);
  const verdict = decideAction(findings, classifyWeed(intent), classifyKeep(intent));
  const replyVerdict = decideReply(intent, verdict.action, verdict.weed, policy, valid.createdAt ?? nowIso);
  const reasons = [...explain(findings, verdict, policy), ...replyReasons(replyVerdict, policy)];

  const { action } = verdict;
  const archival: Decision['archival'] = { decision: action };
  if (action === 'delete-after-screenshot') archival.evidence = buildEvidence(valid, verdict, reasons, version, nowIso);
  if (action === 'weed') {
    const after = weedAfter(valid.createdAt, nowIso, policy);
    if (after) archival.weedAfter = after;
  }
  return {
    commentId: valid.id,
    action,
    categories: verdict.categories,
    personalData: verdict.personalData,
    findings: findings.map(({ kind: _k, law: _l, basis: _b, ...f }) => f),
    reasons,
    archival,
    reply: replyVerdict.reply,
    language: { code: language.code, confidence: language.confidence },
    ruleset: { id: version.rulesetId, version: version.version },
  };
}

/** The `now` option as ISO-8601: a clear, typed error instead of a bare "Invalid time value". */
function isoNow(now: Date | string): string {
  const d = new Date(now);
  if (Number.isNaN(d.getTime())) {
    const shown = typeof now === 'string' ? JSON.stringify(now) : Object.prototype.toString.call(now);
    throw new ModerationInputError(`options.now must be a Date or an ISO-8601 date-time, e.g. "2026-11-24T09:30:00+01:00"; got ${shown}.`, ['now: not a valid date-time']);
  }
  return d.toISOString();
}
