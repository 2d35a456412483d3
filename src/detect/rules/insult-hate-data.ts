// The rule data of the insult and hate rules, bundled at build time.
import ctxContemptEn from '../../../rules/osthammar/lexicons/context.contempt.en.json';
import ctxContemptSv from '../../../rules/osthammar/lexicons/context.contempt.sv.json';
import ctxGroupsEn from '../../../rules/osthammar/lexicons/context.groups.en.json';
import ctxGroupsSv from '../../../rules/osthammar/lexicons/context.groups.sv.json';
import ctxTargetsEn from '../../../rules/osthammar/lexicons/context.targets.en.json';
import ctxTargetsSv from '../../../rules/osthammar/lexicons/context.targets.sv.json';
import hateEn from '../../../rules/osthammar/lexicons/hate.en.json';
import hateSv from '../../../rules/osthammar/lexicons/hate.sv.json';
import insultEn from '../../../rules/osthammar/lexicons/insult.en.json';
import insultSv from '../../../rules/osthammar/lexicons/insult.sv.json';
import hatePatternsEn from '../../../rules/osthammar/patterns/hate.en.json';
import hatePatternsSv from '../../../rules/osthammar/patterns/hate.sv.json';
import insultPatternsAny from '../../../rules/osthammar/patterns/insult.any.json';
import insultPatternsEn from '../../../rules/osthammar/patterns/insult.en.json';
import insultPatternsSv from '../../../rules/osthammar/patterns/insult.sv.json';
import type { RulesetInput } from '../../ruleset/define-ruleset.js';

/** Lexicons of the insult and hate rules: the words, and the context lists (targets, groups, contempt) they read. */
export const insultHateLexicons = [
  insultSv,
  insultEn,
  hateSv,
  hateEn,
  ctxTargetsSv,
  ctxTargetsEn,
  ctxGroupsSv,
  ctxGroupsEn,
  ctxContemptSv,
  ctxContemptEn,
] as RulesetInput['lexicons'];

/** Pattern files of the insult and hate rules. */
export const insultHatePatterns = [insultPatternsSv, insultPatternsEn, insultPatternsAny, hatePatternsSv, hatePatternsEn] as NonNullable<RulesetInput['patterns']>;
