import type { Rule } from './rule.js';
import { profanityLexiconRule } from './rules/profanity.js';

/** Every rule the engine runs, in no particular order: findings are sorted afterwards. */
export const RULES: readonly Rule[] = [profanityLexiconRule];
