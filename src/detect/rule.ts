import type { NormalisedText } from '../normalise/normalise.js';
import type { Token } from '../normalise/tokens.js';
import type { DetectedLanguage } from '../language/detect-language.js';
import type { LexiconHit } from '../lexicon/match.js';
import type { PatternHit } from '../lexicon/patterns.js';
import type { MessageData, MessageId } from '../locales/format.js';
import type { Policy } from '../ruleset/schema.js';
import type { CompiledRuleset } from '../ruleset/compile-ruleset.js';
import type { Category, PersonalDataKind } from '../schema/decision.js';
import type { ValidComment } from '../validate/validate-comment.js';

/** What every rule may read: the comment, its normalised text and words, its language, and the policy. */
export interface DetectionContext {
  readonly comment: ValidComment;
  readonly text: string;
  readonly normalised: NormalisedText;
  readonly tokens: readonly Token[];
  readonly language: DetectedLanguage;
  readonly policy: Policy;
  readonly ruleset: CompiledRuleset;
  /** Every lexicon hit for the comment's language family, computed once for all rules. */
  readonly hits: readonly LexiconHit[];
  /** Every pattern hit for the comment's language family, on the normalised text, computed once. */
  readonly patternHits: readonly PatternHit[];
  /** Values the rules share for this comment (perComment), when the engine made the context. */
  readonly memo?: Map<string, unknown>;
}

/** A rule's hit before the engine adds `ruleId`, `category` and the original `text`. */
export interface RuleFinding {
  /** Half-open UTF-16 span of the ORIGINAL text. */
  readonly start: number;
  readonly end: number;
  readonly messageId: MessageId;
  readonly data?: MessageData;
  /** For personal-data rules: the kind found. */
  readonly kind?: PersonalDataKind;
  /** Overrides the category's law and basis when this hit rests on a specific provision. */
  readonly law?: string;
  readonly basis?: 'legalDuty' | 'policy';
}

/** A rule's metadata, ESLint style: what it finds, where the guideline says so, and what it may say. */
export interface RuleMeta {
  readonly id: string;
  readonly category: Category | 'personal-data';
  readonly docs: {
    readonly description: string;
    /** Key into the ruleset's `guideline.sections`. */
    readonly guideline: string;
    readonly law?: string;
  };
  readonly messages: readonly MessageId[];
}

/** A detector: metadata plus behaviour. Pure: the same context gives the same findings. */
export interface Rule {
  readonly meta: RuleMeta;
  detect(ctx: DetectionContext): readonly RuleFinding[];
}
