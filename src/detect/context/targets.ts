import type { Grammar } from './grammar.js';
import { sentenceInitial, type Word, type WordView } from './words.js';

/** Who a word stands for, as far as an insult is concerned. */
export type TargetKind =
  | 'second' // du, ni, you
  | 'third' // han, hon, hen, de
  | 'title' // kommunalrådet, handläggaren, the mayor
  | 'person' // grannen, killen, the guy
  | 'name' // Anders, Eva Svensson
  | 'first' // jag, vi: self-criticism
  | 'generic' // man, folk, någon
  | 'group' // invandrare, kvinnor: the hate rules' business
  | 'expletive' // det, detta, it
  | 'other';

/** A subject or addressee and the word it was read from. */
export interface Target {
  readonly kind: TargetKind;
  readonly word: Word;
  /** True when it names one person (du, han, Anders, handläggaren). */
  readonly singular: boolean;
  /** "den som …", "whoever …": someone described, not someone named. */
  readonly described?: true;
}

/** Kinds that denote people who can be insulted. */
export const PERSONAL: ReadonlySet<TargetKind> = new Set(['second', 'third', 'title', 'person', 'name']);

/**
 * The tags of the context-lexicon hits on a word (targets, groups), and of a title it ends with.
 *
 * @example
 * contextTags(wordView(ctx).words[0]).has('second-person') // true for "du"
 */
export function contextTags(w: Word): ReadonlySet<string> {
  // Read once per word in wordView: a cache here cost a WeakMap look-up per call.
  return w.tags;
}

/**
 * True when the word carries a lexicon hit of `category` (and, if given, a hit tagged `tag`).
 *
 * @example
 * hasHit(word, 'insult', 'noun') // true for "idiot"
 */
export function hasHit(w: Word, category: string, tag?: string): boolean {
  return w.hits.some((h) => h.entry.category === category && (tag === undefined || h.entry.entry.tags.includes(tag)));
}

function definitePlural(w: Word, g: Grammar): boolean {
  return g.definiteEndings.length > 0 && /(?:na|ne)$/u.test(w.text);
}

function definiteSingular(w: Word, g: Grammar): boolean {
  // English has no definite endings: "the mayor" is one, "the officials" many.
  if (g.definiteEndings.length === 0) return !w.text.endsWith('s');
  return /(?:en|et|rn|n)$/u.test(w.text) && !definitePlural(w, g);
}

/**
 * What kind of target a single word is: pronoun, title, person noun, name, group, a thing, or other.
 * A capitalised word counts as a name mid-sentence, before another capitalised word, or when it is a
 * common given name.
 *
 * @example
 * classify(view, view.words[0], grammarFor('sv')).kind // 'second' for "du"
 */
export function classify(view: WordView, w: Word, g: Grammar, afterPhrase = false): Target {
  const tags = contextTags(w);
  const plural = tags.has('plural');
  const make = (kind: TargetKind, singular: boolean): Target => ({ kind, word: w, singular });
  if (tags.has('second-person')) return make('second', !plural && !tags.has('possessive'));
  if (tags.has('third-person')) return make('third', tags.has('singular'));
  if (tags.has('first-person')) return make('first', false);
  if (tags.has('generic')) return make('generic', false);
  if (tags.has('group')) return make('group', false);
  // "role" tags the officials' roles the personal-data rules know (socialchefen, nämndordföranden).
  if (tags.has('title') || tags.has('role')) return make('title', definiteSingular(w, g));
  if (tags.has('person')) return make('person', definiteSingular(w, g));
  if (g.expletives.has(w.text)) return make('expletive', false);
  if (tags.has('first-name')) return make('name', true);
  if (w.capitalised && !hasHit(w, 'insult') && !hasHit(w, 'hate')) {
    const next = view.words[w.index + 1];
    const initial = sentenceInitial(view, w);
    const prev = w.index > 0 ? view.words[w.index - 1] : undefined;
    const afterPreposition = prev !== undefined && prev.sentence === w.sentence && g.prepositions.has(prev.text);
    if (!initial && !afterPreposition) return make('name', true);
    if (next && next.sentence === w.sentence && next.capitalised) return make('name', true);
    if (afterPhrase) return make('name', true);
  }
  return make('other', false);
}

