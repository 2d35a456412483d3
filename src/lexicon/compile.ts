import type { Category } from '../schema/decision.js';
import type { Lexicon, LexiconEntry } from '../ruleset/schema.js';
import { stemSv } from './stem.js';
import { stripSwedishDiacritics } from './variants.js';

/** A lexicon entry together with the lexicon it belongs to. */
export interface CompiledEntry {
  readonly lexiconId: string;
  readonly category: Category | 'context';
  readonly language: 'sv' | 'en' | '*';
  readonly entry: LexiconEntry;
}

/** All lexicons of one language compiled into lookup tables, built once per ruleset. */
export interface CompiledLexicon {
  readonly exact: ReadonlyMap<string, readonly CompiledEntry[]>;
  readonly stems: ReadonlyMap<string, readonly CompiledEntry[]>;
  readonly prefixes: ReadonlyMap<string, readonly CompiledEntry[]>;
  readonly suffixes: ReadonlyMap<string, readonly CompiledEntry[]>;
  /** Multi-word entries keyed by their first word. */
  readonly phrases: ReadonlyMap<string, readonly { words: readonly string[]; entry: CompiledEntry }[]>;
  /** Words that must never match, per entry id (none for an entry that has no allow-list). */
  readonly allow: ReadonlyMap<string, ReadonlySet<string>>;
  /** Word beginnings that must never match, per entry id (allow-list entries written `word*`). */
  readonly allowPrefixes: ReadonlyMap<string, readonly string[]>;
  readonly minAffix: number;
  readonly maxAffix: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

/**
 * Compiles lexicons into maps keyed by surface form, stem and compound part.
 *
 * @example
 * const c = compileLexicons(ruleset.lexicons.filter(l => l.language !== 'en'));
 * c.exact.get('jävla')?.[0]?.entry.id // 'sv.profanity.javla'
 */
export function compileLexicons(lexicons: readonly Lexicon[]): CompiledLexicon {
  const exact = new Map<string, CompiledEntry[]>();
  const stems = new Map<string, CompiledEntry[]>();
  const prefixes = new Map<string, CompiledEntry[]>();
  const suffixes = new Map<string, CompiledEntry[]>();
  const phrases = new Map<string, { words: string[]; entry: CompiledEntry }[]>();
  const allow = new Map<string, Set<string>>();
  const allowPrefixes = new Map<string, string[]>();
  let minAffix = Infinity;
  let maxAffix = 0;
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      const compiled: CompiledEntry = {
        lexiconId: lexicon.id,
        category: lexicon.category,
        language: lexicon.language,
        entry,
      };
      // Most entries (the name and place lists) allow nothing, have one form and keep å, ä, ö: they take the
      // short way, without a set, list or `allow` key of their own, since the bundled ruleset compiles on the
      // first call.
      if (entry.allow.length > 0) {
        const allowed = new Set<string>();
        const allowedStarts: string[] = [];
        for (const raw of entry.allow) {
          const w = raw.toLowerCase().normalize('NFC');
          const target = w.endsWith('*') ? allowedStarts : null;
          const word = target ? w.slice(0, -1) : w;
          for (const v of new Set([word, entry.strip ? stripSwedishDiacritics(word) : word])) (target ? target.push(v) : allowed.add(v));
        }
        allow.set(entry.id, allowed);
        if (allowedStarts.length > 0) allowPrefixes.set(entry.id, allowedStarts);
      }
      const term = entry.term.toLowerCase().normalize('NFC');
      let forms: Iterable<string>;
      if (entry.forms.length === 0 && !entry.strip) forms = [term];
      else {
        const set = new Set<string>([term]);
        if (entry.strip) set.add(stripSwedishDiacritics(term));
        for (const raw of entry.forms) {
          const form = raw.toLowerCase().normalize('NFC');
          set.add(form);
          if (entry.strip) set.add(stripSwedishDiacritics(form));
        }
        forms = set;
      }
      for (const form of forms) {
        if (form.includes(' ')) {
          const words = form.split(/\s+/u);
          push(phrases, words[0]!, { words, entry: compiled });
          continue;
        }
        push(exact, form, compiled);
        if (entry.compound === 'prefix' || entry.compound === 'both') push(prefixes, form, compiled);
        if (entry.compound === 'suffix' || entry.compound === 'both') push(suffixes, form, compiled);
        if (entry.compound !== 'none') {
          minAffix = Math.min(minAffix, form.length);
          maxAffix = Math.max(maxAffix, form.length);
        }
      }
      if (entry.stem) for (const form of forms) if (!form.includes(' ')) push(stems, stemSv(form), compiled);
    }
  }
  return { exact, stems, prefixes, suffixes, phrases, allow, allowPrefixes, minAffix, maxAffix };
}
