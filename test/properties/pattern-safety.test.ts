import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineRuleset, osthammar, RulesetError } from '../../src/index.js';
import { tolerantSource } from '../../src/detect/rules/phrase-hits.js';
import { compilePatterns, expandPattern, matchPatterns } from '../../src/lexicon/patterns.js';
import { assertPatternsSafe, checkPatternSafety, type PatternProblem } from '../../src/ruleset/pattern-safety.js';
import { type Lexicon, type PatternFile, PatternFileSchema } from '../../src/ruleset/schema.js';
import { ROOT } from '../helpers.js';

/** Fixed seed and bounded runs: the same cases on every machine, a few seconds at most. */
const SEED = 20_261_124;
const RUNS = 150;

/** Forms of every lexicon, as `{list:ID}` expands them. */
const listsOf = (lexicons: readonly Lexicon[]) =>
  new Map(lexicons.map((l) => [l.id, [...new Set(l.entries.flatMap((e) => [e.term, ...e.forms]).map((f) => f.toLowerCase()))]]));

const file = (patterns: { id: string; pattern: string }[], id = 'test.patterns'): PatternFile => ({
  id, category: 'violence', language: 'sv', provenance: { source: 'test', licence: 'MIT' },
  patterns: patterns.map((p) => ({ severity: 'medium', allow: [], tags: [], ...p })),
});

/** Runs one pattern as production does (macros expanded, flags `gu`) and returns the slowest input's time. */
function slowestMs(source: string, inputs: readonly string[], lexicons: readonly Lexicon[] = []): number {
  const compiled = compilePatterns([file([{ id: 'p', pattern: source }])], lexicons);
  let worst = 0;
  for (const text of inputs) {
    const t = performance.now();
    matchPatterns(compiled, text);
    worst = Math.max(worst, performance.now() - t);
  }
  return worst;
}

const N = 20_000;
/** Long runs and repetitions that make a backtracking pattern try every split. */
const HOSTILE = ['a', 'ab', 'a ', 'a b ', ' ', 'aab ', 'x', 'ax ', ' a', '1', '1 ', '.', 'a.', 'ä', 'jag ', 'du är ', 'http://', ', '].map((unit, i) => {
  const run = unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  return i % 2 === 0 ? run : `${run}!`;
});

describe('checkPatternSafety – what it refuses', () => {
  it.each<[string, PatternProblem['kind']]>([
    ['{b}(a+)+$', 'exponential'],
    ['{b}(a|a)*b', 'exponential'],
    ['{b}(?:a?a)+b', 'exponential'],
    ['{b}(?:a|b|ab){0,5}x', 'exponential'],
    ['{b}jag (?:\\p{L}+ ?){0,3}döda', 'exponential'],
    ['{b}(?:\\d+[,.]?)+ kr', 'exponential'],
    ['{b}x(?:\\p{L}{1,5}){2,4}y', 'exponential'],
    ['{b}(?:{list:multi} ){0,3}x', 'exponential'],
    ['{b}\\p{L}+a\\p{L}+x', 'polynomial'],
    ['{b}\\p{L}{0,30}\\p{L}{0,30}y', 'polynomial'],
    ['{b}[\\u{10400}-\\u{1044F}]+\\u{10400}+x', 'polynomial'],
    ['(a*)*b', 'empty-repeat'],
    ['{b}(?:(?:a|)|)+', 'empty-repeat'],
    ['{b}(?:x(?:a?)?y)+', 'ambiguous-empty'],
    ['(\\w)\\1', 'backreference'],
    ['\\k<a>(?<a>x)', 'backreference'],
    ['{b}*jävla', 'quantified-assertion'],
    ['(?=.*x)abc', 'long-lookaround'],
    ['\\d+ kr', 'unanchored-repeat'],
    ['{b}jag .* döda{b}', 'unanchored-repeat'],
    ['{b}https?://\\S+{b}', 'unanchored-repeat'],
    ['(?:ab)+y', 'unanchored-repeat'],
    ['(unclosed', 'syntax'],
    ['{b}alla {list:nope}{b}', 'unknown-list'],
  ])('%s → %s', (source, kind) => {
    const lists = new Map([['multi', ['a', 'b', 'a b']]]);
    const problems = checkPatternSafety(source, { lists });
    expect(problems[0]?.kind).toBe(kind);
    expect(problems[0]?.message).toMatch(/\. [A-Z].*\.$/s); // why, then what to change
  });
});