/**
 * The subject of the copula at `c`: the word before it (past adverbs and a prepositional phrase, as in
 * "Anders på tekniska är …"), or the word after it in a question ("är du …"). Null when the clause has none.
 *
 * @example
 * findSubject(view, 1, grammarFor('sv'))?.kind // 'second' for "du är en idiot"
 */
export function findSubject(view: WordView, c: number, g: Grammar): Target | null {
  const words = view.words;
  const cop = words[c]!;
  let k = c - 1;
  const inClause = (j: number) => j >= 0 && words[j]!.clause === cop.clause;
  while (inClause(k) && (g.subjectSkips.has(words[k]!.text) || g.negations.has(words[k]!.text))) k--;
  // "sluta vara så korkade", "stop being idiots": an imperative speaks to the reader.
  if (inClause(k) && IMPERATIVES.has(words[k]!.text)) return { kind: 'second', word: words[k]!, singular: false };
  // "ni alla", "you all": a quantifier after a pronoun belongs to it, and makes it many.
  let many = false;
  if (inClause(k) && (words[k]!.text === 'alla' || words[k]!.text === 'all' || words[k]!.text === 'allihop') && inClause(k - 1)) {
    k--;
    many = true;
  }
  if (inClause(k)) {
    let afterPhrase = false;
    // Skip one prepositional phrase of one or two words: "Anders på tekniska", "killen i kassan på ICA".
    for (let hop = 0; hop < 2; hop++) {
      if (inClause(k - 1) && g.prepositions.has(words[k - 1]!.text) && inClause(k - 2)) {
        k -= 2;
        afterPhrase = true;
      } else if (inClause(k - 2) && g.prepositions.has(words[k - 2]!.text) && inClause(k - 3) && !g.copulas.has(words[k - 1]!.text)) {
        k -= 3;
        afterPhrase = true;
      } else break;
    }
    const t0 = classify(view, words[k]!, g, afterPhrase);
    const t = many ? { ...t0, singular: false } : t0;
    // "ni politiker", "you people": a pronoun before a noun is the real subject.
    if ((t.kind === 'person' || t.kind === 'title' || t.kind === 'generic' || t.kind === 'group') && inClause(k - 1)) {
      const before = classify(view, words[k - 1]!, g);
      if (before.kind === 'second' || before.kind === 'third') return before;
    }
    if (t.kind === 'other' || t.kind === 'expletive') {
      // "du som jobbar på växeln är …", "den som klottrat är …", "whoever approved this is …": the subject
      // stands before the relative clause, and "den som" is someone.
      for (let j = k; inClause(j) && j >= k - 6; j--) {
        const r = words[j]!.text;
        if (r === 'whoever') return { kind: 'third', word: words[j]!, singular: true, described: true };
        if (r !== 'som' && r !== 'who') continue;
        if (!inClause(j - 1)) break;
        const head = words[j - 1]!;
        if (RELATIVE_HEADS.has(head.text)) return { kind: 'third', word: head, singular: head.text === 'den', described: true };
        return classify(view, head, g);
      }
    }
    return t;
  }
  // Inverted question: "är du en idiot?", "are you stupid?"
  let n = c + 1;
  while (n < words.length && words[n]!.clause === cop.clause && g.subjectSkips.has(words[n]!.text)) n++;
  const after = words[n];
  if (after && after.clause === cop.clause) {
    const t = classify(view, after, g);
    if (t.kind !== 'other' && t.kind !== 'expletive') return t;
  }
  return null;
}

/** Endings of adjectives (gamla, arroganta, riktig, useless): an unknown word between "en" and a noun must look like one. */
const ADJECTIVE_LIKE = /(?:a|e|ig|isk|lig|sk|ad|ande|ende|y|ful|less|ous|ive|ic|al|ed|ing|ish|ble|est|ant|ent|ist)$/u;
/** Conjunctions joining two descriptions ("lat och korkad", "complete and utter"). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['och', 'men', 'samt', 'and', 'but']);

/** Imperatives that put the reader in a predicate ("sluta vara …"). */
const IMPERATIVES: ReadonlySet<string> = new Set(['sluta', 'stop', 'quit']);
/** Pronouns that, before a relative clause, mean someone ("den som", "de som", "those who"). */
const RELATIVE_HEADS: ReadonlySet<string> = new Set(['den', 'de', 'dom', 'those', 'anyone', 'everyone', 'one']);

