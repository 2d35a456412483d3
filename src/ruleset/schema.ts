import * as z from 'zod/mini';
import { DEADLINE_EVES, EVE_IDS } from '../calendar/swedish-holidays.js';
import { CategorySchema, PersonalDataKindSchema, type PersonalDataKind } from '../schema/decision.js';

export const LanguageSchema = z.enum(['sv', 'en', '*']);
export const SeveritySchema = z.enum(['mild', 'medium', 'high']);
const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case a-z, 0-9, ".", "_" or "-"'));
const Provenance = z.object({
  source: z.string().check(z.minLength(1)),
  licence: z.string().check(z.minLength(1)),
  note: z.optional(z.string()),
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
  term: z.string().check(z.minLength(1)),
  forms: z._default(z.array(z.string().check(z.minLength(1))), []),
  stem: z._default(z.boolean(), false),
  compound: z._default(z.enum(['none', 'prefix', 'suffix', 'both']), 'none'),
  strip: z._default(z.boolean(), true),
  severity: z._default(SeveritySchema, 'medium'),
  /** Words it must never match; `word*` protects every word starting with `word`. */
  allow: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Not a hit when the previous word is one of these ("ett fan av"). */
  unlessPrevious: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Not a hit when the next word is one of these ("fan av"). */
  unlessNext: z._default(z.array(z.string().check(z.minLength(1))), []),
  tags: z._default(z.array(z.string()), []),
  note: z.optional(z.string()),
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
  pattern: z.string().check(z.minLength(1)),
  severity: z._default(SeveritySchema, 'medium'),
  messageId: z.optional(z.string()),
  allow: z._default(z.array(z.string()), []),
  tags: z._default(z.array(z.string()), []),
  note: z.optional(z.string()),
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
  law: z.optional(z.string()),
  basis: z.enum(['legalDuty', 'policy']),
});

/**
 * A word pattern of a topic list, on the normalised (lower-case) words: `word` the word itself, `word*` words
 * beginning with it ("bygglov*": bygglovet, bygglovsansökan), `*word` words ending with it ("*skolan":
 * förskolan), `*word*` words holding it; several words separated by spaces match consecutive words.
 * A pattern with `*` needs at least three letters beside it.
 */
export const TopicTermSchema = z.string().check(
  z.regex(/^\*?\p{Ll}{2,}\*?(?: \*?\p{Ll}{2,}\*?)*$/u, 'a topic term is lower-case words, each optionally starting or ending with "*", e.g. "snöröjning*" or "vatten och avlopp"'),
  z.refine((t) => t.split(' ').every((w) => !w.includes('*') || w.replaceAll('*', '').length >= 3), 'a word with "*" needs at least three letters, e.g. "plog*"'),
);

/** A topic of comments and the department that answers for it ("snöröjning" → samhällsbyggnad). */
export const TopicSchema = z.object({
  id: Id,
  /** The department (förvaltning) that answers questions on this topic. */
  department: z.string().check(z.minLength(1)),
  /** Marks a comment as being about the municipality, but routes only when no other topic matched ("kommunen", "politikerna"). */
  general: z._default(z.boolean(), false),
  terms: z.array(TopicTermSchema).check(z.minLength(1)),
  /** Words the terms must never match ("vägra*" for "väg*"). */
  allow: z._default(z.array(TopicTermSchema), []),
});
export type Topic = z.output<typeof TopicSchema>;

const TimeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day is "HH:MM", e.g. "16:30"'));

/** BEVARANDE OCH GALLRING: when items of ringa eller tillfällig betydelse become inaktuella. */
export const ArchivalPolicySchema = z.object({
  /** Days after `createdAt` (Swedish calendar days) when an item of ringa eller tillfällig betydelse may be weeded. */
  weedAfterDays: z._default(z.number().check(z.int(), z.nonnegative()), 90),
});

/** ANSVAR FÖR ATT SVARA: who answers what, and how soon. */
export const ReplyPolicySchema = z.object({
  /** Working days the municipality has to answer, counted from the working day the comment is received. */
  responseWorkingDays: z._default(z.number().check(z.int(), z.nonnegative()), 2),
  /** The department that answers when no topic matches. */
  defaultDepartment: z._default(z.string().check(z.minLength(1)), 'kommunledningskontoret'),
  /** Office hours, Swedish local time; a comment at or after `closes`, or on a day off, counts from the next working day. */
  officeHours: z._default(
    z.object({ opens: TimeOfDay, closes: TimeOfDay }).check(z.refine((h) => h.opens < h.closes, 'officeHours.opens must be before officeHours.closes')),
    { opens: '08:00', closes: '16:30' },
  ),
  /** Eves on which offices are closed, besides weekends and allmänna helgdagar. */
  closedEves: z._default(z.array(z.enum(EVE_IDS)), [...DEADLINE_EVES]),
  /** Topic word lists that route a reply to a department, first match by count, then by position. */
  topics: z._default(z.array(TopicSchema), []).check(z.refine((ts) => new Set(ts.map((t) => t.id)).size === ts.length, 'every topic needs its own id')),
});

