import { Filter } from 'bad-words';
import badWordsExclude from '../../rules/osthammar/lexicons/bad-words.en.exclude.json';
import profanityAny from '../../rules/osthammar/lexicons/profanity.any.json';
import profanitySv from '../../rules/osthammar/lexicons/profanity.sv.json';
import policyFile from '../../rules/osthammar/ruleset.json';
import { personalDataLexicons } from '../detect/personal-data/lexicons.js';
import { harmCommerceLexicons, harmCommercePatterns } from '../detect/rules/harm-commerce-data.js';
import { insultHateLexicons, insultHatePatterns } from '../detect/rules/insult-hate-data.js';
import { normalise } from '../normalise/normalise.js';
import type { LexiconInputList, RulesetInput } from './define-ruleset.js';

// The bundled ruleset as it is written, before validation. Read at build time (scripts/build-bundled-ruleset.ts
// turns it into src/ruleset/osthammar-data.ts) and by tests; the package itself loads the built data.

/** bad-words' English list, folded as comments are, minus what moderera files elsewhere; for English text only. */
function badWordsLexicon(): LexiconInputList[number] {
  const exclude = new Set(badWordsExclude.exclude);
  const terms = new Set<string>();
  for (const raw of new Filter().list) {
    const term = normalise(raw).text.trim();
    if (/^\p{L}+( \p{L}+)*$/u.test(term) && !exclude.has(term)) terms.add(term);
  }
  return {
    id: 'en.profanity.bad-words',
    category: 'profanity',
    language: 'en',
    provenance: { source: 'npm package bad-words (its English list)', licence: 'MIT', note: 'applied to comments detected as English only' },
    entries: [...terms].sort().map((term) => ({ id: `en.profanity.bw.${term.replace(/[^a-z0-9]+/g, '-')}`, term, strip: false })),
  };
}

/**
 * The Östhammar ruleset as data: policy and versions from rules/osthammar, lexicons beside it.
 *
 * @example
 * RulesetSchema.safeParse(osthammarInput).success // true
 */
export const osthammarInput: RulesetInput = {
  ...(policyFile as Pick<RulesetInput, 'id' | 'name' | 'versions' | 'policy'>),
  lexicons: [profanitySv, profanityAny, badWordsLexicon(), ...personalDataLexicons(), ...harmCommerceLexicons, ...insultHateLexicons] as LexiconInputList,
  patterns: [...harmCommercePatterns, ...insultHatePatterns],
};