/** Collective nouns that count people ("ett gäng idioter"). */
const QUANTITIES: ReadonlySet<string> = new Set(['gäng', 'hop', 'samling', 'bunt', 'skock', 'massa', 'bunch', 'pack', 'load', 'lot', 'band']);
const ARTICLES: ReadonlySet<string> = new Set(['en', 'ett', 'a', 'an', 'the', 'ena']);

/** How an insult word was found to be aimed at someone. */
export type AimHow = 'predicate' | 'address' | 'exclamative' | 'demonstrative' | 'pointer' | 'role' | 'vocative' | 'call' | 'comparison' | 'apposition';

/** The target an insult word is aimed at, and how that was read. */
export interface Aim {
  readonly how: AimHow;
  readonly target: Target | null;
}

/** What the rules ask about a candidate word. */
export interface AimQuery {
  /** Noun (names a person) or adjective (describes one). */
  readonly kind: 'noun' | 'adjective';
  /** An ordinary word too (gris, clown): only a direct address or a predicate counts. */
  readonly literal: boolean;
}

function isModifier(w: Word, g: Grammar): boolean {
  if (g.fillers.has(w.text) || g.curses.has(w.text)) return true;
  return w.hits.some((h) => h.entry.category === 'profanity' || (h.entry.category === 'insult' && h.entry.entry.tags.includes('adjective')));
}

function isDefinite(view: WordView, w: Word, g: Grammar): boolean {
  // English marks it before the noun: "the idiots at the council".
  if (g.definiteEndings.length === 0) return /^(?:the|those|these)$/u.test((w.index > 0 ? view.words[w.index - 1]?.text : undefined) ?? '') || w.text.endsWith('s');
  return g.definiteEndings.some((e) => w.text.length > e.length + 2 && w.text.endsWith(e));
}

/** Most words a vocative clause holds besides fillers ("Fega jävla idioter, ni!"); longer clauses are sentences. */
const MAX_BARE_WORDS = 4;
const blockerCache = new WeakMap<WordView, Map<number, readonly number[] | null>>();
const secondCache = new WeakMap<WordView, Map<number, readonly number[]>>();

