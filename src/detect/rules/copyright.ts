import type { Rule } from '../rule.js';
import { CONTEXT, findingAt, findingCollector, hitsIn, inside, LAW, type NSpan, sceneOf, sentenceAt, tagged } from './harm-context.js';
import { hostMentions, linksOf, saleSignals } from './link-kinds.js';
import { phraseHits } from './phrase-hits.js';

const LEXICONS = ['sv.copyright', 'en.copyright'];
const FILES = ['sv.copyright', 'en.copyright'];
const HOSTS = ['context.piracy-hosts'];

/** A long comment with newspaper furniture (byline, ©, "Läs också:") is a pasted article. */
const ARTICLE_LENGTH = 600;
const LONG_ARTICLE_LENGTH = 1500;
const ARTICLE_MARKERS = 2;
// "IPTV" counts beside one of these: a price, a contact, channels, a free trial.
const IPTV_CUES = /(?<!\p{L})(?:kanaler|channels|gratis|free|test|prova|trial|premium|månad|mån|month|abonnemang|subscription|whatsapp|telegram|dm|pm|beställ|order|köp|buy)/u;

/**
 * Olovligt bruk av upphovsrättsligt skyddat material: links to piracy sites, offers of pirated films,
 * series, books, music, matches and pirate TV, whole works shared, whole articles pasted in. A link to the
 * municipality or a news article, "se matchen gratis på SVT Play" and a one-sentence quote are not.
 */
export const copyrightRule: Rule = {
  meta: {
    id: 'copyright/piracy',
    category: 'copyright',
    docs: {
      description: 'Piracy links and offers (films, series, books, music, sports streams, pirate TV), whole works shared, whole articles pasted in.',
      guideline: 'tillat-inte.upphovsratt',
      law: 'Upphovsrättslagen (1960:729); BBS-lagen (1998:112) 5 §',
    },
    messages: ['copyright.host', 'copyright.piracy', 'copyright.article'],
  },
  detect(ctx) {
    const scene = sceneOf(ctx);
    const links = linksOf(ctx);
    const { findings, add: push } = findingCollector();
    for (const link of links) {
      if (link.piracy) push(link.normal, findingAt(ctx, link.normal, 'copyright.host', { host: link.host }, LAW.upphovsratt));
    }
    const intent = hitsIn(ctx, CONTEXT.intent);
    const pointsTo = (span: NSpan) => {
      const s = sentenceAt(scene.sentences, span.start);
      return intent.some((i) => inside(i, s) && !inside(i, span));
    };
    for (const m of hostMentions(ctx, HOSTS)) {
      // A piracy site named in prose counts when someone points to it, not when the news is discussed.
      if (scene.inSentence(CONTEXT.discussion, m) || !pointsTo(m)) continue;
      push(m, findingAt(ctx, m, 'copyright.host', { host: m.host }, LAW.upphovsratt));
    }
    const untrustedLink = links.some((l) => !l.trusted);
    let markers = 0;
    let firstMarker: NSpan | null = null;
    for (const hit of phraseHits(ctx, FILES)) {
      if (tagged(hit, 'article-marker')) {
        markers++;
        firstMarker ??= hit;
        continue;
      }
      if (scene.negated(hit)) continue;
      const id = hit.compiled.pattern.id;
      if (tagged(hit, 'article')) {
        push(hit, findingAt(ctx, hit, 'copyright.article', { pattern: id }, LAW.upphovsrattCitat));
        continue;
      }
      if (scene.inSentence(CONTEXT.discussion, hit)) continue;
      // "Se matchen gratis" needs somewhere to see it that is neither trusted nor legal (SVT Play, biblioteket).
      if (tagged(hit, 'free-watch') && (scene.inSentence(CONTEXT.legal, hit) || !(untrustedLink || pointsTo(hit)))) continue;
      push(hit, findingAt(ctx, hit, 'copyright.piracy', { pattern: id }, LAW.upphovsratt));
    }
    const length = ctx.normalised.text.length;
    if (firstMarker && ((length >= ARTICLE_LENGTH && markers >= ARTICLE_MARKERS) || (length >= LONG_ARTICLE_LENGTH && markers >= 1))) {
      push(firstMarker, findingAt(ctx, firstMarker, 'copyright.article', { pattern: 'article-markers', markers, length }, LAW.upphovsrattCitat));
    }
    // Whether the comment sells anything: asked only for an IPTV word.
    const selling = () => {
      const sale = saleSignals(ctx);
      return sale.prices.length + sale.phones.length + sale.contacts.length > 0;
    };
    for (const hit of hitsIn(ctx, LEXICONS)) {
      if (scene.negated(hit) || scene.inSentence(CONTEXT.discussion, hit) || scene.inSentence(CONTEXT.legal, hit)) continue;
      if (tagged(hit, 'iptv')) {
        const s = sentenceAt(scene.sentences, hit.start);
        const cue = IPTV_CUES.test(ctx.normalised.text.slice(s.start, s.end)) || selling() || hitsIn(ctx, CONTEXT.apps).length > 0;
        if (!cue) continue;
      } else if (!tagged(hit, 'piracy')) continue;
      push(hit, findingAt(ctx, hit, 'copyright.piracy', { entry: hit.entry.entry.id, form: hit.form }, LAW.upphovsratt));
    }
    return findings;
  },
};
