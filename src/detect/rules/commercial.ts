import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import type { MessageId } from '../../locales/format.js';
import type { DetectionContext, Rule } from '../rule.js';
import { copyrightRule } from './copyright.js';
import { crimeRule } from './crime.js';
import { CONTEXT, findingAt, hitsIn, type NSpan, sceneOf, tagged } from './harm-context.js';
import { linksOf, saleSignals } from './link-kinds.js';
import { phraseHits } from './phrase-hits.js';
import { pornographyRule } from './pornography.js';

const LEXICONS = ['sv.commercial', 'en.commercial'];
const FILES = ['sv.commercial', 'en.commercial'];
// Warnings about scams in the discussion lists ("varning", "bluff", "beware").
const WARNING_ENTRIES = new Set(['context.discussion.sv.varning', 'context.discussion.en.warning']);
const SALE_CRIMES = new Set(['drugs', 'forgery', 'weapons', 'fraud']);

/**
 * The more specific category wins: an offer of drugs, pirate TV or porn is filed as crime, copyright or
 * pornography, not also as an advert.
 */
function filedElsewhere(ctx: DetectionContext): boolean {
  return (
    crimeRule.detect(ctx).some((f) => SALE_CRIMES.has(String(f.data?.kind))) ||
    copyrightRule.detect(ctx).length > 0 ||
    pornographyRule.detect(ctx).length > 0
  );
}

/** The signals of selling in one comment, each with where it stands (normalised offsets). */
interface Signals {
  readonly link: NSpan[];
  readonly trustedLink: boolean;
  readonly price: NSpan[];
  readonly phone: NSpan[];
  readonly contact: NSpan[];
  readonly app: LexiconHit[];
  readonly cta: PatternHit[];
  readonly seller: PatternHit[];
  readonly offer: LexiconHit[];
  readonly crypto: (LexiconHit | PatternHit)[];
  readonly scam: (LexiconHit | PatternHit)[];
  readonly discount: (LexiconHit | PatternHit)[];
  readonly spam: LexiconHit[];
  readonly warned: boolean;
}

function signalsOf(ctx: DetectionContext): Signals {
  const words = hitsIn(ctx, LEXICONS);
  const phrases = phraseHits(ctx, FILES);
  const byTag = <H extends LexiconHit | PatternHit>(list: readonly H[], tag: string) => list.filter((h) => tagged(h, tag));
  // Links to porn, piracy or gore sites belong to those categories; trusted ones are no advert.
  const links = linksOf(ctx);
  const signals = {
    link: links.filter((l) => !l.trusted && !l.porn && !l.piracy && !l.gore).map((l) => l.normal),
    trustedLink: links.some((l) => l.trusted),
    price: [] as NSpan[],
    phone: [] as NSpan[],
    contact: [] as NSpan[],
    app: hitsIn(ctx, CONTEXT.apps),
    cta: byTag(phrases, 'cta'),
    seller: byTag(phrases, 'seller'),
    offer: byTag(words, 'offer'),
    crypto: [...byTag(words, 'crypto'), ...byTag(phrases, 'crypto')],
    scam: [...byTag(words, 'scam'), ...byTag(phrases, 'scam')],
    discount: [...byTag(words, 'discount'), ...byTag(phrases, 'discount')],
    spam: byTag(words, 'spam'),
    warned: byTag(phrases, 'warning').length > 0 || ctx.hits.some((h) => WARNING_ENTRIES.has(h.entry.entry.id)),
  };
  // Prices, phone numbers and contacts decide nothing alone (verdict): read only beside another signal.
  const { link, app, cta, seller, offer, crypto, scam, discount, spam } = signals;
  if ([link, app, cta, seller, offer, crypto, scam, discount, spam].every((l) => l.length === 0)) return signals;
  const sale = saleSignals(ctx);
  return { ...signals, price: [...sale.prices], phone: [...sale.phones], contact: [...sale.contacts] };
}

