import { describe, expect, it } from 'vitest';
import { RULES } from '../src/detect/registry.js';
import { en } from '../src/locales/en/index.js';
import { sv } from '../src/locales/sv/index.js';
import { osthammar } from '../src/index.js';
import { loadFixtureFiles } from './helpers.js';

const cases = loadFixtureFiles().flatMap((f) => f.file.cases);

// A rule without docs, a message, a guideline section or fixtures both ways fails here.
describe.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule) => {
  it('has docs that cite a guideline section of the ruleset', () => {
    expect(rule.meta.docs.description.length).toBeGreaterThan(10);
    expect(Object.keys(osthammar.policy.guideline.sections)).toContain(rule.meta.docs.guideline);
  });
  it('declares messages that exist in Swedish and English', () => {
    expect(rule.meta.messages.length).toBeGreaterThan(0);
    for (const m of rule.meta.messages) {
      expect(sv[m], `sv ${m}`).toBeTruthy();
      expect(en[m], `en ${m}`).toBeTruthy();
    }
  });
  it('has fixtures that must fire', () => {
    expect(cases.filter((c) => c.expect.findings?.some((f) => f.ruleId === id)).length).toBeGreaterThanOrEqual(5);
  });
  it('has look-alike fixtures that must not fire', () => {
    const category = rule.meta.category;
    const negatives = cases.filter((c) =>
      category === 'personal-data' ? c.expect.personalData?.length === 0 : c.expect.categories !== undefined && !c.expect.categories.includes(category),
    );
    expect(negatives.length).toBeGreaterThanOrEqual(5);
  });
});

describe('rule ids', () => {
  it('are unique', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
