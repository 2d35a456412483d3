import { describe, expect, it } from 'vitest';
import { osthammarInput } from '../src/ruleset/osthammar.js';
import { RulesetSchema } from '../src/ruleset/schema.js';
import { compileRuleset, versionInForce } from '../src/ruleset/compile-ruleset.js';
import { defineRuleset, moderate, osthammar, RulesetError } from '../src/index.js';

describe('rulesets', () => {
  it('the bundled Östhammar rules are valid data', () => {
    expect(RulesetSchema.safeParse(osthammarInput).success).toBe(true);
  });
  it('every category cites a guideline section that exists', () => {
    for (const [cat, p] of Object.entries(osthammar.policy.categories)) {
      expect(osthammar.policy.guideline.sections[p.guideline], cat).toBeTruthy();
    }
  });
  it('hets mot folkgrupp rests on BrB 16:8 and BBS-lagen 5 § as a legal duty; svordomar only on policy', () => {
    expect(osthammar.policy.categories.hate).toMatchObject({ basis: 'legalDuty', law: expect.stringMatching(/16 kap. 8 §.*BBS-lagen \(1998:112\) 5 §/) });
    expect(osthammar.policy.categories.profanity).toEqual({ guideline: 'tillat-inte.svordomar', basis: 'policy' });
  });
  it('refuses an invalid ruleset with a RulesetError naming the field', () => {
    expect(() => defineRuleset({ id: 'X Y', name: '', policy: osthammar.policy, versions: [], lexicons: [] })).toThrow(RulesetError);
    try {
      defineRuleset({ id: 'bad', name: 'Bad', policy: osthammar.policy, versions: [{ version: '1', validFrom: '2026-13-01' }], lexicons: [] });
    } catch (e) {
      expect((e as RulesetError).issues.join()).toMatch(/versions\.0\.validFrom/);
    }
  });
  it('refuses duplicate entry ids', () => {
    expect(() => defineRuleset({ id: 'dup', name: 'Dup', lexicons: osthammar.lexicons.slice(0, 1) }, { extends: osthammar })).toThrow(/used twice/);
  });
  it('lets another municipality extend Östhammar with its own words and versions', () => {
    const norrtalje = defineRuleset(
      {
        id: 'norrtalje',
        name: 'Norrtälje kommun',
        versions: [
          { version: '2025.1', validFrom: '2025-01-01' },
          { version: '2026.1', validFrom: '2026-01-01', changes: { settings: { flagMildOaths: true } } },
        ],
        lexicons: [
          { id: 'norrtalje.extra', category: 'profanity', language: 'sv', provenance: { source: 'test', licence: 'MIT' }, entries: [{ id: 'norrtalje.tjockis', term: 'tjockskalle' }] },
        ],
      },
      { extends: osthammar },
    );
    const withWord = (ruleset?: typeof norrtalje) => moderate({ id: '1', text: 'din tjockskalle' }, ruleset ? { ruleset } : {}).findings.map((f) => f.ruleId);
    expect(withWord(norrtalje)).toContain('profanity/lexicon');
    expect(withWord()).not.toContain('profanity/lexicon');
    const c = compileRuleset(norrtalje);
    expect(versionInForce(c, '2025-06-01T00:00:00Z').version).toBe('2025.1');
    expect(versionInForce(c, '2026-06-01T00:00:00Z').version).toBe('2026.1');
    const old = moderate({ id: '1', text: 'Jäkla bra', createdAt: '2025-06-01T00:00:00Z' }, { ruleset: norrtalje });
    const now = moderate({ id: '1', text: 'Jäkla bra', createdAt: '2026-06-01T00:00:00Z' }, { ruleset: norrtalje });
    expect([old.ruleset.version, old.categories]).toEqual(['2025.1', []]);
    expect([now.ruleset.version, now.categories]).toEqual(['2026.1', ['profanity']]);
  });
});