describe('checkPatternSafety – what it lets through', () => {
  it.each([
    '{b}jag ska (?:\\p{L}+ ){0,3}döda{b}',
    '{b}jag ska (?:\\p{L}+\\s+){0,3}döda{b}',
    '{b}(?:jag|vi)\\s(?:ska|kommer\\satt)\\s(?:\\p{L}+\\s){0,3}?(?:döda|skjuta)\\p{L}*(?![\\p{L}\\p{N}])',
    '{b}bränn\\p{L}* ner{b}',
    '{b}\\p{L}+ \\p{L}+x',
    '{b}\\d+ kr',
    '{b}\\d{6}-?\\d{4}{b}',
    'https?://\\S+',
    'x(?:ab)+y',
    '{b}(a|ab)*c',
    '{b}jag .{0,40} döda{b}',
    '{b}alla (?<group>{list:groups}) är{b}',
    '{b}alla (?:{list:adj} ){0,2}{list:groups}{b}',
    '{b}\\p{L}+(?:, \\p{L}+){0,3} och',
    '\\uD83D\\uDE00',
    '(?<![\\p{L}\\p{N}])\\p{L}+ x',
  ])('%s', (source) => {
    const lists = new Map([['groups', ['invandrare', 'kvinnor', 'muslimer']], ['adj', ['jävla', 'äckliga', 'jävla dumma']]]);
    expect(checkPatternSafety(source, { lists })).toEqual([]);
    expect(slowestMs(source.replace(/\{list:[^}]+\}/g, '(?:kvinnor|jävla)'), HOSTILE)).toBeLessThan(250);
  });
});

describe('defineRuleset refuses unsafe custom patterns', () => {
  const extension = (pattern: string) => ({ id: 'uppsala', name: 'Uppsala kommun', patterns: [file([{ id: 'nested', pattern }], 'uppsala.hot')] });

  it('names the file and the pattern, says why and what to write instead', () => {
    let error: unknown;
    try {
      defineRuleset(extension('{b}jag (?:\\p{L}+ ?){0,3}döda{b}'), { extends: osthammar });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RulesetError);
    const e = error as RulesetError;
    expect(e.code).toBe('MODERERA_INVALID_RULESET');
    expect(e.message).toMatch(/^Pattern uppsala\.hot\/nested is refused: .*more than one way.*exponential time/);
    expect(e.message).toMatch(/\(\?:\\p\{L\}\+ \)\{0,3\} rather than/);
    expect(e.issues[0]).toMatch(/^uppsala\.hot\/nested: exponential at "\(\?:\\p\{L\}\+ \?\)\{0,3\}"/);
  });

  it('accepts a linear pattern, and refuses a list the ruleset lacks at definition time', () => {
    const ok = defineRuleset(extension('{b}jag ska (?:\\p{L}+ ){0,3}döda dig{b}'), { extends: osthammar });
    expect(ok.patterns.at(-1)?.patterns[0]?.id).toBe('nested');
    expect(() => defineRuleset(extension('{b}alla {list:uppsala.nope}{b}'), { extends: osthammar })).toThrow(/uppsala\.hot\/nested.*uppsala\.nope/);
  });

  it('re-checks an inherited pattern when an extension redefines the list it reads', () => {
    const words = (id: string, terms: string[]): Lexicon => ({
      id: 'base.words', category: 'context', language: 'sv', provenance: { source: 'test', licence: 'MIT' },
      entries: terms.map((term, i) => ({ id: `${id}.${i}`, term, forms: [], stem: false, compound: 'none', strip: true, severity: 'medium', allow: [], unlessPrevious: [], unlessNext: [], tags: [] })),
    });
    const base = defineRuleset({ ...osthammar, id: 'base', lexicons: [words('b', ['ful', 'dum'])], patterns: [file([{ id: 'adj', pattern: '{b}(?:{list:base.words} ){0,3}typ{b}' }], 'base.p')] });
    expect(() => defineRuleset({ id: 'ext', name: 'Ext', lexicons: [words('e', ['ful', 'dum', 'ful dum'])] }, { extends: base })).toThrow(/base\.p\/adj is refused/);
    expect(() => defineRuleset({ id: 'ext', name: 'Ext', lexicons: [words('e', ['ful', 'elak'])] }, { extends: base })).not.toThrow();
  });
});

