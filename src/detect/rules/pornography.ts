import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import type { MessageId } from '../../locales/format.js';
import type { Rule } from '../rule.js';
import { CONTEXT, findingAt, findingCollector, hitsIn, inside, LAW, type Legal, type NSpan, sceneOf, sentenceAt, tagIn } from './harm-context.js';
import { hostMentions, linksOf, saleSignals } from './link-kinds.js';
import { phraseHits } from './phrase-hits.js';

const LEXICONS = ['sv.pornography', 'en.pornography'];
const FILES = ['sv.pornography', 'en.pornography'];
const HOSTS = ['context.porn-hosts'];
const CTA_FILES = ['sv.commercial', 'en.commercial'];

/** What each tag of a pornography entry or pattern says, and the provision it rests on. */
const KINDS = {
  csam: { messageId: 'pornography.csam', legal: LAW.barnpornografi },
  ncii: { messageId: 'pornography.ncii', legal: LAW.integritetsintrang },
  porn: { messageId: 'pornography.porn', legal: LAW.policy },
  explicit: { messageId: 'pornography.explicit', legal: LAW.policy },
  topic: { messageId: 'pornography.porn', legal: LAW.policy },
} as const satisfies Record<string, { messageId: MessageId; legal: Legal }>;
type Kind = keyof typeof KINDS;

// Patterns that stand on their own; "intimate-of-person" also needs a word that passes the images on.
const NEEDS_INTENT = new Set(['intimate-of-person', 'intimate-scene']);
// A threat to spread someone's nudes is reported even beside "polisen": it is the threat that matters.
const IGNORES_DISCUSSION = new Set(['threat-to-share']);

/**
 * Pornografi: porn and sex-cam links and offers, sexual spam, explicit descriptions, requests for sexual
 * images; sexual material of children (BrB 16:10 a) and intimate images spread without consent (BrB 4:6 c)
 * rest on their laws. "Sex" (six), sexualundervisning, kåta (a Sami hut) and talk about porn filters are not.
 */
export const pornographyRule: Rule = {
  meta: {
    id: 'pornography/content',
    category: 'pornography',
    docs: {
      description: 'Pornographic links, offers and spam, explicit sexual content; child sexual material and intimate images spread without consent.',
      guideline: 'tillat-inte.vald-porr',
      law: 'BrB 16 kap. 10 a § (barnpornografibrott); BrB 4 kap. 6 c § (olaga integritetsintrång); BBS-lagen (1998:112) 5 §',
    },
    messages: ['pornography.porn', 'pornography.explicit', 'pornography.link', 'pornography.csam', 'pornography.ncii'],
  },
  detect(ctx) {
    const scene = sceneOf(ctx);
    const links = linksOf(ctx);
    const cta = phraseHits(ctx, CTA_FILES).filter((h) => h.compiled.pattern.tags.includes('cta'));
    // Read at the first question: most comments have nothing that needs it.
    let intent: NSpan[] | undefined;
    const intentSpans = (): NSpan[] => {
      if (intent === undefined) {
        const sale = saleSignals(ctx);
        intent = [...hitsIn(ctx, CONTEXT.intent), ...sale.phones, ...sale.prices];
      }
      return intent;
    };
    // Someone points to, offers or passes the material on in this sentence.
    const intends = (span: NSpan): boolean => {
      const s = sentenceAt(scene.sentences, span.start);
      return (
        links.some((l) => !l.trusted) ||
        cta.some((c) => inside(c, s)) ||
        intentSpans().some((i) => inside(i, s) && !inside(i, span))
      );
    };
    const { findings, add: push } = findingCollector();
    for (const link of links) {
      if (link.porn) push(link.normal, findingAt(ctx, link.normal, 'pornography.link', { host: link.host }));
    }
    for (const m of hostMentions(ctx, HOSTS)) {
      // A site named in prose counts when someone points to it ("kolla min onlyfans"), not in talk about it.
      if (!scene.inSentence(CONTEXT.discussion, m) && intends(m)) push(m, findingAt(ctx, m, 'pornography.link', { host: m.host }));
    }
    // Child material and non-consensual images first: they carry a legal duty and win an overlap.
    const order: Kind[] = ['csam', 'ncii', 'porn', 'explicit', 'topic'];
    const rank = (k: Kind) => order.indexOf(k);
    const tagged = <H extends LexiconHit | PatternHit>(list: readonly H[]) =>
      list.map((h) => [h, tagIn(h, KINDS)] as const).filter((x): x is readonly [H, Kind] => x[1] !== undefined);
    const patterns = tagged(phraseHits(ctx, FILES));
    const words = tagged(hitsIn(ctx, LEXICONS));
    const all = [...patterns, ...words].sort(([a, ka], [b, kb]) => rank(ka) - rank(kb) || a.start - b.start);
    for (const [hit, kind] of all) {
      const id = 'entry' in hit ? hit.entry.entry.id : hit.compiled.pattern.id;
      if (scene.negated(hit)) continue;
      if (!IGNORES_DISCUSSION.has(id) && scene.inSentence(CONTEXT.discussion, hit)) continue;
      if ((kind === 'topic' || NEEDS_INTENT.has(id)) && !intends(hit)) continue;
      const { messageId, legal } = KINDS[kind];
      const data: Record<string, string> = 'entry' in hit ? { entry: id, form: hit.form } : { pattern: id };
      push(hit, findingAt(ctx, hit, messageId, data, legal));
    }
    return findings;
  },
};
