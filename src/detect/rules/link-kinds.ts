import type { DetectionContext } from '../rule.js';
import { listKey, perComment } from './comment-memo.js';
import { type NSpan, toNormalisedSpan } from './harm-context.js';
import { matchPatterns } from '../../lexicon/patterns.js';
import { hostListed, patternsOf, phraseHits } from './phrase-hits.js';
import { findContacts, findLinks, findPhones, findPrices, type LinkSpan } from './web-signals.js';

/** Host lists (language-neutral pattern files) a link is checked against. */
export const HOST_LISTS = {
  trusted: ['context.trusted-hosts'],
  piracy: ['context.piracy-hosts'],
  porn: ['context.porn-hosts'],
  gore: ['context.gore-hosts'],
} as const;

/** A link of the comment, where it stands in the normalised text, and which host lists know it. */
export interface ClassifiedLink extends LinkSpan {
  readonly normal: NSpan;
  readonly trusted: boolean;
  readonly piracy: boolean;
  readonly porn: boolean;
  readonly gore: boolean;
}

/**
 * Every link in the comment's original text, classified by the ruleset's host lists; computed once per
 * comment and shared by the rules.
 *
 * @example
 * linksOf(ctx).filter(l => l.piracy).map(l => l.host) // ['thepiratebay.org']
 */
export function linksOf(ctx: DetectionContext): ClassifiedLink[] {
  return perComment(ctx, 'links', () =>
    findLinks(ctx.text).map((l) => {
      const normal = toNormalisedSpan(ctx.normalised, l.start, l.end);
      // "thep1rat3b4y dot org": the host as written, and as the normaliser reads it.
      const folded = ctx.normalised.text.slice(normal.start, normal.end);
      const listed = (lists: readonly string[]) => hostListed(ctx, lists, l.host) || (folded !== l.host && hostListed(ctx, lists, folded));
      return { ...l, normal, trusted: hostListed(ctx, HOST_LISTS.trusted, l.host), piracy: listed(HOST_LISTS.piracy), porn: listed(HOST_LISTS.porn), gore: listed(HOST_LISTS.gore) };
    }),
  );
}

/** True when the span lies inside a link already found on a list (the host is reported as the link). */
function insideListedLink(ctx: DetectionContext, span: NSpan): boolean {
  return linksOf(ctx).some((l) => (l.piracy || l.porn || l.gore || l.trusted) && span.start < l.normal.end && span.end > l.normal.start);
}

/** A host list's site named in the text outside any link ("ladda ner från piratebay"). */
export interface HostMention extends NSpan {
  readonly host: string;
}

/**
 * Sites of the host lists `fileIds` named in prose: matched on the normalised text and, because leetspeak
 * folding turns "1337x" into letters, on the original text in lower case too.
 *
 * @example
 * hostMentions(ctx, HOST_LISTS.piracy).map(m => m.host) // ['1337x']
 */
export function hostMentions(ctx: DetectionContext, fileIds: readonly string[]): HostMention[] {
  return perComment(ctx, listKey('hosts', fileIds), findHostMentions, fileIds);
}

function findHostMentions(ctx: DetectionContext, fileIds: readonly string[]): HostMention[] {
  const out: HostMention[] = [];
  const add = (span: NSpan, host: string) => {
    if (insideListedLink(ctx, span) || out.some((m) => span.start < m.end && span.end > m.start)) return;
    out.push({ start: span.start, end: span.end, host });
  };
  // The engine's hits, and those on the rewritten text ("p i r a t e b a y", "piratebaaaay").
  for (const h of phraseHits(ctx, fileIds)) add(h, h.match);
  // Only leetspeak folding hides a host from the normalised text: read the original when something was folded.
  // The same for every host list: lower-cased once per comment.
  const lower = perComment(ctx, 'lower-text', () => ctx.text.toLowerCase());
  if (lower.length === ctx.text.length && lower !== ctx.normalised.text) {
    for (const h of matchPatterns(patternsOf(ctx, fileIds), lower)) add(toNormalisedSpan(ctx.normalised, h.start, h.end), h.match);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Prices, phone numbers and e-mail or @handle contacts of the comment, as normalised spans. */
export interface SaleSignals {
  readonly prices: readonly NSpan[];
  readonly phones: readonly NSpan[];
  readonly contacts: readonly NSpan[];
}

/**
 * The comment's prices, phone numbers and contacts, read once from the original text and shared.
 *
 * @example
 * saleSignals(ctx).prices.length // 1 for "Säljes barnvagn 500 kr"
 */
export function saleSignals(ctx: DetectionContext): SaleSignals {
  return perComment(ctx, 'sale-signals', () => {
    const normal = (spans: readonly { start: number; end: number }[]) => spans.map((x) => toNormalisedSpan(ctx.normalised, x.start, x.end));
    return { prices: normal(findPrices(ctx.text)), phones: normal(findPhones(ctx.text)), contacts: normal(findContacts(ctx.text)) };
  });
}
