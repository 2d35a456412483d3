import type { LexiconHit } from '../../lexicon/match.js';
import type { PatternHit } from '../../lexicon/patterns.js';
import { stripSwedishDiacritics } from '../../lexicon/variants.js';
import { toOriginalSpan } from '../../normalise/normalise.js';
import type { LexiconEntry } from '../../ruleset/schema.js';
import { compoundHead, compoundIndex, MIN_PART, personCompound } from '../context/compounds.js';
import { framing, isDistanced } from '../context/framing.js';
import { grammarFor, type Grammar } from '../context/grammar.js';
import { PROVISIONS, type Provision } from '../context/provisions.js';
import { aimOf, contextTags, findSubject, PERSONAL, type Aim, type Target } from '../context/targets.js';
import { wordAt, wordView, type WordView } from '../context/words.js';
import type { DetectionContext, Rule } from '../rule.js';
import { phraseHits } from './phrase-hits.js';
import { type KindedCandidate, kindedFindings } from '../context/kinded-findings.js';

/** The pattern files the insult rules read (and the hate ones, whose findings an insult defers to). */
const INSULT_PATTERN_FILES = ['insult.sv', 'insult.en', 'insult.any'];
const HATE_PATTERN_FILES = ['hate.sv', 'hate.en'];

/** Which insult rule a finding belongs to. */
type InsultKind = 'aimed' | 'accusation' | 'abuse';

type Candidate = KindedCandidate<InsultKind>;

function wordText(ctx: DetectionContext, start: number, end: number): string {
  const [s, e] = toOriginalSpan(ctx.normalised, start, end);
  return ctx.text.slice(s, e);
}

/** A literal noun read as someone's job: Swedish without an article ("han är clown"), or one before a place ("a clown at the fair"). */
function isJob(view: WordView, i: number, g: Grammar): boolean {
  const w = view.words[i]!;
  const before = i > 0 ? view.words[i - 1] : undefined;
  const after = view.words[i + 1];
  if (g.definiteEndings.length > 0 && before && g.copulas.has(before.text)) return true;
  const singular = g.definiteEndings.length > 0 ? !/(?:ar|er|or|na)$/u.test(w.text) : !w.text.endsWith('s');
  return singular && after !== undefined && after.clause === w.clause && g.prepositions.has(after.text);
}

/** "you're ALL useless", "ni är ALLIHOP inkompetenta": the target is many. */
function quantifiedBetween(view: WordView, from: number, to: number): boolean {
  for (let k = Math.min(from, to) + 1; k < Math.max(from, to); k++) if (QUANTIFIERS.has(view.words[k]!.text)) return true;
  return false;
}
const QUANTIFIERS: ReadonlySet<string> = new Set(['alla', 'allihop', 'allihopa', 'allesammans', 'all', 'both', 'båda']);

function targetData(ctx: DetectionContext, t: Target | null): string {
  return t ? wordText(ctx, t.word.start, t.word.end) : '';
}

/** Förtal for a claim about someone, förolämpning for calling someone names. */
function accusationProvision(entry: LexiconEntry, aim: Aim): Provision {
  if (aim.how !== 'predicate' && aim.how !== 'call') return PROVISIONS.forolampning;
  return entry.tags.includes('grave') ? PROVISIONS.grovtFortal : PROVISIONS.fortal;
}

interface WordCandidate {
  readonly entry: LexiconEntry;
  readonly start: number;
  readonly end: number;
  readonly slur: boolean;
}

function candidatesOf(ctx: DetectionContext, view: WordView, english: boolean): Map<number, WordCandidate> {
  const out = new Map<number, WordCandidate>();
  const index = english ? null : compoundIndex(ctx.ruleset.ruleset);
  for (const w of view.words) {
    const hit: LexiconHit | undefined =
      w.hits.find((h) => h.entry.category === 'insult') ?? w.hits.find((h) => h.entry.category === 'hate' && h.entry.entry.tags.includes('slur'));
    if (hit) {
      out.set(w.index, { entry: hit.entry.entry, start: hit.start, end: hit.end, slur: hit.entry.category === 'hate' });
      continue;
    }
    if (index && w.text.length >= 2 * MIN_PART) {
      const head = compoundHead(w, index);
      if (head) out.set(w.index, { entry: head, start: w.start, end: w.end, slur: false });
    }
  }
  return out;
}

/** An insult, or a hate slur, among the lexicon hits. */
const isCandidateHit = (h: LexiconHit) => h.entry.category === 'insult' || (h.entry.category === 'hate' && h.entry.entry.tags.includes('slur'));

/**
 * False when analyse surely finds nothing: no insult or slur hit, no insult phrase, no curse word (epithets) and,
 * in Swedish, no token ending in an insult or making an epithet compound. Read from the hits and tokens (the
 * word view's words are tokens), so most comments skip building the word view.
 */
