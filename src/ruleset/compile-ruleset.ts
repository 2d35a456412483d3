import { municipalTime } from '../calendar/calendar-day.js';
import { type CompiledLexicon, compileLexicons } from '../lexicon/compile.js';
import { type CompiledPattern, compilePatterns } from '../lexicon/patterns.js';
import { mergePolicy } from './define-ruleset.js';
import type { Pattern, Policy, Ruleset } from './schema.js';

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

/** Literal sets each pattern of a ruleset requires, read at build time (see `requiredLiterals`); null: none. */
export type PatternPrefilters = ReadonlyMap<Pattern, readonly (readonly string[])[] | null>;

/** Rulesets checked at build time, with what the build read from their patterns. */
const prechecked = new WeakMap<Ruleset, PatternPrefilters>();

/**
 * Marks `ruleset` as checked at build time: its patterns are then compiled on first use (after their
 * prefilter passes) instead of all at once. Only for data whose patterns were compiled when it was built.
 *
 * @example
 * precheckedRuleset(osthammar, prefilters)
 */
export function precheckedRuleset(ruleset: Ruleset, prefilters: PatternPrefilters): Ruleset {
  prechecked.set(ruleset, prefilters);
  return ruleset;
}

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
  const prefilters = prechecked.get(ruleset);
  const inFamily = (english: boolean) => (x: { language: string }) => x.language === (english ? 'en' : 'sv') || x.language === '*';
  // Lexicon tables of a family are built when a comment of that family first comes: building cannot fail.
  let english: CompiledLexicon | undefined;
  let swedish: CompiledLexicon | undefined;
  const result: CompiledRuleset = {
    ruleset,
    versions,
    get english() {
      return (english ??= compileLexicons(ruleset.lexicons.filter(inFamily(true))));
    },
    get swedish() {
      return (swedish ??= compileLexicons(ruleset.lexicons.filter(inFamily(false))));
    },
    // Compiled now, so an invalid pattern fails the first call whatever its language (prechecked ones compile on first use).
    englishPatterns: compilePatterns(ruleset.patterns.filter(inFamily(true)), ruleset.lexicons, prefilters),
    swedishPatterns: compilePatterns(ruleset.patterns.filter(inFamily(false)), ruleset.lexicons, prefilters),
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
