import { type BundledRulesetData, restoreBundledRuleset } from './bundled-ruleset.js';
import { OSTHAMMAR_DATA } from './osthammar-data.js';

// The data as written (rules/osthammar) for scripts and tests; the package loads the built data instead.
export { osthammarInput } from './osthammar-input.js';

/**
 * The bundled ruleset for Östhammars kommun, validated like any other, at build time
 * (scripts/build-bundled-ruleset.ts; `npm run rules:check` checks the data files too). Its patterns are proven
 * safe by test/properties/pattern-safety.test.ts rather than on every import (see SECURITY.md).
 *
 * @example
 * moderate({ id: '1', text: 'Hej' }, { ruleset: osthammar })
 */
export const osthammar = restoreBundledRuleset(JSON.parse(OSTHAMMAR_DATA) as BundledRulesetData);
