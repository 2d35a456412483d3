/**
 * moderera: moderates comments on Swedish municipal social-media pages against Östhammars kommun's
 * guideline. The public surface, by name.
 */
export { moderate, type ModerateOptions } from './moderate.js';
export { batchTotals, moderateMany, toErrorRecord, type BatchResult, type BatchTotals, type ModerationErrorRecord } from './moderate-many.js';
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
export { renderEvidence, type EvidenceFormat, type RenderEvidenceOptions } from './explain/render-evidence.js';
export {
  evaluate,
  formatEvaluationTable,
  type EvaluateOptions,
  type EvaluationResult,
  type ReplyRecord,
  type ReplyStats,
  type DepartmentStats,
} from './evaluation/evaluate.js';
export { easterSunday } from './calendar/easter.js';
export { swedishHolidays, HOLIDAY_IDS, EVE_IDS, type HolidayId, type EveId, type SwedishHoliday } from './calendar/swedish-holidays.js';
export { isWorkingDay, nextWorkingDay, addWorkingDays, workingDaysBetween, receivedOn, type WorkingDayOptions, type OfficeHours } from './calendar/working-days.js';
export { replyDueBy } from './decide/due-by.js';
export type { WeedKind } from './decide/weed.js';
export type { KeepKind } from './decide/keep.js';
export type { Topic } from './ruleset/schema.js';
export { decisionJsonSchema } from './schema/json-schema.js';
export {
  fromFacebook,
  fromInstagram,
  fromYouTube,
  fromYouTubeComment,
  fromPlatformResponse,
  PLATFORMS,
  type FacebookComment,
  type InstagramComment,
  type YouTubeComment,
  type YouTubeCommentThread,
  type Platform,
} from './adapters/index.js';
export { redact, RedactionError, type RedactOptions } from './redact.js';
