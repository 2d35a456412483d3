import { RulesetError } from '../errors.js';
import { inEnglish } from '../schema/zod-locale.js';
import { deepFreeze } from './compact-ruleset.js';
import { assertPatternsSafe } from './pattern-safety.js';
import { type Ruleset, type RulesetInput, RulesetSchema } from './schema.js';

export type { Ruleset, RulesetInput };
export type LexiconInputList = RulesetInput['lexicons'];

export interface DefineRulesetOptions {
  /** A ruleset to build on: its lexicons and patterns come first, `input` adds to them and patches its policy. */
  readonly extends?: Ruleset;
}

/** What a ruleset that extends another must or may say. */
export type RulesetExtension = Partial<Omit<RulesetInput, 'policy'>> & {
  id: string;
  name: string;
  policy?: DeepPartial<RulesetInput['policy']>;
};
type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Deep merge of plain objects; arrays and scalars in `patch` replace those in `base`.
 *
 * @example
 * mergePolicy({ a: { b: 1, c: 2 } }, { a: { c: 3 } }) // { a: { b: 1, c: 3 } }
 */
export function mergePolicy<T>(base: T, patch: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(patch)) return (patch === undefined ? base : patch) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = k in out ? mergePolicy(out[k], v) : v;
  return out as T;
}

/**
 * Validates a ruleset (zod) and returns it frozen, with defaults filled in. With `extends`, builds on
 * another ruleset: lexicons and patterns are added, the policy is patched.
 * Throws `RulesetError` naming every invalid field, and every pattern (`fileId/patternId`) that could
 * backtrack catastrophically (see `checkPatternSafety`).
 *
 * @example
 * const uppsala = defineRuleset({ id: 'uppsala', name: 'Uppsala kommun', versions: [{ version: '1', validFrom: '2026-01-01' }] }, { extends: osthammar });
 */
export function defineRuleset(input: RulesetInput | RulesetExtension, { extends: base }: DefineRulesetOptions = {}): Ruleset {
  return define(input, base, true);
}

/**
 * The bundled rule data (rules/osthammar), defined like any ruleset except that its patterns are not
 * re-proven: test/properties/pattern-safety.test.ts proves every bundled pattern. Run at build time
 * (scripts/build-bundled-ruleset.ts); the package loads the result. Not exported by the package.
 *
 * @example
 * const ruleset = defineBundledRuleset(osthammarInput);
 */
export function defineBundledRuleset(input: RulesetInput): Ruleset {
  return define(input, undefined, false);
}

/** Rulesets whose patterns are proven safe: an extension of one proves only what it adds or changes. */
const provenSafe = new WeakSet<Ruleset>();

/**
 * Takes in the bundled ruleset restored from its build (src/ruleset/osthammar-data.ts), validated like
 * `defineBundledRuleset` does at build time: an extension of it then proves only what it adds. Not exported
 * by the package.
 *
 * @example
 * export const osthammar = adoptBundledRuleset(inflateRuleset(data));
 */
export function adoptBundledRuleset(ruleset: Ruleset): Ruleset {
  provenSafe.add(ruleset);
  return ruleset;
}

function define(input: RulesetInput | RulesetExtension, base: Ruleset | undefined, checkPatterns: boolean): Ruleset {
  const candidate = base
    ? {
        ...input,
        policy: mergePolicy(base.policy, input.policy),
        versions: input.versions ?? base.versions,
        lexicons: [...base.lexicons, ...(input.lexicons ?? [])],
        patterns: [...base.patterns, ...(input.patterns ?? [])],
      }
    : input;
  const parsed = RulesetSchema.safeParse(candidate, inEnglish);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(ruleset)'}: ${i.message}`);
    throw new RulesetError(`Invalid ruleset "${String((input as { id?: unknown }).id)}": ${issues.slice(0, 5).join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}. Fix these fields and call defineRuleset() again.`, issues);
  }
  const ruleset = parsed.data;
  const ids = new Set<string>();
  for (const lex of ruleset.lexicons) {
    for (const e of lex.entries) {
      if (ids.has(e.id)) throw new RulesetError(`Invalid ruleset "${ruleset.id}": entry id "${e.id}" is used twice; give each lexicon entry its own id.`, [`lexicons.${lex.id}.${e.id}: duplicate id`]);
      ids.add(e.id);
    }
  }
  // Refuse patterns that could backtrack catastrophically now, not on the first hostile comment.
  if (checkPatterns) assertPatternsSafe(unproven(ruleset, base, input.lexicons ?? []), ruleset.lexicons);
  provenSafe.add(ruleset);
  return deepFreeze(ruleset);
}

/** The patterns of `ruleset` not yet proven safe: all, or with a proven base its own plus those whose lists it redefines. */
function unproven(ruleset: Ruleset, base: Ruleset | undefined, added: readonly { id: string }[]): Ruleset['patterns'] {
  if (!base || !provenSafe.has(base)) return ruleset.patterns;
  const redefined = new Set(added.map((l) => l.id));
  const inherited = ruleset.patterns.slice(0, base.patterns.length).map((file) => ({
    ...file,
    patterns: file.patterns.filter((p) => [...p.pattern.matchAll(/\{list:([a-z0-9._-]+)\}/g)].some((m) => redefined.has(m[1]!))),
  }));
  return [...inherited, ...ruleset.patterns.slice(base.patterns.length)];
}