function mayFindAny(ctx: DetectionContext, g: Grammar, english: boolean): boolean {
  if (ctx.hits.some(isCandidateHit) || phraseHits(ctx, INSULT_PATTERN_FILES).length > 0) return true;
  const index = english ? null : compoundIndex(ctx.ruleset.ruleset);
  return ctx.tokens.some(
    (t) =>
      g.curses.has(t.text) ||
      g.curses.has(stripSwedishDiacritics(t.text)) ||
      (index !== null && t.text.length >= 2 * MIN_PART && (compoundHead(t, index) !== null || personCompound(ctx, t, index))),
  );
}

function analyse(ctx: DetectionContext): Candidate[] {
  const code = ctx.language.code === 'en' ? 'en' : 'sv';
  const g: Grammar = grammarFor(code);
  if (!mayFindAny(ctx, g, code === 'en')) return [];
  const view = wordView(ctx);
  const out: Candidate[] = [];
  const keep = (c: Candidate) => {
    const f = framing(ctx, view, code, c.start, c.end);
    // A question about a crime ("tar han mutor?") asks, and police news reports: neither accuses.
    if (!isDistanced(f) && !(c.kind === 'accusation' && (f.question || f.lawReport))) out.push(c);
  };
  const hateWords = new Set<number>();
  for (const p of phraseHits(ctx, HATE_PATTERN_FILES)) {
    for (let k = wordAt(view, p.start); k >= 0 && k < view.words.length && view.words[k]!.start < p.end; k++) hateWords.add(k);
  }

  for (const [i, c] of candidatesOf(ctx, view, code === 'en')) {
    const w = view.words[i]!;
    const tags = c.entry.tags;
    const word = wordText(ctx, c.start, c.end);
    const disguised = word.toLowerCase() !== ctx.normalised.text.slice(c.start, c.end);
    const base = { word, form: ctx.normalised.text.slice(c.start, c.end), entry: c.entry.id, severity: c.entry.severity, disguised };
    const adjective = tags.includes('adjective');
    const literal = tags.includes('literal') || (c.slur && c.entry.tags.includes('needs-context'));
    const aim = aimOf(view, i, g, { kind: adjective ? 'adjective' : 'noun', literal });
    if (!aim) continue;
    const t = aim.target;
    if (t && (t.kind === 'first' || t.kind === 'generic' || t.kind === 'group' || t.kind === 'expletive')) continue;
    if (aim.how === 'predicate' && (!t || (adjective && !PERSONAL.has(t.kind)))) continue;
    if (aim.how === 'predicate' && literal && t && t.kind === 'other') continue;
    // "han är clown", "he is a clown at the circus": a literal noun as a job, not a name.
    if (aim.how === 'predicate' && literal && isJob(view, i, g)) continue;
    if (tags.includes('individual') && !(t && t.singular && PERSONAL.has(t.kind) && !quantifiedBetween(view, t.word.index, i))) continue;
    if (c.slur || hateWords.has(i)) {
      // Slurs and group compounds are the hate rules' finding; an insult too only when aimed at one person.
      const personal = aim.how === 'address' || aim.how === 'call' || (aim.how === 'predicate' && t?.kind === 'second');
      if (!personal) continue;
    }
    if (tags.includes('accusation')) {
      if (aim.how === 'pointer' || aim.how === 'demonstrative' || aim.how === 'comparison' || aim.how === 'role') continue;
      if (aim.how === 'predicate' && !(t && PERSONAL.has(t.kind) && !t.described)) continue;
      keep({
        kind: 'accusation',
        start: c.start,
        end: c.end,
        messageId: aim.how === 'predicate' || aim.how === 'call' ? 'insult.accusation' : 'insult.aimed',
        data: { ...base, target: targetData(ctx, t), how: aim.how },
        provision: accusationProvision(c.entry, aim),
      });
      continue;
    }
    keep({
      kind: 'aimed',
      start: c.start,
      end: c.end,
      messageId: t ? 'insult.aimed' : 'insult.vocative',
      data: { ...base, target: targetData(ctx, t), how: aim.how },
      provision: PROVISIONS.forolampning,
    });
  }

  // Epithets: a curse or an insult before a person noun, as one word or two ("idiotpolitiker", "satans byråkrater").
  const index = code === 'en' ? null : compoundIndex(ctx.ruleset.ruleset);
  for (const w of view.words) {
    const tags = contextTags(w);
    const person = tags.has('title') || tags.has('person') || tags.has('role');
    // An index of -1 is never read: V8 looks up "-1" as a property, and that site then reads every index slowly.
    const prev = w.index > 0 ? view.words[w.index - 1] : undefined;
    if (person && !tags.has('group') && prev && prev.clause === w.clause && (g.curses.has(prev.text) || g.curses.has(stripSwedishDiacritics(prev.text)))) {
      keep({ kind: 'aimed', start: prev.start, end: w.end, messageId: 'insult.epithet', data: { word: wordText(ctx, prev.start, w.end), form: `${prev.text} ${w.text}` }, provision: PROVISIONS.forolampning });
      continue;
    }
    const direct = w.hits.some((h) => h.entry.category === 'context');
    if (index && !direct && w.text.length >= 2 * MIN_PART && personCompound(ctx, w, index)) {
      keep({ kind: 'aimed', start: w.start, end: w.end, messageId: 'insult.epithet', data: { word: wordText(ctx, w.start, w.end), form: w.text }, provision: PROVISIONS.forolampning });
    }
  }

  for (const p of phraseHits(ctx, INSULT_PATTERN_FILES)) {
    const tags = p.compiled.pattern.tags;
    if (tags.includes('abuse')) {
      keep({ kind: 'abuse', start: p.start, end: p.end, messageId: 'insult.abuse', data: { phrase: wordText(ctx, p.start, p.end), pattern: p.compiled.pattern.id }, provision: PROVISIONS.forolampning });
    } else if (tags.includes('accusation')) {
      const subject = accusedSubject(view, p, g);
      if (!subject) continue;
      const span = p.groups.acc ?? p;
      keep({
        kind: 'accusation',
        start: span.start,
        end: span.end,
        messageId: 'insult.accusation',
        data: { word: wordText(ctx, span.start, span.end), target: targetData(ctx, subject), pattern: p.compiled.pattern.id, how: 'predicate' },
        provision: tags.includes('grave') ? PROVISIONS.grovtFortal : PROVISIONS.fortal,
      });
    }
  }
  return out;
}

