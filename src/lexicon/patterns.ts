import { RulesetError } from '../errors.js';
import type { Lexicon, Pattern, PatternFile } from '../ruleset/schema.js';
import type { Category } from '../schema/decision.js';

/** A pattern made ready to run: its source expanded and compiled once per ruleset. */
export interface CompiledPattern {
  readonly fileId: string;
  readonly category: Category | 'context';
  readonly language: 'sv' | 'en' | '*';
  readonly pattern: Pattern;
  readonly regex: RegExp;
}

/** One pattern hit, in normalised-text offsets. */
export interface PatternHit {
  readonly compiled: CompiledPattern;
  readonly start: number;
  readonly end: number;
  /** The matched normalised text. */
  readonly match: string;
  /** Named groups that matched, in normalised offsets: rules use them to point at the word that matters. */
  readonly groups: Readonly<Record<string, { start: number; end: number; text: string }>>;
}

/** A Unicode-aware word boundary: JavaScript's `\b` does not count å, ä, ö as letters. */
const WORD_BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
/** Most hits one pattern reports in one comment: enough to explain, bounded for hostile input. */
const MAX_HITS_PER_PATTERN = 200;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Expands a pattern's macros: `{b}` is a word boundary that knows å, ä, ö; `{list:ID}` is every form of
 * the lexicon `ID` (longest first), so a pattern can say "alla {list:sv.context.groups} är".
 *
 * @example
 * expandPattern('{b}alla {list:sv.groups}{b}', lexicons) // '(?:…)alla (?:invandrare|kvinnor|…)(?:…)'
 */
export function expandPattern(source: string, lexicons: ReadonlyMap<string, Lexicon>, where: string): string {
  return source.replace(/\{(b|list:[a-z0-9._-]+)\}/g, (_m, macro: string) => {
    if (macro === 'b') return WORD_BOUNDARY;
    const id = macro.slice(5);
    const lexicon = lexicons.get(id);
    if (!lexicon) throw new RulesetError(`Pattern ${where} uses {list:${id}}, but the ruleset has no lexicon "${id}". Add the lexicon or fix the id.`, [`${where}: unknown lexicon ${id}`]);
    const forms = new Set<string>();
    for (const e of lexicon.entries) for (const f of [e.term, ...e.forms]) forms.add(f.toLowerCase());
    return `(?:${[...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|')})`;
  });
}

/**
 * Compiles pattern files (flags `gu`, on normalised lower-case text) after expanding macros.
 * Throws `RulesetError` naming the pattern when its source is not a valid regular expression.
 *
 * @example
 * compilePatterns(ruleset.patterns, ruleset.lexicons)[0].regex.flags // 'gu' ('dgu' with named groups)
 */
export function compilePatterns(files: readonly PatternFile[], lexicons: readonly Lexicon[]): CompiledPattern[] {
  const byId = new Map(lexicons.map((l) => [l.id, l]));
  const out: CompiledPattern[] = [];
  for (const file of files) {
    for (const pattern of file.patterns) {
      const where = `${file.id}/${pattern.id}`;
      let regex: RegExp;
      try {
        const source = expandPattern(pattern.pattern, byId, where);
        // Group offsets (the `d` flag) only where a pattern names groups: they cost a little on every match.
        regex = new RegExp(source, /\(\?<[a-zA-Z]/.test(source) ? 'dgu' : 'gu');
      } catch (e) {
        throw new RulesetError(`Pattern ${where} is not a valid regular expression: ${(e as Error).message}. Fix its "pattern".`, [`${where}: ${(e as Error).message}`]);
      }
      out.push({ fileId: file.id, category: file.category, language: file.language, pattern, regex });
    }
  }
  return out;
}

/** True when an occurrence of `phrase` in `text` overlaps `[start, end)`. */
function allowOverlaps(text: string, phrase: string, start: number, end: number): boolean {
  const from = Math.max(0, start - phrase.length + 1);
  const window = text.slice(from, Math.min(text.length, end + phrase.length - 1));
  for (let at = window.indexOf(phrase); at >= 0; at = window.indexOf(phrase, at + 1)) {
    if (from + at < end && from + at + phrase.length > start) return true;
  }
  return false;
}

/**
 * Runs compiled patterns over normalised text; skips a match that overlaps one of its pattern's `allow`
 * phrases ("bränna ner löven" protects "bränna ner"). Hits come in pattern order, then by position.
 *
 * @example
 * matchPatterns(compiled, 'jag vet var du bor').map(h => h.compiled.pattern.id) // ['threat-know-where-you-live']
 */
export function matchPatterns(patterns: readonly CompiledPattern[], text: string): PatternHit[] {
  const hits: PatternHit[] = [];
  for (const compiled of patterns) {
    const { regex, pattern } = compiled;
    regex.lastIndex = 0;
    let count = 0;
    for (let m = regex.exec(text); m !== null && count < MAX_HITS_PER_PATTERN; m = regex.exec(text)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      if (pattern.allow.some((a) => allowOverlaps(text, a, start, end))) continue;
      const groups: Record<string, { start: number; end: number; text: string }> = {};
      const indices = m.indices?.groups;
      if (m.groups && indices) {
        for (const [name, value] of Object.entries(m.groups)) {
          const span = indices[name];
          if (value !== undefined && span) groups[name] = { start: span[0], end: span[1], text: value };
        }
      }
      hits.push({ compiled, start, end, match: m[0], groups });
      count++;
    }
  }
  return hits;
}