/** The kinds that infringe personal integrity and so lead to deletion (INGA PERSONUPPGIFTER); a plain name does not. */
export const DEFAULT_INFRINGING_KINDS: readonly PersonalDataKind[] = ['personnummer', 'samordningsnummer', 'phone', 'email', 'address', 'bank-account', 'name-with-sensitive'];

/** INGA PERSONUPPGIFTER: which personal data lead to deletion, what each rests on, and the municipality's own contact details. */
export const PersonalDataPolicySchema = z.object({
  /** Key into `guideline.sections`. */
  guideline: z._default(z.string(), 'inga-personuppgifter'),
  /** Kinds that infringe integrity: a comment holding one is deleted after a screenshot. Other kinds are only reported for redaction. */
  infringing: z._default(z.array(PersonalDataKindSchema), [...DEFAULT_INFRINGING_KINDS]),
  /** The law and basis each kind rests on, for its reason. */
  kinds: z._default(z.partialRecord(PersonalDataKindSchema, z.object({ law: z.optional(z.string()), basis: z._default(z.enum(['legalDuty', 'policy']), 'policy') })), {}),
  /** The law a name together with a sensitive topic rests on, per topic (health, criminal-offence, …). */
  sensitiveTopics: z._default(z.record(z.string(), z.object({ law: z.string() })), {}),
  /** The municipality's own contact details: never personal data. */
  municipality: z.prefault(
    z.object({
      /** Phone numbers, national ("0173-860 00") or international ("+46 173 860 00"). */
      phones: z._default(z.array(z.string().check(z.minLength(5))), []),
      /** Whole e-mail addresses. */
      emails: z._default(z.array(z.string().check(z.includes('@'))), []),
      /** E-mail domains (and their subdomains), e.g. "osthammar.se". */
      domains: z._default(z.array(z.string().check(z.regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a domain is lower-case, e.g. "osthammar.se"'))), []),
      /** Street addresses ("Stångörsgatan 10"). */
      addresses: z._default(z.array(z.string().check(z.minLength(3))), []),
    }),
    {},
  ),
  /** Country for phone numbers written without a country code (ISO 3166-1 alpha-2). */
  defaultCountry: z._default(z.string().check(z.regex(/^[A-Z]{2}$/, 'a country code is two capital letters, e.g. "SE"')), 'SE'),
});

export const PolicySchema = z.object({
  guideline: z.object({
    title: z.string(),
    sections: z.record(z.string(), z.string()),
  }),
  categories: z.record(CategorySchema, CategoryPolicySchema),
  settings: z.object({
    /** Flag mild oaths (jäkla, fasen, sjutton) as profanity. */
    flagMildOaths: z._default(z.boolean(), false),
    /** Languages franc may choose between (ISO 639-3). */
    languages: z._default(z.array(z.string().check(z.length(3))).check(z.minLength(1)), ['swe', 'eng', 'dan', 'nob', 'fin', 'deu']),
    /** How much of a comment franc reads. */
    languageSampleChars: z._default(z.number().check(z.int(), z.positive()), 1000),
  }),
  archival: z.prefault(ArchivalPolicySchema, {}),
  reply: z.prefault(ReplyPolicySchema, {}),
  personalData: z.prefault(PersonalDataPolicySchema, {}),
});
export type Policy = z.output<typeof PolicySchema>;

/** A revision of the guideline in force from `validFrom`; `changes` patch the previous version's policy. */
export const RulesetVersionSchema = z.object({
  version: z.string().check(z.minLength(1)),
  validFrom: z.iso.date(),
  note: z.optional(z.string()),
  changes: z._default(z.record(z.string(), z.unknown()), {}),
});

export const RulesetSchema = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  policy: PolicySchema,
  versions: z.array(RulesetVersionSchema).check(z.minLength(1)),
  lexicons: z.array(LexiconSchema),
  patterns: z._default(z.array(PatternFileSchema), []),
});
/** A validated ruleset, as `defineRuleset()` returns it. */
export type Ruleset = z.output<typeof RulesetSchema>;
/** What `defineRuleset()` accepts (defaults may be left out). */
export type RulesetInput = z.input<typeof RulesetSchema>;
