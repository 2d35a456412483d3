import { describe, expect, it } from 'vitest';
import { DecisionSchema, defineRuleset, moderate, osthammar, redact, RedactionError } from '../../src/index.js';

const m = (text: string, options = {}) => moderate({ id: 't', text }, options);
const pd = (text: string) => m(text).personalData.map((p) => `${p.kind}:${p.text}`);

describe('personal data in a decision', () => {
  it('reports a plain name for redaction but does not delete for it', () => {
    for (const text of ['Tack Anna på biblioteket!', 'Hej Jonas, när öppnar badet?', 'Kommunalrådet Anna Andersson borde svara på frågan om skolan']) {
      const d = m(text);
      expect(d.personalData.map((p) => p.kind)).toEqual(['name']);
      expect(d.action, text).not.toBe('delete-after-screenshot');
      const reason = d.reasons.find((r) => r.code === 'personal-data.name');
      expect(reason?.message.sv).toContain('raderas inte');
      expect(reason?.source.guideline).toContain('INGA PERSONUPPGIFTER');
    }
  });

  it('deletes for every kind the policy lists as infringing', () => {
    for (const text of ['pnr 811218-9876', 'ring 070-174 06 05', 'anna.berg@example.com', 'Han bor på Storgatan 12', 'Mitt konto 6000 123456789', 'Anna Berg är alkoholist']) {
      expect(m(text).action, text).toBe('delete-after-screenshot');
    }
  });

  it('follows the policy: a ruleset may make names infringing or phone numbers not', () => {
    const strict = defineRuleset({ id: 'strikt', name: 'Strikt', policy: { personalData: { infringing: ['name', 'personnummer'] } } }, { extends: osthammar });
    expect(m('Tack Anna på biblioteket!', { ruleset: strict }).action).toBe('delete-after-screenshot');
    expect(m('ring 070-174 06 05', { ruleset: strict }).action).not.toBe('delete-after-screenshot');
    expect(m('ring 070-174 06 05', { ruleset: strict }).personalData.map((p) => p.kind)).toEqual(['phone']);
  });

  it('cites INGA PERSONUPPGIFTER, dataskyddslagen for personnummer and GDPR art. 9 for sensitive data, without quoting the data', () => {
    const d = m('Per Svensson är alkoholist, pnr 811218-9876');
    const byCode = Object.fromEntries(d.reasons.map((r) => [r.code, r]));
    expect(byCode['personal-data.personnummer']?.source.law).toContain('Dataskyddslagen (2018:218)');
    expect(byCode['personal-data.personnummer']?.basis).toBe('legalDuty');
    expect(byCode['personal-data.name-with-sensitive']?.source.law).toContain('art. 9');
    expect(byCode['personal-data.name-with-sensitive']?.source.guideline).toContain('INGA PERSONUPPGIFTER');
    for (const r of d.reasons) {
      expect(r.message.sv).not.toContain('811218');
      expect(r.message.en).not.toContain('Svensson');
    }
    expect(m('Per Svensson är dömd för stöld').reasons.find((r) => r.code === 'personal-data.name-with-sensitive')?.source.law).toContain('art. 10');
    expect(DecisionSchema.safeParse(d).success).toBe(true);
  });

  it("does not report the municipality's own contact details", () => {
    expect(pd('Ring växeln 0173-860 00 eller mejla kommun@osthammar.se')).toEqual([]);
    expect(pd('Skriv till bygglov@osthammar.se')).toEqual([]);
  });

  it('pairs a sensitive topic with the person it is about', () => {
    expect(pd('Anna Berg är sjukskriven för depression')).toEqual(['name-with-sensitive:Anna Berg']);
    expect(pd('Jag såg Ulf Berglund. Han är alkoholist.')).toEqual(['name-with-sensitive:Ulf Berglund']);
    expect(pd('Tack Anna, du hjälpte mig när jag var sjukskriven')).toEqual(['name:Anna']);
    expect(pd('Anna Berg på socialtjänsten hjälpte oss')).toEqual(['name:Anna Berg']);
    expect(pd('Kommunalrådet Anna Andersson är sverigedemokrat')).toEqual(['name:Anna Andersson']);
    expect(pd('Socialtjänsten måste få mer resurser')).toEqual([]);
  });
});

describe('redact', () => {
  const text = 'Ring Anna på 070-174 06 05 eller mejla anna.berg@example.com';
  const d = m(text);

  it('masks every personal-data span and keeps the length', () => {
    const out = redact(text, d);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('Anna');
    expect(out).not.toContain('174');
    expect(out).not.toContain('example');
    expect(out).toBe('Ring ████ på ███████ ██ ██ eller mejla █████████████████████');
  });

  it('writes labels, or masks only some kinds', () => {
    expect(redact(text, d, { style: 'label' })).toBe('Ring [namn] på [telefonnummer] eller mejla [e-post]');
    expect(redact(text, d, { kinds: ['phone'], mask: '*' })).toBe('Ring Anna på ******* ** ** eller mejla anna.berg@example.com');
  });

  it('returns the text unchanged when there is no personal data', () => {
    const clean = 'När töms soptunnorna i Gimo?';
    expect(redact(clean, m(clean))).toBe(clean);
  });

  it('refuses a decision that belongs to another text', () => {
    expect(() => redact('Ring Olle på 070-174 06 05', d)).toThrow(RedactionError);
    expect(() => redact(text, {} as never)).toThrow(/decision must be what moderate\(\) returned/);
    expect(() => redact(text, d, { mask: '##' })).toThrow(/one UTF-16 character/);
  });
});
