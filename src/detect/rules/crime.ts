import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import type { MessageId } from '../../locales/format.js';
import type { Rule, RuleFinding } from '../rule.js';
import { CONTEXT, findingAt, hitsIn, inside, LAW, type Legal, type NSpan, sceneOf, sentenceAt, tagIn } from './harm-context.js';
import { saleSignals } from './link-kinds.js';
import { phraseHits } from './phrase-hits.js';

const FILES = ['sv.crime', 'en.crime'];

/** What each kind of crime pattern says and which provision it rests on. */
const KINDS = {
  threat: { messageId: 'crime.threat', legal: LAW.olagaHot },
  incitement: { messageId: 'crime.incitement', legal: LAW.uppvigling },
  drugs: { messageId: 'crime.drugs', legal: LAW.narkotika },
  forgery: { messageId: 'crime.forgery', legal: LAW.urkundsforfalskning },
  weapons: { messageId: 'crime.weapons', legal: LAW.vapen },
  fraud: { messageId: 'crime.fraud', legal: LAW.penningtvatt },
} as const satisfies Record<string, { messageId: MessageId; legal: Legal }>;
type Kind = keyof typeof KINDS;

// Generic words ("knark", "drugs") never count by a price alone: "knark för 100 kr i Gimo" is a complaint.
const GENERIC_DRUG_ENTRIES = new Set(['context.drugs.sv.knark', 'context.drugs.en.drugs']);
// The hate rule's word lists of groups: "invandrarna borde hängas" is hets mot folkgrupp, filed as hate.
const GROUP_LISTS = ['context.groups.sv', 'context.groups.en'];
const GROUP_PASSIVE = new Set(['incite-passive']);

function violent(kind: Kind): boolean {
  return kind === 'threat' || kind === 'incitement';
}

/**
 * A drug named in the same sentence as a price or a way to reach the seller (app, phone): a sale even when
 * the offer is not phrased as one ("Hasch 100 kr/g, snap: …").
 */
function drugsByPrice(ctx: Parameters<Rule['detect']>[0], taken: readonly NSpan[]): LexiconHit[] {
  const scene = sceneOf(ctx);
  const drugs = hitsIn(ctx, CONTEXT.drugs).filter((h) => !GENERIC_DRUG_ENTRIES.has(h.entry.entry.id));
  if (drugs.length === 0) return [];
  const sale = saleSignals(ctx);
  const signals: NSpan[] = [...sale.prices, ...sale.phones, ...hitsIn(ctx, CONTEXT.apps)];
  return drugs.filter((d) => {
    if (taken.some((t) => inside(d, t))) return false;
    const s = sentenceAt(scene.sentences, d.start);
    return signals.some((x) => inside(x, s)) && !scene.inSentence(CONTEXT.discussion, d);
  });
}

/**
 * Uppmaningar till brott och brottslig verksamhet: threats (olaga hot), incitement to violence or arson
 * (uppvigling), and offers of narcotics, forged documents, weapons or money-mule deals. Threats need a first
 * person, a future and a target ("jag ska döda dig"); "skjuta upp beslutet" and "bränna löv" have none.
 */
export const crimeRule: Rule = {
  meta: {
    id: 'crime/phrase',
    category: 'crime',
    docs: {
      description: 'Threats, incitement to violence or arson, and sale offers of drugs, forged documents, weapons or bank accounts.',
      guideline: 'tillat-inte.brott',
      law: 'BrB 4 kap. 5 § (olaga hot); BrB 16 kap. 5 § (uppvigling); BBS-lagen (1998:112) 5 §',
    },
    messages: ['crime.threat', 'crime.incitement', 'crime.drugs', 'crime.forgery', 'crime.weapons', 'crime.fraud'],
  },
  detect(ctx) {
    const scene = sceneOf(ctx);
    const hits = phraseHits(ctx, FILES)
      .map((h) => [h, tagIn(h, KINDS)] as const)
      .filter((x): x is readonly [PatternHit, Kind] => x[1] !== undefined)
      // Threats before incitement, so a sentence that is both is reported as the threat it is.
      .sort(([a, ka], [b, kb]) => Number(ka !== 'threat') - Number(kb !== 'threat') || a.start - b.start);
    const groups = hitsIn(ctx, GROUP_LISTS);
    const findings: RuleFinding[] = [];
    const taken: NSpan[] = [];
    for (const [hit, kind] of hits) {
      if (taken.some((t) => inside(hit, t))) continue;
      if (violent(kind)) {
        // Game, pests and germs ("skjut vildsvinen") and a threat quoted in a report are not crimes here.
        if (scene.inSentence(CONTEXT.wildlife, hit) || scene.quoted(hit)) continue;
        if (GROUP_PASSIVE.has(hit.compiled.pattern.id) && groups.some((g) => inside(g, hit))) continue;
      } else if (scene.inSentence(CONTEXT.discussion, hit) || scene.negated(hit)) continue;
      const { messageId, legal } = KINDS[kind];
      findings.push(findingAt(ctx, hit, messageId, { pattern: hit.compiled.pattern.id, kind }, legal));
      taken.push(hit);
    }
    for (const d of drugsByPrice(ctx, taken)) {
      findings.push(findingAt(ctx, d, 'crime.drugs', { pattern: 'drug-with-price-or-contact', kind: 'drugs' }, LAW.narkotika));
    }
    return findings;
  },
};
