import { describe, expect, it } from 'vitest';
import { compileRuleset, versionInForce } from '../../src/ruleset/compile-ruleset.js';
import { defineRuleset, moderate, osthammar } from '../../src/index.js';

// A REVIDERING: the yearly revision is a new version with validFrom and the policy fields it changes.
const revised = defineRuleset(
  {
    id: 'osthammar-reviderad',
    name: 'Östhammars kommun (reviderad)',
    versions: [
      { version: '2026.1', validFrom: '2026-01-01' },
      { version: '2027.1', validFrom: '2027-01-01', note: 'REVIDERING 2027', changes: { reply: { responseWorkingDays: 5 }, archival: { weedAfterDays: 30 } } },
    ],
  },
  { extends: osthammar },
);

describe('ruleset versions (REVIDERING)', () => {
  it('applies the version in force at the comment’s createdAt', () => {
    const before = moderate({ id: '1', text: 'När öppnar badhuset?', createdAt: '2026-12-30T10:00:00+01:00' }, { ruleset: revised });
    const after = moderate({ id: '2', text: 'När öppnar badhuset?', createdAt: '2027-01-04T10:00:00+01:00' }, { ruleset: revised });
    expect(before.ruleset).toEqual({ id: 'osthammar-reviderad', version: '2026.1' });
    expect(before.reply.dueBy).toBe('2027-01-05');
    expect(before.archival.weedAfter).toBe('2027-03-30');
    expect(after.ruleset.version).toBe('2027.1');
    expect(after.reply.dueBy).toBe('2027-01-12');
    expect(after.archival.weedAfter).toBe('2027-02-03');
  });

  it('takes the Swedish calendar day: 23:30 UTC on 31 December is the new year', () => {
    const d = moderate({ id: '1', text: 'När öppnar badhuset?', createdAt: '2026-12-31T23:30:00Z' }, { ruleset: revised });
    expect(d.ruleset.version).toBe('2027.1');
    expect(versionInForce(compileRuleset(revised), '2026-12-31T22:59:59Z').version).toBe('2026.1');
    expect(versionInForce(compileRuleset(revised), '2026-12-31').version).toBe('2026.1');
  });

  it('uses now without createdAt, the newest without either, and the first before any version', () => {
    expect(moderate({ id: '1', text: 'Hej' }, { ruleset: revised, now: '2026-06-01T10:00:00Z' }).ruleset.version).toBe('2026.1');
    expect(moderate({ id: '1', text: 'Hej' }, { ruleset: revised }).ruleset.version).toBe('2027.1');
    expect(moderate({ id: '1', text: 'Hej', createdAt: '2020-01-01T10:00:00Z' }, { ruleset: revised }).ruleset.version).toBe('2026.1');
  });

  it('records the version in the evidence of a deletion', () => {
    const d = moderate({ id: '1', text: 'Jävla kommun', createdAt: '2027-02-01T10:00:00+01:00' }, { ruleset: revised });
    expect(d.archival.evidence?.ruleset).toEqual({ id: 'osthammar-reviderad', version: '2027.1' });
  });

  it('rejects a revision that breaks the reply policy with a RulesetError', () => {
    expect(() => defineRuleset({ id: 'x', name: 'X', policy: { reply: { officeHours: { opens: '17:00', closes: '08:00' } } } }, { extends: osthammar })).toThrow(/opens must be before/);
    expect(() => defineRuleset({ id: 'x', name: 'X', policy: { reply: { closedEves: ['lillajulafton' as never] } } }, { extends: osthammar })).toThrow(/closedEves/);
  });
});
