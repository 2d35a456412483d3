/**
 * moderera: moderates comments on Swedish municipal social-media pages against Östhammars kommun's
 * guideline. The public surface, by name.
 */
export { moderate, type ModerateOptions } from './moderate.js';
export { moderateMany, toErrorRecord, type BatchResult, type ModerationErrorRecord } from './moderate-many.js';
export { ModerationInputError, RulesetError } from './errors.js';
export { CommentSchema, type Comment } from './schema/comment.js';
export {
  ACTIONS,
  CATEGORY_IDS,
  DecisionSchema,
  PERSONAL_DATA_KINDS,
  type Action,
  type Category,
  type Decision,
  type EvidenceRecord,
  type Finding,
  type PersonalData,
  type PersonalDataKind,
  type Reason,
} from './schema/decision.js';
export { defineRuleset, type DefineRulesetOptions, type RulesetExtension } from './ruleset/define-ruleset.js';
export type { Ruleset, RulesetInput, Lexicon, LexiconEntry, Pattern, Policy } from './ruleset/schema.js';
export { osthammar } from './ruleset/osthammar.js';
export { normalise, toOriginalSpan, type NormalisedText } from './normalise/normalise.js';
export { detectLanguage, type DetectedLanguage } from './language/detect-language.js';
export { formatMessage, type Locale, type MessageId } from './locales/format.js';
export { sha256Hex } from './explain/evidence.js';
