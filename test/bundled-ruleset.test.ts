import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledRulesetData, DATA_FILE, dataModule } from '../scripts/build-bundled-ruleset.js';
import { normalise } from '../src/normalise/normalise.js';
import { type CompiledPattern, compilePatterns, expandPattern, keepLoops, matchPatterns } from '../src/lexicon/patterns.js';
import { restoreBundledRuleset } from '../src/ruleset/bundled-ruleset.js';
import { compileRuleset } from '../src/ruleset/compile-ruleset.js';
import { compactRuleset, idSlug, inflateRuleset } from '../src/ruleset/compact-ruleset.js';
import { defineBundledRuleset, defineRuleset } from '../src/ruleset/define-ruleset.js';
import { osthammar } from '../src/ruleset/osthammar.js';
import { OSTHAMMAR_DATA } from '../src/ruleset/osthammar-data.js';
import { osthammarInput } from '../src/ruleset/osthammar-input.js';
import { FIXTURES, loadFixtureFiles } from './helpers.js';

// The package loads the bundled ruleset from data built ahead (src/ruleset/osthammar-data.ts) and compiles its
// patterns on first use: these check that it is the very ruleset zod would make and that it matches the same.
const reference = defineBundledRuleset(osthammarInput);

function unfrozen(value: unknown, path = 'osthammar'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  if (!Object.isFrozen(value)) return [path];
  return Object.entries(value).flatMap(([k, v]) => unfrozen(v, `${path}.${k}`));
}

/** Texts of every fixture, normalised as the engine reads them. */
function fixtureTexts(): string[] {
  const texts = loadFixtureFiles().flatMap(({ file }) => file.cases.map((c) => c.text));
  for (const name of ['crime', 'hate', 'violence', 'commercial']) {
    const file = JSON.parse(readFileSync(join(FIXTURES, 'evasion', `${name}.json`), 'utf8')) as { cases: { text: string }[] };
    texts.push(...file.cases.map((c) => c.text));
  }
  return texts.map((t) => normalise(t).text);
}

describe('bundled ruleset data', () => {
  it('is the ruleset defineRuleset makes of rules/osthammar, field for field and in the same order', () => {
    expect(JSON.stringify(osthammar)).toBe(JSON.stringify(reference));
    expect(osthammar).toEqual(reference);
  });

  it('is deeply frozen', () => {
    expect(unfrozen(osthammar)).toEqual([]);
  });

  it('is built from the rule data and code as they are now (npm run build rebuilds it)', () => {
    expect(readFileSync(DATA_FILE, 'utf8') === dataModule(bundledRulesetData(reference))).toBe(true);
  });

  it('leaves out the ids a long list makes from its terms, and keeps the ones it does not', () => {
    const terms = Array.from({ length: 120 }, (_, i) => `Ört ${i}`);
    const entries = [...terms.map((term) => ({ id: `x.places.${idSlug(term)}`, term })), { id: 'x.places.eget-id', term: 'Åby' }];
    const big = defineRuleset({
      id: 'lang',
      name: 'Lång',
      policy: osthammar.policy,
      versions: [{ version: '1', validFrom: '2026-01-01' }],
      lexicons: [{ id: 'x.places', category: 'context', language: 'sv', provenance: { source: 'test', licence: 'MIT' }, entries }],
      patterns: [],
    });
    const compact = compactRuleset(big);
    expect(compact.common[0]).toMatchObject({ idPrefix: 'x.places.' });
    expect(compact.lexicons[0]!.entries.filter((e) => e.id !== undefined).map((e) => e.id)).toEqual(['x.places.eget-id']);
    expect(JSON.stringify(inflateRuleset(JSON.parse(JSON.stringify(compact))))).toBe(JSON.stringify(big));
  });

  it.each([
    ['Abbekås', 'abbekas'],
    ['Upplands Väsby', 'upplands-vasby'],
    ['Anna-Lena', 'anna-lena'],
    ["O'Brien", 'o-brien'],
  ])('makes the id slug of %s', (term, slug) => {
    expect(idSlug(term)).toBe(slug);
  });

  it('compacts and restores any validated ruleset unchanged', () => {
    const small = defineRuleset({
      id: 'liten',
      name: 'Liten',
      policy: osthammar.policy,
      versions: [{ version: '1', validFrom: '2026-01-01' }],
      lexicons: [{ id: 'x.words', category: 'profanity', language: 'sv', provenance: { source: 'test', licence: 'MIT' }, entries: [{ id: 'x.a', term: 'fan', forms: ['fanen'], allow: ['fanclub'], note: 'n' }] }],
      patterns: [{ id: 'x.p', category: 'crime', language: '*', provenance: { source: 'test', licence: 'MIT' }, patterns: [{ id: 'p', pattern: '{b}döda{b}', messageId: 'm', tags: ['t'] }] }],
    });
    expect(JSON.stringify(inflateRuleset(JSON.parse(JSON.stringify(compactRuleset(small)))))).toBe(JSON.stringify(small));
  });
});

describe('bundled patterns, compiled on first use', () => {
  // A fresh restore each: patterns another test ran have made their regular expressions already.
  const restored = () => compileRuleset(restoreBundledRuleset(JSON.parse(OSTHAMMAR_DATA)));
  const eager = (english: boolean) => compilePatterns(reference.patterns.filter((p) => p.language === (english ? 'en' : 'sv') || p.language === '*'), reference.lexicons);

  it('have the regular expressions an eager compile makes', () => {
    const compiled = restored();
    for (const [lazy, ref] of [
      [compiled.swedishPatterns, eager(false)],
      [compiled.englishPatterns, eager(true)],
    ] as const) {
      expect(lazy.map((p) => `${p.fileId}/${p.pattern.id}`)).toEqual(ref.map((p) => `${p.fileId}/${p.pattern.id}`));
      lazy.forEach((p, i) => expect([p.regex.source, p.regex.flags]).toEqual([ref[i]!.regex.source, ref[i]!.regex.flags]));
    }
  });

  it('match every fixture text as their sources do without keepLoops', () => {
    const byId = new Map(reference.lexicons.map((l) => [l.id, l]));
    const looped = reference.patterns.flatMap((f) => f.patterns.map((p) => expandPattern(p.pattern, byId, `${f.id}/${p.id}`))).filter((s) => keepLoops(s) !== s);
    expect(looped.length).toBeGreaterThan(10);
    const pairs = looped.map((source) => [new RegExp(keepLoops(source), 'gu'), new RegExp(source, 'gu')] as const);
    const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`).join(' ');
    for (const text of fixtureTexts()) for (const [fast, plain] of pairs) expect(spans(fast, text)).toBe(spans(plain, text));
  });

  it('match every fixture text exactly as eagerly compiled patterns do', () => {
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(200);
    const fresh = restored();
    const [swedish, english] = [eager(false), eager(true)];
    const hits = (patterns: readonly CompiledPattern[], text: string) => matchPatterns(patterns, text).map((h) => `${h.compiled.fileId}/${h.compiled.pattern.id}@${h.start}-${h.end}`);
    for (const text of texts) {
      expect(hits(fresh.swedishPatterns, text), text).toEqual(hits(swedish, text));
      expect(hits(fresh.englishPatterns, text), text).toEqual(hits(english, text));
    }
  });

  it('let a copy with another regex read its own required literals ({ ...p, regex })', () => {
    const p = restored().swedishPatterns[0]!;
    const copy = { ...p, regex: new RegExp('zzyzx', 'gu') };
    expect(matchPatterns([copy], 'vid zzyzx road').map((h) => h.match)).toEqual(['zzyzx']);
  });
});
