// Validates the bundled rule data with zod before a build; exits 1 naming every invalid field.
import { RulesetSchema } from '../src/ruleset/schema.js';
import { osthammarInput } from '../src/ruleset/osthammar-input.js';
import { inEnglish } from '../src/schema/zod-locale.js';

const result = RulesetSchema.safeParse(osthammarInput, inEnglish);
if (!result.success) {
  for (const issue of result.error.issues) console.error(`rules/osthammar: ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const entries = result.data.lexicons.reduce((n, l) => n + l.entries.length, 0);
console.error(`rules/osthammar: valid (${result.data.lexicons.length} lexicons, ${entries} entries, ${result.data.patterns.length} pattern files)`);
