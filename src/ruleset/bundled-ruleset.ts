// The bundled ruleset as the build leaves it (src/ruleset/osthammar-data.ts): validated, compacted, and with
// the literals each pattern requires read from its compiled source. Restoring it skips the zod parse, the
// generated word lists and the reading of 250 pattern sources that made the package slow to start.
import { type CompactRuleset, inflateRuleset } from './compact-ruleset.js';
import { precheckedRuleset } from './compile-ruleset.js';
import { adoptBundledRuleset } from './define-ruleset.js';
import type { Pattern, Ruleset } from './schema.js';

/** What scripts/build-bundled-ruleset.ts writes. */
export interface BundledRulesetData {
  readonly ruleset: CompactRuleset;
  /** Literal sets patterns require, each once (see `requiredLiterals`). */
  readonly literalSets: readonly (readonly string[])[];
  /** Per pattern file, per pattern: the indices into `literalSets` of the sets it requires; null when none. */
  readonly required: readonly (readonly (readonly number[] | null)[])[];
}

/**
 * The ruleset built data stands for: frozen, proven safe, its patterns compiled on first use.
 *
 * @example
 * export const osthammar = restoreBundledRuleset(JSON.parse(OSTHAMMAR_DATA));
 */
export function restoreBundledRuleset(data: BundledRulesetData): Ruleset {
  const ruleset = adoptBundledRuleset(inflateRuleset(data.ruleset));
  const prefilters = new Map<Pattern, readonly (readonly string[])[] | null>();
  ruleset.patterns.forEach((file, f) =>
    file.patterns.forEach((pattern, p) => {
      const sets = data.required[f]![p]!;
      prefilters.set(pattern, sets === null ? null : sets.map((i) => data.literalSets[i]!));
    }),
  );
  return precheckedRuleset(ruleset, prefilters);
}
