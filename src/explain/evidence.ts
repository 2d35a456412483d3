import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Verdict } from '../decide/decide.js';
import type { RulesetVersionInForce } from '../ruleset/compile-ruleset.js';
import type { EvidenceRecord, Reason } from '../schema/decision.js';
import type { ValidComment } from '../validate/validate-comment.js';

/**
 * SHA-256 of the UTF-8 bytes of a text, hex. Lone surrogates are encoded as U+FFFD, as TextEncoder does.
 *
 * @example
 * sha256Hex('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256Hex(text: string): string {
  if (nodeCrypto?.hash) return nodeCrypto.hash('sha256', text, 'hex');
  return bytesToHex(sha256(utf8ToBytes(text.toWellFormed())));
}

// Node's own one-shot SHA-256 (every Node with getBuiltinModule has hash(); half the time of a createHash object,
// a third of the JavaScript one's): asked for at run time, so browser builds never see it.
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.('node:crypto') as
  | { hash?(algorithm: 'sha256', text: string, encoding: 'hex'): string }
  | undefined;

/**
 * The record the guideline asks to save before a comment is deleted: its content exactly as received,
 * sender, timestamps, channel, reasons and ruleset version, with a SHA-256 of the text.
 *
 * @example
 * buildEvidence(comment, verdict, reasons, version, undefined).sha256.length // 64
 */
export function buildEvidence(
  comment: ValidComment,
  verdict: Verdict,
  reasons: readonly Reason[],
  version: RulesetVersionInForce,
  decidedAt: string | undefined,
): EvidenceRecord {
  return {
    commentId: comment.id,
    text: comment.text,
    sha256: sha256Hex(comment.text),
    author: { ...comment.author },
    ...(comment.channel !== undefined ? { channel: comment.channel } : {}),
    ...(comment.inReplyTo !== undefined ? { inReplyTo: comment.inReplyTo } : {}),
    ...(comment.createdAt !== undefined ? { createdAt: comment.createdAt } : {}),
    ...(decidedAt !== undefined ? { decidedAt } : {}),
    categories: [...verdict.categories],
    personalDataKinds: [...new Set(verdict.personalData.map((p) => p.kind))],
    reasons: reasons.map((r) => ({ ...r, findings: [...r.findings] })),
    ruleset: { id: version.rulesetId, version: version.version },
  };
}
