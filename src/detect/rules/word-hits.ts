import type { CompiledEntry } from '../../lexicon/compile.js';
import { type LexiconHit, matchTokens } from '../../lexicon/match.js';
import { stripSwedishDiacritics } from '../../lexicon/variants.js';
import type { Lexicon } from '../../ruleset/schema.js';
import type { DetectionContext } from '../rule.js';
import { perComment, unsureLanguage } from './comment-memo.js';
import { variantsOf } from './phrase-hits.js';

/** The categories whose lexicons these rules read, with the context word lists. */
const CATEGORIES = new Set(['violence', 'pornography', 'crime', 'copyright', 'commercial', 'context']);

interface PhraseTable {
  readonly regex: RegExp;
  readonly byForm: ReadonlyMap<string, CompiledEntry>;
}
const tables = new WeakMap<Lexicon, PhraseTable | null>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex for the forms of a lexicon ("child porn", "passiv inkomst", "cialis"), built once. */
function phraseTable(lexicon: Lexicon): PhraseTable | null {
  if (tables.has(lexicon)) return tables.get(lexicon)!;
  const byForm = new Map<string, CompiledEntry>();
  for (const entry of lexicon.entries) {
    for (const raw of [entry.term, ...entry.forms]) {
      const form = raw.toLowerCase().normalize('NFC');
      const compiled: CompiledEntry = { lexiconId: lexicon.id, category: lexicon.category, language: lexicon.language, entry };
      for (const f of new Set([form, entry.strip ? stripSwedishDiacritics(form) : form])) if (!byForm.has(f)) byForm.set(f, compiled);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const table = forms.length === 0 ? null : { regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byForm };
  tables.set(lexicon, table);
  return table;
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
  const english = ctx.language.code === 'en';
  const family = (l: Lexicon) => l.language === '*' || l.language === (english ? 'en' : 'sv') || unsureLanguage(ctx);
  const out: LexiconHit[] = [];
  for (const lexicon of ctx.ruleset.ruleset.lexicons) {
    if (!CATEGORIES.has(lexicon.category) || !family(lexicon)) continue;
    const table = phraseTable(lexicon);
    if (!table) continue;
    for (const variant of variants) {
      for (const m of variant.text.matchAll(table.regex)) {
        const entry = table.byForm.get(m[0])!;
        if (outOfContext(entry, variant.text, m.index, m.index + m[0].length)) continue;
        const start = variant.from[m.index]!;
        const end = variant.to[m.index + m[0].length - 1]!;
        out.push({ entry, start, end, form: m[0], via: 'phrase', spaced: true, stretched: false, tokenIndex: -1 });
      }
    }
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
    for (const h of variantPhraseHits(ctx)) {
      const same = hits.findIndex((x) => x.entry.entry.id === h.entry.entry.id && x.start < h.end && x.end > h.start);
      // The longer reading wins: "t i l l salu" over "salu".
      if (same < 0) hits.push(h);
      else if (h.end - h.start > hits[same]!.end - hits[same]!.start) hits[same] = h;
    }
    return hits;
  });
}

/**
 * Lexicon hits of the lexicons whose id is in `ids`.
 *
 * @example
 * hitsIn(ctx, ['context.drugs.sv', 'context.drugs.en']).map(h => h.form) // ['hasch']
 */
export function hitsIn(ctx: DetectionContext, ids: readonly string[]): LexiconHit[] {
  return hitsOf(ctx).filter((h) => ids.includes(h.entry.lexiconId));
}
