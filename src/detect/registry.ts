import type { Rule } from './rule.js';
import { PERSONAL_DATA_RULES } from './personal-data/rules.js';
import { commercialRule } from './rules/commercial.js';
import { copyrightRule } from './rules/copyright.js';
import { crimeRule } from './rules/crime.js';
import { hateGeneralisationRule, hateSexualHarassmentRule, hateSlurRule } from './rules/hate.js';
import { insultAbuseRule, insultAccusationRule, insultAimedRule } from './rules/insult.js';
import { pornographyRule } from './rules/pornography.js';
import { profanityLexiconRule } from './rules/profanity.js';
import { violenceRule } from './rules/violence.js';

/** Every rule the engine runs, in no particular order: findings are sorted afterwards. */
export const RULES: readonly Rule[] = [
  profanityLexiconRule,
  ...PERSONAL_DATA_RULES,
  violenceRule,
  pornographyRule,
  crimeRule,
  copyrightRule,
  commercialRule,
  insultAimedRule,
  insultAccusationRule,
  insultAbuseRule,
  hateSlurRule,
  hateGeneralisationRule,
  hateSexualHarassmentRule,
];
