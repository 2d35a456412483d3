import type { CompiledEntry } from '../../lexicon/compile.js';
import { type LexiconHit, matchTokens } from '../../lexicon/match.js';
import { findForms, type FormTrie, formTrie } from '../../lexicon/form-trie.js';
import { stripSwedishDiacritics } from '../../lexicon/variants.js';
import type { Lexicon } from '../../ruleset/schema.js';
import type { DetectionContext } from '../rule.js';
import { perComment, unsureLanguage } from './comment-memo.js';
import { variantsOf } from './phrase-hits.js';

/** The categories whose lexicons these rules read, with the context word lists. */
const CATEGORIES = new Set(['violence', 'pornography', 'crime', 'copyright', 'commercial', 'context']);

/** Each lexicon's forms ("child porn", "passiv inkomst", "cialis"), with their diacritic-free spellings. */
const formsByLexicon = new WeakMap<Lexicon, ReadonlyMap<string, CompiledEntry>>();

function formsOf(lexicon: Lexicon): ReadonlyMap<string, CompiledEntry> {
  let byForm = formsByLexicon.get(lexicon);
  if (byForm) return byForm;
  const forms = new Map<string, CompiledEntry>();
  for (const entry of lexicon.entries) {
    for (const raw of [entry.term, ...entry.forms]) {
      const form = raw.toLowerCase().normalize('NFC');
      const compiled: CompiledEntry = { lexiconId: lexicon.id, category: lexicon.category, language: lexicon.language, entry };
      for (const f of new Set([form, entry.strip ? stripSwedishDiacritics(form) : form])) if (!forms.has(f)) forms.set(f, compiled);
    }
  }
  formsByLexicon.set(lexicon, (byForm = forms));
  return byForm;
}

/** The lexicons phrase reading covers, and one trie of all their forms, per ruleset and language family. */
interface PhraseTries {
  readonly lexicons: readonly Lexicon[];
  readonly trie: FormTrie<CompiledEntry>;
}
const triesByRuleset = new WeakMap<readonly Lexicon[], Map<string, PhraseTries>>();

function phraseTries(all: readonly Lexicon[], family: 'en' | 'sv' | 'both'): PhraseTries {
  let byFamily = triesByRuleset.get(all);
  if (!byFamily) triesByRuleset.set(all, (byFamily = new Map()));
  let tries = byFamily.get(family);
  if (!tries) {
    const lexicons = all.filter((l) => CATEGORIES.has(l.category) && (family === 'both' || l.language === '*' || l.language === family));
    byFamily.set(family, (tries = { lexicons, trie: formTrie(lexicons.map(formsOf)) }));
  }
  return tries;
}

const WORD_BEFORE = /(\p{L}+)[^\p{L}]*$/u;
const WORD_AFTER = /^[^\p{L}]*(\p{L}+)/u;

/** The entry's unlessPrevious / unlessNext words around a match ("Ford Escort" is a car). */
function outOfContext(e: CompiledEntry, text: string, start: number, end: number): boolean {
  const { unlessPrevious, unlessNext } = e.entry;
  const prev = unlessPrevious.length > 0 ? WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1] : undefined;
  const next = unlessNext.length > 0 ? WORD_AFTER.exec(text.slice(end, end + 40))?.[1] : undefined;
  return (prev !== undefined && unlessPrevious.includes(prev)) || (next !== undefined && unlessNext.includes(next));
}

/**
 * Entries found on the rewritten text ("c.h.i.l.d porn", "chiiiild porn", "cial1$"): the token matcher
 * reads a phrase word by word and loses a word that is spaced out or stretched, or ends in "$" or "@".
 */
function variantPhraseHits(ctx: DetectionContext): LexiconHit[] {
  const variants = variantsOf(ctx);
  if (variants.length === 0) return [];
  const family = unsureLanguage(ctx) ? 'both' : ctx.language.code === 'en' ? 'en' : 'sv';
  const { lexicons, trie } = phraseTries(ctx.ruleset.ruleset.lexicons, family);
  const found = variants.map((v) => findForms(trie, v.text));
  const out: LexiconHit[] = [];
  // Lexicon by lexicon, then variant by variant: the order hitsOf merges in.
  for (let l = 0; l < lexicons.length; l++) {
    variants.forEach((variant, v) => {
      for (const m of found[v]![l]!) {
        if (outOfContext(m.value, variant.text, m.start, m.end)) continue;
        out.push({ entry: m.value, start: variant.from[m.start]!, end: variant.to[m.end - 1]!, form: m.form, via: 'phrase', spaced: true, stretched: false, tokenIndex: -1 });
      }
    });
  }
  return out;
}

