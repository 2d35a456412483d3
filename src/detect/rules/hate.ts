import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import { toOriginalSpan } from '../../normalise/normalise.js';
import type { Ruleset } from '../../ruleset/schema.js';
import { framing, isDistanced } from '../context/framing.js';
import { grammarFor, type Grammar } from '../context/grammar.js';
import { groundsOf, PROTECTED_GROUNDS, PROVISIONS } from '../context/provisions.js';
import { aimOf } from '../context/targets.js';
import { wordAt, wordView, type Word, type WordView } from '../context/words.js';
import type { DetectionContext, Rule } from '../rule.js';
import { phraseHits } from './phrase-hits.js';
import { type KindedCandidate, kindedFindings } from '../context/kinded-findings.js';

type HateKind = 'slur' | 'generalisation' | 'harassment';

/** The pattern files the hate rules read. */
const HATE_PATTERN_FILES = ['hate.sv', 'hate.en'];

type Candidate = KindedCandidate<HateKind>;

/** Group words (forms of `group`-tagged context entries, every language) and the grounds they are tagged with. */
const groupIndexes = new WeakMap<Ruleset, ReadonlyMap<string, readonly string[]>>();

function groupGrounds(ruleset: Ruleset): ReadonlyMap<string, readonly string[]> {
  const cached = groupIndexes.get(ruleset);
  if (cached) return cached;
  const index = new Map<string, string[]>();
  for (const lex of ruleset.lexicons) {
    if (lex.category !== 'context') continue;
    for (const e of lex.entries) {
      if (!e.tags.includes('group')) continue;
      for (const raw of [e.term, ...e.forms]) {
        const f = raw.toLowerCase();
        index.set(f, [...new Set([...(index.get(f) ?? []), ...groundsOf(e.tags)])]);
      }
    }
  }
  groupIndexes.set(ruleset, index);
  return index;
}

function original(ctx: DetectionContext, start: number, end: number): string {
  const [s, e] = toOriginalSpan(ctx.normalised, start, end);
  return ctx.text.slice(s, e);
}

/** Contempt right before a word ("jävla bög", "äckliga bögar"): a neutral word said as a slur. */
function contemptBefore(view: WordView, w: Word, g: Grammar): boolean {
  const prev = w.index > 0 ? view.words[w.index - 1] : undefined;
  if (!prev || prev.clause !== w.clause) return false;
  if (g.curses.has(prev.text)) return true;
  return prev.hits.some((h) => h.entry.category === 'profanity' || (h.entry.category === 'insult' && h.entry.entry.tags.includes('adjective')));
}

/** Plural forms speak of the group; a singular slur names one person. */
function pluralSlur(word: string, term: string): boolean {
  if (word === term) return /are$/u.test(term);
  return /(?:na|ar|or|s|z|rer)$/u.test(word) || (/er$/u.test(word) && !word.endsWith('ger'));
}

function groundsOfHit(ctx: DetectionContext, p: PatternHit): string[] {
  const group = p.groups.group?.text;
  const fromGroup = group ? (groupGrounds(ctx.ruleset.ruleset).get(group) ?? []) : [];
  return fromGroup.length > 0 ? [...fromGroup] : groundsOf(p.compiled.pattern.tags);
}

const isSlurHit = (h: LexiconHit) => h.entry.category === 'hate' && h.entry.entry.tags.includes('slur');