/** The person an accusation phrase ("tar mutor") is said of: the subject before it ("Eva på socialtjänsten"). */
function accusedSubject(view: WordView, p: PatternHit, g: Grammar): Target | null {
  const first = view.words[wordAt(view, p.start)];
  if (!first) return null;
  let c = first.index;
  while (c > 0 && view.words[c - 1]!.clause === first.clause && AUXILIARIES.has(view.words[c - 1]!.text)) c--;
  const t = findSubject(view, c, g);
  // "den som misshandlar honom" describes anyone who would; an accusation needs someone in particular.
  if (!t || !PERSONAL.has(t.kind) || t.described) return null;
  for (let k = t.word.index + 1; k < first.index; k++) if (g.negations.has(view.words[k]!.text)) return null;
  return t;
}

/** Auxiliaries before an accused verb: "har tagit mutor", "has taken bribes". */
const AUXILIARIES: ReadonlySet<string> = new Set(['har', 'hade', 'has', 'have', 'had', 'is', 'was']);

const findingsOf = kindedFindings(analyse);

/**
 * Insult words aimed at a person: "du är en idiot", "din jävla idiot", "vilka clowner", "Anders är korkad",
 * "idiotpolitiker", "satans byråkrater". Criticism of decisions, plans and the municipality as an
 * institution is kept ("beslutet är idiotiskt"), as are self-criticism and negations ("du är ingen idiot").
 */
export const insultAimedRule: Rule = {
  meta: {
    id: 'insult/aimed-word',
    category: 'insult',
    docs: {
      description: 'Insults and personal attacks aimed at a person or identifiable people (du/ni, a name, an official), not at decisions.',
      guideline: 'tillat-inte.fortal',
      law: 'BrB 5 kap. 3 § (förolämpning)',
    },
    messages: ['insult.aimed', 'insult.vocative', 'insult.epithet'],
  },
  detect: (ctx) => findingsOf(ctx, 'aimed'),
};

/**
 * Accusations of crimes against a named or identifiable person: "Anders på tekniska är en tjuv",
 * "rektorn är pedofil", "kommunalrådet tar mutor" — förtal.
 */
export const insultAccusationRule: Rule = {
  meta: {
    id: 'insult/accusation',
    category: 'insult',
    docs: {
      description: 'Accusations of crimes against a named or identifiable person (förtal), and crime words used as names for someone.',
      guideline: 'tillat-inte.fortal',
      law: 'BrB 5 kap. 1–2 §§ (förtal, grovt förtal)',
    },
    messages: ['insult.accusation', 'insult.aimed'],
  },
  detect: (ctx) => findingsOf(ctx, 'accusation'),
};

/** Abuse aimed at the reader: "håll käften", "dra åt helvete", "fan ta dig", "fuck you". */
export const insultAbuseRule: Rule = {
  meta: {
    id: 'insult/abuse-phrase',
    category: 'insult',
    docs: {
      description: 'Abusive phrases aimed at the reader (håll käften, dra åt helvete, fan ta dig, fuck you).',
      guideline: 'tillat-inte.fortal',
      law: 'BrB 5 kap. 3 § (förolämpning)',
    },
    messages: ['insult.abuse'],
  },
  detect: (ctx) => findingsOf(ctx, 'abuse'),
};

