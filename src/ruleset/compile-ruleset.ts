import { municipalTime } from '../calendar/calendar-day.js';
import { type CompiledLexicon, compileLexicons } from '../lexicon/compile.js';
import { type CompiledPattern, compilePatterns } from '../lexicon/patterns.js';
import { mergePolicy } from './define-ruleset.js';
import type { Policy, Ruleset } from './schema.js';

/** One version of a ruleset with its policy resolved. */
export interface RulesetVersionInForce {
  readonly rulesetId: string;
  readonly version: string;
  readonly validFrom: string;
  readonly policy: Policy;
}

/** A ruleset made ready to run: versions resolved, lexicons compiled per language family. */
export interface CompiledRuleset {
  readonly ruleset: Ruleset;
  /** Oldest first. */
  readonly versions: readonly RulesetVersionInForce[];
  /** Lexicons for English text (`en` and `*`). */
  readonly english: CompiledLexicon;
  /** Lexicons for all other text (`sv` and `*`). */
  readonly swedish: CompiledLexicon;
  /** Patterns for English text (`en` and `*`). */
  readonly englishPatterns: readonly CompiledPattern[];
  /** Patterns for all other text (`sv` and `*`). */
  readonly swedishPatterns: readonly CompiledPattern[];
}

const compiled = new WeakMap<Ruleset, CompiledRuleset>();

/**
 * Compiles a ruleset once and caches it by identity, so each `moderate()` call only looks it up.
 *
 * @example
 * compileRuleset(osthammar).versions.at(-1)?.version // '2026.1'
 */
export function compileRuleset(ruleset: Ruleset): CompiledRuleset {
  const cached = compiled.get(ruleset);
  if (cached) return cached;
  const sorted = [...ruleset.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  let policy = ruleset.policy;
  const versions = sorted.map((v) => {
    policy = mergePolicy(policy, v.changes);
    return { rulesetId: ruleset.id, version: v.version, validFrom: v.validFrom, policy };
  });
  const result: CompiledRuleset = {
    ruleset,
    versions,
    english: compileLexicons(ruleset.lexicons.filter((l) => l.language === 'en' || l.language === '*')),
    swedish: compileLexicons(ruleset.lexicons.filter((l) => l.language === 'sv' || l.language === '*')),
    englishPatterns: compilePatterns(ruleset.patterns.filter((p) => p.language === 'en' || p.language === '*'), ruleset.lexicons),
    swedishPatterns: compilePatterns(ruleset.patterns.filter((p) => p.language === 'sv' || p.language === '*'), ruleset.lexicons),
  };
  compiled.set(ruleset, result);
  return result;
}

/**
 * The version in force at `at` (ISO date or date-time): the newest whose `validFrom` is not after the Swedish
 * calendar day of `at`.
 * Before the first version, the first applies; without a date, the newest.
 *
 * @example
 * versionInForce(compileRuleset(osthammar), '2026-03-01T10:00:00Z').version // '2026.1'
 */
export function versionInForce(c: CompiledRuleset, at?: string): RulesetVersionInForce {
  const { versions } = c;
  if (at === undefined) return versions[versions.length - 1]!;
  // A revision takes effect on a Swedish calendar day: 23:30 UTC on 31 December is already the new year here.
  const day = /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : municipalTime(at).day;
  let chosen = versions[0]!;
  for (const v of versions) if (v.validFrom <= day) chosen = v;
  return chosen;
}
