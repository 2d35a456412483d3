import { z } from 'zod';
import { CategorySchema } from '../schema/decision.js';

export const LanguageSchema = z.enum(['sv', 'en', '*']);
export const SeveritySchema = z.enum(['mild', 'medium', 'high']);
const Id = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case a-z, 0-9, ".", "_" or "-"');
const Provenance = z.object({
  source: z.string().min(1),
  licence: z.string().min(1),
  note: z.string().optional(),
});

/**
 * One word of a lexicon, with the look-alikes it must never match sitting beside it.
 * `forms` are further inflections; `stem` also matches any word with the same Swedish Porter stem;
 * `compound` lets it stand first ("skitkommun") or last ("byråkratidiot") in a compound word;
 * `strip` also matches it written without å, ä, ö ("javla"); `severity: mild` entries are oaths a ruleset
 * may choose not to flag.
 */
export const LexiconEntrySchema = z.object({
  id: Id,
  term: z.string().min(1),
  forms: z.array(z.string().min(1)).default([]),
  stem: z.boolean().default(false),
  compound: z.enum(['none', 'prefix', 'suffix', 'both']).default('none'),
  strip: z.boolean().default(true),
  severity: SeveritySchema.default('medium'),
  /** Words it must never match; `word*` protects every word starting with `word`. */
  allow: z.array(z.string().min(1)).default([]),
  /** Not a hit when the previous word is one of these ("ett fan av"). */
  unlessPrevious: z.array(z.string().min(1)).default([]),
  /** Not a hit when the next word is one of these ("fan av"). */
  unlessNext: z.array(z.string().min(1)).default([]),
  tags: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type LexiconEntry = z.output<typeof LexiconEntrySchema>;

/** A lexicon file: one category (or `context` word lists used by rules) in one language. */
export const LexiconSchema = z.object({
  id: Id,
  category: z.union([CategorySchema, z.literal('context')]),
  language: LanguageSchema,
  provenance: Provenance,
  entries: z.array(LexiconEntrySchema),
});
export type Lexicon = z.output<typeof LexiconSchema>;

/** A phrase pattern, matched on the normalised (lower-case, folded) text. */
export const PatternSchema = z.object({
  id: Id,
  pattern: z.string().min(1),
  severity: SeveritySchema.default('medium'),
  messageId: z.string().optional(),
  allow: z.array(z.string()).default([]),
  tags: z.array(z.string()).default([]),
  note: z.string().optional(),
});
export type Pattern = z.output<typeof PatternSchema>;

export const PatternFileSchema = z.object({
  id: Id,
  category: z.union([CategorySchema, z.literal('context')]),
  language: LanguageSchema,
  provenance: Provenance,
  patterns: z.array(PatternSchema),
});
export type PatternFile = z.output<typeof PatternFileSchema>;

export const CategoryPolicySchema = z.object({
  /** Key into `guideline.sections`. */
  guideline: z.string(),
  law: z.string().optional(),
  basis: z.enum(['legalDuty', 'policy']),
});

export const PolicySchema = z.object({
  guideline: z.object({
    title: z.string(),
    sections: z.record(z.string(), z.string()),
  }),
  categories: z.record(CategorySchema, CategoryPolicySchema),
  settings: z.object({
    /** Flag mild oaths (jäkla, fasen, sjutton) as profanity. */
    flagMildOaths: z.boolean().default(false),
    /** Languages franc may choose between (ISO 639-3). */
    languages: z.array(z.string().length(3)).min(1).default(['swe', 'eng', 'dan', 'nob', 'fin', 'deu']),
    /** How much of a comment franc reads. */
    languageSampleChars: z.number().int().positive().default(1000),
  }),
  archival: z
    .object({
      /** Days after `createdAt` when an item of ringa eller tillfällig betydelse may be weeded. */
      weedAfterDays: z.number().int().nonnegative().default(90),
    })
    .default({ weedAfterDays: 90 }),
  reply: z
    .object({
      responseWorkingDays: z.number().int().positive().default(2),
      defaultDepartment: z.string().default('kommunledningskontoret'),
    })
    .default({ responseWorkingDays: 2, defaultDepartment: 'kommunledningskontoret' }),
});
export type Policy = z.output<typeof PolicySchema>;

/** A revision of the guideline in force from `validFrom`; `changes` patch the previous version's policy. */
export const RulesetVersionSchema = z.object({
  version: z.string().min(1),
  validFrom: z.iso.date(),
  note: z.string().optional(),
  changes: z.record(z.string(), z.unknown()).default({}),
});

export const RulesetSchema = z.object({
  id: Id,
  name: z.string().min(1),
  policy: PolicySchema,
  versions: z.array(RulesetVersionSchema).min(1),
  lexicons: z.array(LexiconSchema),
  patterns: z.array(PatternFileSchema).default([]),
});
/** A validated ruleset, as `defineRuleset()` returns it. */
export type Ruleset = z.output<typeof RulesetSchema>;
/** What `defineRuleset()` accepts (defaults may be left out). */
export type RulesetInput = z.input<typeof RulesetSchema>;