function analyse(ctx: DetectionContext): Candidate[] {
  // Through phraseHits: spaced-out or stretched words ("i n v a n d r a r e") and text without å, ä, ö also match.
  const phrases = phraseHits(ctx, HATE_PATTERN_FILES);
  // Nothing to read without a hate phrase or a slur: most comments then skip building the word view.
  if (phrases.length === 0 && !ctx.hits.some(isSlurHit)) return [];
  const english = ctx.language.code === 'en';
  const code = english ? 'en' : 'sv';
  const g = grammarFor(code);
  const view = wordView(ctx);
  const out: Candidate[] = [];
  const inPattern = new Set<number>();

  for (const p of phrases) {
    const tags = p.compiled.pattern.tags;
    const f = framing(ctx, view, code, p.start, p.end);
    if (isDistanced(f)) continue;
    for (let k = wordAt(view, p.start); k >= 0 && k < view.words.length && view.words[k]!.start < p.end; k++) inPattern.add(k);
    const phrase = original(ctx, p.start, p.end);
    if (tags.includes('sexual-harassment')) {
      out.push({ kind: 'harassment', start: p.start, end: p.end, messageId: 'hate.sexualHarassment', data: { phrase, pattern: p.compiled.pattern.id }, provision: PROVISIONS.sexuelltOfredande });
      continue;
    }
    const grounds = groundsOfHit(ctx, p);
    const protectedGround = grounds.some((gr) => PROTECTED_GROUNDS.has(gr));
    if (tags.includes('protected-only') && !protectedGround) continue;
    const sexist = !protectedGround && grounds.includes('gender');
    out.push({
      kind: 'generalisation',
      start: p.start,
      end: p.end,
      messageId: sexist ? 'hate.sexist' : 'hate.generalisation',
      data: { phrase, group: p.groups.group ? original(ctx, p.groups.group.start, p.groups.group.end) : '', ground: grounds.join(', '), pattern: p.compiled.pattern.id },
      provision: protectedGround ? PROVISIONS.hetsMotFolkgrupp : tags.includes('aimed') ? PROVISIONS.ofredande : PROVISIONS.guidelineOnly,
    });
  }

  for (const w of view.words) {
    const hit = w.hits.find(isSlurHit);
    if (!hit) continue;
    const entry = hit.entry.entry;
    const aim = aimOf(view, w.index, g, { kind: 'noun', literal: true });
    const aimed = aim !== null && aim.how !== 'predicate' ? true : aim?.how === 'predicate' && aim.target?.kind === 'second';
    if (entry.tags.includes('needs-context')) {
      // Also said neutrally ("jag är bög", "homo- och bisexuella"): only at someone or with contempt.
      if (inPattern.has(w.index)) continue;
      if (!aimed && !contemptBefore(view, w, g)) continue;
    }
    const f = framing(ctx, view, code, hit.start, hit.end);
    if (isDistanced(f) || f.reported) continue;
    const word = original(ctx, hit.start, hit.end);
    const form = ctx.normalised.text.slice(hit.start, hit.end);
    const plural = pluralSlur(form, entry.term.toLowerCase());
    // A slur at one person is förolämpning; said of the group it expresses contempt for the group (16:8).
    const provision = plural ? PROVISIONS.hetsMotFolkgrupp : aimed ? PROVISIONS.forolampning : PROVISIONS.guidelineOnly;
    out.push({
      kind: 'slur',
      start: hit.start,
      end: hit.end,
      messageId: word.toLowerCase() === form ? 'hate.slur' : 'hate.slurObfuscated',
      data: { word, form, entry: entry.id, severity: entry.severity, ground: groundsOf(entry.tags).join(', ') },
      provision,
    });
  }
  return out;
}

const findingsOf = kindedFindings(analyse);

/** Slurs for groups protected by hets mot folkgrupp, also disguised; neutral-sounding ones only with contempt. */
export const hateSlurRule: Rule = {
  meta: {
    id: 'hate/slur',
    category: 'hate',
    docs: {
      description: 'Slurs for ethnic, religious and sexual-orientation groups, also disguised; words some use neutrally only when aimed or said with contempt.',
      guideline: 'tillat-inte.hets',
      law: 'BrB 16 kap. 8 § (hets mot folkgrupp); BBS-lagen (1998:112) 5 §',
    },
    messages: ['hate.slur', 'hate.slurObfuscated'],
  },
  detect: (ctx) => findingsOf(ctx, 'slur'),
};

/**
 * Generalisations of contempt about a group, with or without slurs: "alla invandrare är kriminella",
 * "muslimer borde utvisas", "kvinnor ska inte få rösta". Negated or quoted-to-condemn statements are kept.
 */
export const hateGeneralisationRule: Rule = {
  meta: {
    id: 'hate/generalisation',
    category: 'hate',
    docs: {
      description: 'Contemptuous generalisations about groups (hets mot folkgrupp) and sexist statements, unless negated or quoted to condemn them.',
      guideline: 'tillat-inte.hets',
      law: 'BrB 16 kap. 8 § (hets mot folkgrupp); BBS-lagen (1998:112) 5 §',
    },
    messages: ['hate.generalisation', 'hate.sexist'],
  },
  detect: (ctx) => findingsOf(ctx, 'generalisation'),
};

/** Sexual harassment aimed at a person: "visa tuttarna", "jag vill knulla dig", "hoppas du blir våldtagen". */
export const hateSexualHarassmentRule: Rule = {
  meta: {
    id: 'hate/sexual-harassment',
    category: 'hate',
    docs: {
      description: 'Sexual harassment aimed at a person (sexuellt ofredande): demands for nude pictures, sexual propositions, wishing rape on someone.',
      guideline: 'tillat-inte.hets',
      law: 'BrB 6 kap. 10 § (sexuellt ofredande)',
    },
    messages: ['hate.sexualHarassment'],
  },
  detect: (ctx) => findingsOf(ctx, 'harassment'),
};