/**
 * The comment's lexicon hits for these rules: the engine's; when the language is a guess, also those of
 * the other language's lists of these categories; and entries read through spacing, stretching and "$".
 *
 * @example
 * hitsOf(ctx).filter(h => h.via === 'phrase').map(h => h.form) // ['child porn'] for "c.h.i.l.d porn"
 */
export function hitsOf(ctx: DetectionContext): readonly LexiconHit[] {
  return perComment(ctx, 'word-hits', () => {
    const hits = [...ctx.hits];
    if (unsureLanguage(ctx)) {
      const english = ctx.language.code === 'en';
      const other = matchTokens(english ? ctx.ruleset.swedish : ctx.ruleset.english, ctx.tokens);
      hits.push(...other.filter((h) => h.entry.language === (english ? 'sv' : 'en') && CATEGORIES.has(h.entry.category)));
    }
    mergeLonger(hits, variantPhraseHits(ctx));
    return hits;
  });
}

const BUCKET = 32;

/**
 * Adds `more` to `hits`: a hit overlapping an earlier one of the same entry replaces it when longer ("t i l l
 * salu" over "salu"), else it is added. Hits are found by entry and position, not by reading every hit (a long
 * comment has thousands).
 */
function mergeLonger(hits: LexiconHit[], more: readonly LexiconHit[]): void {
  if (more.length === 0) return;
  // Per entry id, then per bucket: nested maps, not a joined string key made for every hit and bucket.
  const buckets = new Map<string, Map<number, number[]>>();
  const firstBucket = (h: LexiconHit) => Math.floor(h.start / BUCKET);
  const lastBucket = (h: LexiconHit) => Math.floor(Math.max(h.start, h.end - 1) / BUCKET);
  const index = (i: number) => {
    const h = hits[i]!;
    let byBucket = buckets.get(h.entry.entry.id);
    if (!byBucket) buckets.set(h.entry.entry.id, (byBucket = new Map()));
    for (let b = firstBucket(h); b <= lastBucket(h); b++) {
      const list = byBucket.get(b);
      if (list) list.push(i);
      else byBucket.set(b, [i]);
    }
  };
  for (let i = 0; i < hits.length; i++) index(i);
  for (const h of more) {
    // The first (lowest) hit of the same entry overlapping this one.
    let same = -1;
    const byBucket = buckets.get(h.entry.entry.id);
    if (byBucket) {
      for (let b = firstBucket(h); b <= lastBucket(h); b++) {
        for (const i of byBucket.get(b) ?? NO_INDICES) {
          const x = hits[i]!;
          if (x.start < h.end && x.end > h.start && (same < 0 || i < same)) same = i;
        }
      }
    }
    if (same < 0) {
      hits.push(h);
      index(hits.length - 1);
    } else if (h.end - h.start > hits[same]!.end - hits[same]!.start) {
      // `same` is of h's entry, so its buckets are in byBucket.
      const old = hits[same]!;
      for (let b = firstBucket(old); b <= lastBucket(old); b++) {
        const list = byBucket!.get(b)!;
        list.splice(list.indexOf(same), 1);
      }
      hits[same] = h;
      index(same);
    }
  }
}
const NO_INDICES: readonly number[] = [];

/**
 * Lexicon hits of the lexicons whose id is in `ids`.
 *
 * @example
 * hitsIn(ctx, ['context.drugs.sv', 'context.drugs.en']).map(h => h.form) // ['hasch']
 */
export function hitsIn(ctx: DetectionContext, ids: readonly string[]): LexiconHit[] {
  return hitsOf(ctx).filter((h) => ids.includes(h.entry.lexiconId));
}