function cached<T>(store: WeakMap<WordView, Map<number, T>>, view: WordView, key: number, make: () => T): T {
  let map = store.get(view);
  if (!map) {
    map = new Map();
    store.set(view, map);
  }
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** The words of a clause that are not fillers, insults, interjections or "din": null when there are too many. */
function clauseBlockers(view: WordView, i: number, g: Grammar): readonly number[] | null {
  return cached(blockerCache, view, view.clauseFirst[i]!, () => {
    const out: number[] = [];
    for (let k = view.clauseFirst[i]!; k <= view.clauseLast[i]!; k++) {
      const o = view.words[k]!;
      if (isModifier(o, g) || g.exclamatives.has(o.text) || g.demonstratives.has(o.text)) continue;
      if (hasHit(o, 'insult', 'noun')) continue; // "idiot idiot idiot"
      if (INTERJECTIONS.has(o.text)) continue;
      const t = classify(view, o, g);
      if (t.kind === 'second' && contextTags(o).has('possessive')) continue; // "din idiot"
      out.push(k);
      if (out.length > MAX_BARE_WORDS) return null;
    }
    return out;
  });
}

const INTERJECTIONS: ReadonlySet<string> = new Set(['fy', 'hej', 'hallå', 'oj', 'åh', 'oh', 'hey', 'ugh']);

/** True when the candidate's clause holds nothing but it and fillers: a bare vocative ("Fega jävlar!", "idiot du!"). */
function bareClause(view: WordView, i: number, g: Grammar): boolean {
  const blockers = clauseBlockers(view, i, g);
  if (blockers === null) return false;
  return blockers.every((k) => {
    if (k === i) return true;
    const o = view.words[k]!;
    if (k < i) return ADJECTIVE_LIKE.test(o.text) && !g.stops.has(o.text); // "Fega jävlar!"
    return classify(view, o, g).kind === 'second'; // "idiot du!"
  });
}

/** True when the word's sentence addresses someone (du, ni, you) in another word. */
function sentenceHasSecondPerson(view: WordView, w: Word, g: Grammar): boolean {
  const seconds = cached(secondCache, view, view.sentenceFirst[w.index]!, () => {
    const out: number[] = [];
    for (let k = view.sentenceFirst[w.index]!; k <= view.sentenceLast[w.index]! && out.length < 2; k++) {
      if (classify(view, view.words[k]!, g).kind === 'second') out.push(k);
    }
    return out;
  });
  return seconds.some((k) => k !== w.index);
}

function clauseFinal(view: WordView, i: number): boolean {
  return view.clauseLast[i] === i;
}

/**
 * Reads whether the insult word at `i` is aimed at someone: a predicate of a personal subject ("du är en
 * idiot", "Anders på tekniska är korkad"), a direct address ("din idiot", "ni clowner"), an exclamation
 * ("vilka idioter"), a pointer ("den där idioten", "idioterna på kommunen"), a role ("idiot till chef"), a
 * vocative ("Idiot!"), or a calling ("jag kallar dig idiot"). Returns null when it is not, or is negated
 * ("du är ingen idiot").
 *
 * @example
 * aimOf(view, 3, grammarFor('sv'), { kind: 'noun', literal: false })?.target?.kind // 'second' for "du är en idiot"
 */
export function aimOf(view: WordView, i: number, g: Grammar, q: AimQuery): Aim | null {
  const words = view.words;
  const w = words[i]!;
  const inClause = (j: number) => j >= 0 && j < words.length && words[j]!.clause === w.clause;
  const next = words[i + 1];
  const nextInClause = next !== undefined && next.clause === w.clause;

  // "vilken idiot som helst", "any idiot could": generic, not aimed.
  for (const seq of g.genericAfter) if (seq.every((s, k) => words[i + 1 + k]?.text === s)) return null;

  if (q.kind === 'adjective') {
    // Attributive: the adjective describes the noun after it, which must be a person ("korkade politiker").
    let n = i + 1;
    while (inClause(n) && n <= i + 3 && isModifier(words[n]!, g)) n++;
    if (inClause(n) && !g.adjectiveEnds.has(words[n]!.text) && !g.negations.has(words[n]!.text)) {
      const t = classify(view, words[n]!, g);
      const personNoun = t.kind === 'title' || t.kind === 'person' || hasHit(words[n]!, 'insult', 'noun') || hasHit(words[n]!, 'hate', 'slur');
      if (!personNoun) return null;
      if (t.kind === 'group') return null;
      return { how: 'apposition', target: t.kind === 'title' || t.kind === 'person' ? t : null };
    }
    if (inClause(n) && n > i + 1) return null;
    if (next && nextInClause && (next.text === 'av' || next.text === 'by')) return null; // "störd av bullret": passive
    // "så korkad som du", "as stupid as you": compared with someone.
    if (next && nextInClause && (g.comparisons.has(next.text) || next.text === 'as') && inClause(i + 2)) {
      const t = classify(view, words[i + 2]!, g);
      if (PERSONAL.has(t.kind)) return { how: 'comparison', target: t };
    }
  }

  // Look back over modifiers to the word that governs the candidate.
  let j = i - 1;
  let steps = 0;
  let negated = false;
  let copula = -1;
  let governor: Word | undefined;
  let cursed = false;
  while (inClause(j) && steps < 5) {
    const o = words[j]!;
    if (g.negations.has(o.text)) {
      // "inget annat än en idiot" is no negation.
      if (!(words[j + 1]?.text === 'annat' && words[j + 2]?.text === 'än')) negated = true;
      j--;
      steps++;
      continue;
    }
    if (g.copulas.has(o.text)) {
      copula = j;
      break;
    }
    // "lat och korkad", "snygg men dum", "complete and utter": the first description belongs to the same predicate.
    const before = j > 0 ? words[j - 1] : undefined;
    const beforeThat = j > 1 ? words[j - 2] : undefined;
    const described =
      before !== undefined && inClause(j - 1) && !g.stops.has(before.text) &&
      (isModifier(before, g) || ADJECTIVE_LIKE.test(before.text) || hasHit(before, 'insult') || (beforeThat !== undefined && inClause(j - 2) && g.copulas.has(beforeThat.text)));
    if (CONJUNCTIONS.has(o.text) && described) {
      j -= 2;
      steps += 2;
      continue;
    }
    // "för ful", "too stupid": an adverb before an adjective.
    if (q.kind === 'adjective' && (o.text === 'för' || o.text === 'too') && j === i - 1) {
      j--;
      steps++;
      continue;
    }
    const t = classify(view, o, g);
    if (t.kind !== 'other' && t.kind !== 'expletive' && !isModifier(o, g)) {
      governor = o;
      break;
    }
    // "ni är ett gäng idioter", "you're a bunch of clowns": a quantity after an article belongs to a predicate.
    const prevText = (j > 0 ? words[j - 1]?.text : undefined) ?? '';
    if (QUANTITIES.has(o.text) && inClause(j - 1) && (ARTICLES.has(prevText) || g.copulas.has(prevText))) {
      j--;
      steps++;
      continue;
    }
    if (g.exclamatives.has(o.text) || g.demonstratives.has(o.text) || g.callVerbs.has(o.text) || g.comparisons.has(o.text)) {
      governor = o;
      break;
    }
    if (isModifier(o, g) || (!g.stops.has(o.text) && steps < 2 && q.kind === 'noun' && ADJECTIVE_LIKE.test(o.text))) {
      if (g.curses.has(o.text) || o.hits.some((h) => h.entry.category === 'profanity')) cursed = true;
      j--;
      steps++;
      continue;
    }
    governor = o;
    break;
  }
  if (negated) return null;

  if (copula >= 0) {
    const subject = findSubject(view, copula, g);
    if (subject) {
      // Negation between subject and copula: "du har aldrig varit en idiot".
      for (let k = subject.word.index + 1; k < copula; k++) if (g.negations.has(words[k]!.text)) return null;
      return { how: 'predicate', target: subject };
    }
    return null;
  }

  // "vad är du för ett pucko?": the pronoun before "för" is who is meant.
  if (governor && governor.text === 'för' && q.kind === 'noun') {
    const before = words[governor.index - 1];
    if (before && inClause(before.index) && words.slice(Math.max(0, governor.index - 4), governor.index).some((o) => o.text === 'vad' && o.clause === w.clause)) {
      const t = classify(view, before, g);
      if (PERSONAL.has(t.kind)) return { how: 'predicate', target: t };
    }
  }

  // "Jävla idioter på tekniska!": a cursed noun opening its clause is an exclamation at someone.
  if (!governor && q.kind === 'noun' && !q.literal && cursed && !inClause(j)) return { how: 'exclamative', target: null };

  if (governor) {
    const t = classify(view, governor, g);
    // "är du en idiot?": the pronoun after a copula is the subject of a question.
    if (t.kind !== 'other' && t.kind !== 'expletive') {
      const before = words[governor.index - 1];
      if (before && inClause(before.index) && g.copulas.has(before.text) && t.kind !== 'group') {
        for (let k = governor.index + 1; k < i; k++) if (g.negations.has(words[k]!.text)) return null;
        return { how: 'predicate', target: t };
      }
    }
    if (q.kind === 'noun') {
      if (t.kind === 'second') {
        // "din gris har rymt" is someone's pig; "ni clowner" and "du gris" are names.
        if (q.literal && contextTags(governor).has('possessive') && !clauseFinal(view, i)) return null;
        return { how: 'address', target: t };
      }
      const beforeGov = words[governor.index - 1];
      if ((t.kind === 'third' || t.kind === 'name' || t.kind === 'title' || t.kind === 'person') && beforeGov && inClause(beforeGov.index) && g.callVerbs.has(beforeGov.text)) {
        const caller = words[beforeGov.index - 1];
        const callerKind = caller && inClause(caller.index) ? classify(view, caller, g).kind : null;
        if (callerKind === 'first' || callerKind === null) return { how: 'call', target: t };
        return null;
      }
      if (g.exclamatives.has(governor.text)) {
        // "vilken gris!", "vilken nolla du är", "vilka clowner som styr": literal words need one of these.
        const after = words[i + 1];
        const afterKind = after && nextInClause ? classify(view, after, g).kind : null;
        const relative = after !== undefined && nextInClause && g.pointers.has(after.text) && after.text === (g.definiteEndings.length > 0 ? 'som' : 'who');
        if (afterKind === 'first' || afterKind === 'generic') return null; // "vilken idiot jag är"
        if (q.literal && !clauseFinal(view, i) && afterKind !== 'second' && afterKind !== 'third' && !relative) return null;
        return { how: 'exclamative', target: afterKind === 'second' || afterKind === 'third' ? classify(view, after!, g) : null };
      }
      if (!q.literal && (g.demonstratives.has(governor.text) || (governor.text === 'där' && /^(?:den|det|de|dom)$/u.test(words[governor.index - 1]?.text ?? '')))) {
        return { how: 'demonstrative', target: null };
      }
      if (!q.literal && t.kind === 'third' && !t.singular && definitePluralLike(w, g)) return { how: 'demonstrative', target: t }; // "de idioterna"
      if (g.comparisons.has(governor.text)) {
        // "beter dig som en idiot": aimed when the clause has a personal subject.
        for (let k = governor.index - 1; inClause(k); k--) {
          const s = classify(view, words[k]!, g);
          if (s.kind === 'first' || s.kind === 'generic') return null;
          if (s.kind === 'second' || s.kind === 'third' || s.kind === 'name' || s.kind === 'title') return { how: 'comparison', target: s };
        }
        return null;
      }
    }
  }

  if (q.kind !== 'noun') return null;
  if (!q.literal && nextInClause && isDefinite(view, w, g) && (g.pointers.has(next.text) || (next.capitalised && classify(view, next, g).kind === 'name'))) {
    return { how: 'pointer', target: null };
  }
  // "Idioterna har gjort det igen": a definite insult opening its clause is said of particular people (not "Idioten av Dostojevskij").
  if (!q.literal && nextInClause && g.definiteEndings.length > 0 && isDefinite(view, w, g) && view.clauseFirst[i] === i && next.text !== 'av' && !g.copulas.has(next.text)) {
    return { how: 'pointer', target: null };
  }
  // "Gubbjävlar som sitter och bestämmer …", "Idiots who run this council": an insult opening its clause, then who.
  if (!q.literal && nextInClause && view.clauseFirst[i] === i && (next.text === 'som' || next.text === 'who')) return { how: 'pointer', target: null };
  if (nextInClause && g.asRole.has(next.text)) {
    const role = words[i + 2];
    if (role && inClause(role.index)) {
      const t = classify(view, role, g);
      if (t.kind === 'title' || t.kind === 'person') return { how: 'role', target: t };
    }
  }
  // "idiot är du", "idioter ni är"
  if (nextInClause) {
    const a = classify(view, next, g);
    const b = words[i + 2];
    if (g.copulas.has(next.text) && b && inClause(b.index) && classify(view, b, g).kind === 'second') return { how: 'predicate', target: classify(view, b, g) };
    if (a.kind === 'second' && !contextTags(next).has('possessive') && clauseFinal(view, next.index)) return { how: 'address', target: a };
  }
  if (bareClause(view, i, g)) {
    const wholeSentence = view.sentenceFirst[i] === view.clauseFirst[i] && view.sentenceLast[i] === view.clauseLast[i];
    // "…, kärring!": a bare insult closing a sentence after a comma is said to someone.
    const closing = !q.literal && view.sentenceLast[i] === view.clauseLast[i];
    if (wholeSentence || closing || sentenceHasSecondPerson(view, w, g)) return { how: 'vocative', target: null };
  }
  return null;
}

function definitePluralLike(w: Word, g: Grammar): boolean {
  return definitePlural(w, g) || (g.definiteEndings.length === 0 && w.text.endsWith('s'));
}