/** Every pattern the library ships: the bundled ruleset's, and every pattern file under rules/. */
function bundledPatterns(): { where: string; source: string }[] {
  const out = new Map<string, string>();
  for (const f of osthammar.patterns) for (const p of f.patterns) out.set(`${f.id}/${p.id}`, p.pattern);
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : []));
  for (const path of walk(join(ROOT, 'rules')).filter((p) => p.includes(`${join('/', 'patterns', '/')}`))) {
    const f = PatternFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    for (const p of f.patterns) out.set(`${f.id}/${p.id}`, p.pattern);
  }
  return [...out].map(([where, source]) => ({ where, source }));
}

describe('every bundled pattern', () => {
  const patterns = bundledPatterns();
  const lists = listsOf(osthammar.lexicons);

  it('is proven safe as a whole, as defineRuleset would prove it', () => {
    expect(() => assertPatternsSafe(osthammar.patterns, osthammar.lexicons)).not.toThrow();
  });
  it.each(patterns.map((p) => [p.where, p.source] as const))('%s is proven safe', (_where, source) => {
    expect(checkPatternSafety(source, { lists })).toEqual([]);
  });
  it('and so is every variant tolerant of missing å, ä, ö that the phrase rules derive at run time', () => {
    const byId = new Map(osthammar.lexicons.map((l) => [l.id, l]));
    const unsafe = osthammar.patterns.flatMap((f) =>
      f.patterns.flatMap((p) => {
        const problems = checkPatternSafety(tolerantSource(p, byId, `${f.id}/${p.id}`));
        return problems.length > 0 ? [`${f.id}/${p.id}: ${problems[0]!.kind}`] : [];
      }),
    );
    expect(unsafe).toEqual([]);
  });
  it.each(patterns.map((p) => [p.where, p.source] as const))('%s runs in linear time on hostile input', (_where, source) => {
    // Its own words, repeated without the ending it waits for, are the likeliest near miss.
    const words = source.replace(/\{[^}]*\}|\\[pPuxk]\{?[^}\s]*\}?|\\./g, ' ').match(/\p{L}{2,}/gu) ?? [];
    const own = [words.join(' '), words.slice(0, 3).join(' ')].filter((w) => w.length > 0).map((w) => `${w} `.repeat(Math.ceil(N / (w.length + 1))).slice(0, N));
    expect(slowestMs(source, [...HOSTILE, ...own], osthammar.lexicons)).toBeLessThan(250);
  });
});

/** Small patterns over a few characters and classes, with every quantifier and alternation. */
const patternArb: fc.Arbitrary<string> = fc
  .letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 4, depthIdentifier: 'node' },
      fc.constantFrom('a', 'b', ' ', 'x', '\\p{L}', '.', '[ab]', '[^a]', '\\s', '[a ]'),
      fc.array(tie('node'), { minLength: 2, maxLength: 3, depthIdentifier: 'node' }).map((xs) => xs.join('')),
      fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
      fc.tuple(tie('node'), fc.constantFrom('*', '+', '?', '{0,3}', '{1,5}', '{2}', '{0,200}')).map(([a, q]) => `(?:${a})${q}`),
    ),
  }))
  .node;

/** Any code points, lone surrogates included (fast-check's `unit: 'binary'` is far slower to generate). */
const anyText = fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 40 }).map((cps) => String.fromCodePoint(...cps));

describe('checkPatternSafety – properties', () => {
  it('answers for any string, never throws, and points at text of the pattern', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, fc.string({ unit: fc.constantFrom(...'()[]{}|*+?.\\^$ab-:=!<>,0123456789pLu'.split('')), maxLength: 30 })), (source) => {
        const problems = checkPatternSafety(source);
        for (const p of problems) for (const part of p.at.split(' … ')) expect(source).toContain(part);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('every pattern it accepts runs in linear time on hostile input', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom('{b}', '', 'x', '^'), patternArb, fc.constantFrom('', 'y', '{b}', ' ', '$'), (prefix, body, suffix) => {
        const source = `${prefix}${body}${suffix}`;
        if (checkPatternSafety(source).length > 0) return;
        accepted++;
        expect(slowestMs(source, HOSTILE)).toBeLessThan(250);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The property says something only if many generated patterns were accepted and then run.
    expect(accepted).toBeGreaterThan(RUNS / 3);
  });
});
