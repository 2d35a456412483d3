import { type CommentIntent, readIntent } from '../../src/decide/intent.js';
import { normalise } from '../../src/normalise/normalise.js';
import { tokenize } from '../../src/normalise/tokens.js';
import { compileRuleset, versionInForce } from '../../src/ruleset/compile-ruleset.js';
import { osthammar } from '../../src/ruleset/osthammar.js';
import type { Policy } from '../../src/ruleset/schema.js';

export const policy: Policy = versionInForce(compileRuleset(osthammar)).policy;

/** What moderate reads from a comment's words, with the bundled Östhammar policy. */
export function intentOf(text: string, p: Policy = policy): CommentIntent {
  const n = normalise(text);
  return readIntent(n, tokenize(n), text, p);
}