/** The names of the signals present, for the finding's data (e.g. "link,price,cta"). */
function present(s: Signals): string {
  const names: (keyof Signals)[] = ['link', 'price', 'phone', 'contact', 'app', 'cta', 'seller', 'offer', 'crypto', 'scam', 'discount', 'spam'];
  return names.filter((n) => (s[n] as readonly unknown[]).length > 0).join(',');
}

/** The verdict: which message, and the span that shows it best. */
function verdict(s: Signals): { messageId: MessageId; span: NSpan; channel?: string } | null {
  const reach = s.phone.length + s.contact.length > 0;
  const calls = s.cta.length > 0;
  const sells = s.offer.length + s.seller.length > 0;
  const link = s.link.length > 0;
  const price = s.price.length > 0;
  if (s.spam.length > 0 && !s.warned) return { messageId: 'commercial.spam', span: s.spam[0]! };
  if (s.discount.length > 0 && !s.warned) return { messageId: 'commercial.discount', span: s.discount[0]! };
  const scamPhrase = s.scam.find((h) => !('entry' in h));
  if (!s.warned && (scamPhrase || (s.scam.length > 0 && (calls || reach || link || s.app.length > 0 || price)))) {
    return { messageId: 'commercial.scam', span: scamPhrase ?? s.scam[0]! };
  }
  if (!s.warned && s.crypto.length > 0 && (reach || link || calls || s.app.length > 0)) return { messageId: 'commercial.scam', span: s.crypto[0]! };
  // "Skriv till mig på WhatsApp +44…": a messaging app with a number, a handle, a call or a sale.
  if (!s.warned && s.app.length > 0 && (reach || calls || sells)) {
    return { messageId: 'commercial.contact', span: s.app[0]!, channel: s.app[0]!.entry.entry.term };
  }
  const first = (...lists: readonly (readonly NSpan[])[]) => lists.find((l) => l.length > 0)?.[0];
  if (sells && (price || link || reach || calls)) return { messageId: 'commercial.ad', span: first(s.seller, s.offer)! };
  if (link && (calls || price)) return { messageId: 'commercial.ad', span: first(s.cta, s.link)! };
  // A price and a call to buy, unless the only link is the municipality's own ("biljetter 100 kr, köp här: osthammar.se").
  if (price && calls && !(s.trustedLink && !reach)) return { messageId: 'commercial.ad', span: s.cta[0]! };
  return null;
}

/**
 * Kommersiella budskap eller reklam: a link, price or contact together with a call to buy or a sale
 * ("Säljes barnvagn 500 kr, skicka pm"), scams (crypto, "tjäna pengar hemifrån"), contact offers via
 * WhatsApp or Telegram, discount codes, spam. A resident recommending a local business without link,
 * price, contact or call to buy is not advertising; a warning about scams is not one either.
 */
export const commercialRule: Rule = {
  meta: {
    id: 'commercial/advert',
    category: 'commercial',
    docs: {
      description: 'Advertising and sales (link, price or contact with a call to buy), scams, messaging-app contact offers, discount codes and spam.',
      guideline: 'tillat-inte.reklam',
    },
    messages: ['commercial.ad', 'commercial.scam', 'commercial.contact', 'commercial.discount', 'commercial.spam'],
  },
  detect(ctx) {
    const s = signalsOf(ctx);
    const v = verdict(s);
    if (!v) return [];
    if (sceneOf(ctx).negated(v.span) || filedElsewhere(ctx)) return [];
    // Every piece of evidence gets a finding, the decisive one first: a moderator sees why it is an advert.
    const evidence: NSpan[] = [v.span, ...s.scam, ...s.discount, ...s.spam, ...s.seller, ...s.offer, ...s.crypto, ...s.app, ...s.cta, ...s.link, ...s.price, ...s.phone, ...s.contact];
    const spans: NSpan[] = [];
    for (const e of evidence) if (!spans.some((x) => e.start < x.end && e.end > x.start)) spans.push(e);
    const data = { signals: present(s), channel: v.channel ?? '' };
    return spans.map((span) => findingAt(ctx, span, v.messageId, data, { basis: 'policy' }));
  },
};
