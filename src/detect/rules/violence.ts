import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import type { Rule } from '../rule.js';
import { CONTEXT, findingAt, findingCollector, hitsIn, inside, LAW, type NSpan, sceneOf, sentenceAt, tagged } from './harm-context.js';
import { hostMentions, linksOf } from './link-kinds.js';
import { phraseHits } from './phrase-hits.js';

const LEXICONS = ['sv.violence', 'en.violence'];
const FILES = ['sv.violence', 'en.violence'];
const HOSTS = ['context.gore-hosts'];

/**
 * Graphic details count two together, or one beside a violent act in its sentence: "blodet rann när jag
 * halkade" is an accident, "han knivhögg honom och blodet sprutade" is a depiction.
 */
function graphic(ctx: Parameters<Rule['detect']>[0], gore: readonly (LexiconHit | PatternHit)[]): (LexiconHit | PatternHit)[] {
  if (gore.length === 0) return [];
  const scene = sceneOf(ctx);
  const acts = hitsIn(ctx, CONTEXT.acts);
  const distinct = new Set(gore.map((g) => ('entry' in g ? g.entry.entry.id : `${g.compiled.pattern.id}@${g.start}`)));
  return gore.filter((g) => {
    if (scene.inSentence(CONTEXT.discussion, g) || scene.inSentence(CONTEXT.wildlife, g)) return false;
    const s = sentenceAt(scene.sentences, g.start);
    return distinct.size >= 2 || acts.some((a) => inside(a, s) && !inside(a, g));
  });
}

/**
 * Olovliga våldsskildringar: sharing recordings of grave violence (BrB 16:10 c), graphic depictions, and
 * wishing for or applauding violence against people. News about a crime ("en man knivhöggs i Gimo") is not
 * a depiction; hunting and pests are not violence against people.
 */
export const violenceRule: Rule = {
  meta: {
    id: 'violence/depiction',
    category: 'violence',
    docs: {
      description: 'Recordings of grave violence shared or linked, graphic depictions of violence, wishes for and approval of violence against people.',
      guideline: 'tillat-inte.vald-porr',
      law: 'BrB 16 kap. 10 c § (olaga våldsskildring); BBS-lagen (1998:112) 5 §',
    },
    messages: ['violence.media', 'violence.host', 'violence.graphic', 'violence.glorify'],
  },
  detect(ctx) {
    const scene = sceneOf(ctx);
    const { findings, add: push } = findingCollector();
    for (const link of linksOf(ctx)) {
      if (link.gore) push(link.normal, findingAt(ctx, link.normal, 'violence.host', { host: link.host }, LAW.valdsskildring));
    }
    for (const m of hostMentions(ctx, HOSTS)) push(m, findingAt(ctx, m, 'violence.host', { host: m.host }, LAW.valdsskildring));
    const acts = hitsIn(ctx, CONTEXT.acts);
    const actNear = (span: NSpan) => {
      const s = sentenceAt(scene.sentences, span.start);
      return acts.some((a) => inside(a, s) && !inside(a, span));
    };
    const gore: (LexiconHit | PatternHit)[] = [];
    for (const hit of phraseHits(ctx, FILES)) {
      if (tagged(hit, 'gore')) {
        gore.push(hit);
        continue;
      }
      if (scene.inSentence(CONTEXT.wildlife, hit) || scene.quoted(hit)) continue;
      if (tagged(hit, 'gore-strong')) {
        if (!scene.inSentence(CONTEXT.discussion, hit)) push(hit, findingAt(ctx, hit, 'violence.graphic', { pattern: hit.compiled.pattern.id, form: hit.match }, LAW.policy));
        continue;
      }
      if (tagged(hit, 'media') && !scene.inSentence(CONTEXT.discussion, hit) && !scene.negated(hit)) {
        push(hit, findingAt(ctx, hit, 'violence.media', { pattern: hit.compiled.pattern.id }, LAW.valdsskildring));
      } else if (tagged(hit, 'glorify')) {
        push(hit, findingAt(ctx, hit, 'violence.glorify', { pattern: hit.compiled.pattern.id }, LAW.policy));
      } else if (tagged(hit, 'approval') && actNear(hit)) {
        // "Han fick vad han förtjänade när de slog ihjäl honom": praise beside a violent act.
        push(hit, findingAt(ctx, hit, 'violence.glorify', { pattern: hit.compiled.pattern.id }, LAW.policy));
      }
    }
    for (const hit of hitsIn(ctx, LEXICONS)) {
      if (tagged(hit, 'gore')) {
        gore.push(hit);
        continue;
      }
      if (!tagged(hit, 'media') || scene.inSentence(CONTEXT.discussion, hit) || scene.negated(hit)) continue;
      push(hit, findingAt(ctx, hit, 'violence.media', { entry: hit.entry.entry.id, form: hit.form }, LAW.valdsskildring));
    }
    for (const g of graphic(ctx, gore)) {
      push(g, findingAt(ctx, g, 'violence.graphic', 'entry' in g ? { entry: g.entry.entry.id, form: g.form } : { pattern: g.compiled.pattern.id, form: g.match }, LAW.policy));
    }
    return findings;
  },
};
