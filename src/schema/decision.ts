import * as z from 'zod/mini';

/** The eight category ids of the guideline's TILLÅT INTE list (contract: never rename). */
export const CATEGORY_IDS = [
  'insult',
  'hate',
  'violence',
  'pornography',
  'crime',
  'copyright',
  'profanity',
  'commercial',
] as const;
export const CategorySchema = z.enum(CATEGORY_IDS);
export type Category = z.infer<typeof CategorySchema>;

/** Personal-data kinds (contract: extend, never rename). */
export const PERSONAL_DATA_KINDS = [
  'personnummer',
  'samordningsnummer',
  'phone',
  'email',
  'address',
  'bank-account',
  'name',
  'name-with-sensitive',
] as const;
export const PersonalDataKindSchema = z.enum(PERSONAL_DATA_KINDS);
export type PersonalDataKind = z.infer<typeof PersonalDataKindSchema>;

export const ACTIONS = ['keep', 'delete-after-screenshot', 'weed'] as const;
export const ActionSchema = z.enum(ACTIONS);
export type Action = z.infer<typeof ActionSchema>;

const Span = {
  start: z.number().check(z.int(), z.nonnegative()),
  end: z.number().check(z.int(), z.nonnegative()),
  text: z.string(),
};

/** One hit of one rule: half-open UTF-16 span `[start, end)` of the ORIGINAL text. */
export const FindingSchema = z.object({
  ruleId: z.string(),
  category: z.union([CategorySchema, z.literal('personal-data')]),
  ...Span,
  messageId: z.string(),
  data: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
});
export type Finding = z.infer<typeof FindingSchema>;

export const PersonalDataSchema = z.object({ kind: PersonalDataKindSchema, ...Span });
export type PersonalData = z.infer<typeof PersonalDataSchema>;

export const ReasonSchema = z.object({
  code: z.string(),
  message: z.object({ sv: z.string(), en: z.string() }),
  source: z.object({ guideline: z.string(), law: z.optional(z.string()) }),
  basis: z.enum(['legalDuty', 'policy']),
  /** Ids of the findings behind this reason: `ruleId@start-end`. */
  findings: z.array(z.string()),
});
export type Reason = z.infer<typeof ReasonSchema>;

export const EvidenceRecordSchema = z.object({
  commentId: z.string(),
  text: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  author: z.object({ id: z.optional(z.string()), name: z.optional(z.string()) }),
  channel: z.optional(z.string()),
  inReplyTo: z.optional(z.string()),
  createdAt: z.optional(z.string()),
  /** When the decision was made (the `now` option), ISO-8601; absent when the caller gave no clock. */
  decidedAt: z.optional(z.string()),
  categories: z.array(CategorySchema),
  personalDataKinds: z.array(PersonalDataKindSchema),
  reasons: z.array(ReasonSchema),
  ruleset: z.object({ id: z.string(), version: z.string() }),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

export const DecisionSchema = z.object({
  commentId: z.string(),
  action: ActionSchema,
  categories: z.array(CategorySchema),
  personalData: z.array(PersonalDataSchema),
  findings: z.array(FindingSchema),
  reasons: z.array(ReasonSchema),
  archival: z.object({
    decision: ActionSchema,
    weedAfter: z.optional(z.string()),
    evidence: z.optional(EvidenceRecordSchema),
  }),
  reply: z.object({
    expected: z.boolean(),
    department: z.optional(z.string()),
    dueBy: z.optional(z.string()),
  }),
  language: z.object({ code: z.string(), confidence: z.number().check(z.gte(0), z.lte(1)) }),
  ruleset: z.object({ id: z.string(), version: z.string() }),
});
/** What `moderate()` returns. A contract other tools rely on: extend, never rename. */
export type Decision = z.infer<typeof DecisionSchema>;
