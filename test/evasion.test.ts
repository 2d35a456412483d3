import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  disguise,
  EVASION_DIR,
  makeEvasionFiles,
  readCategoryFiles,
  targetWord,
  VARIANT_KINDS,
  type VariantKind,
} from '../scripts/make-evasion.js';
import { seededRandom } from '../scripts/seeded-random.js';
import { type Fixture, FixtureFileSchema } from '../src/fixtures/fixture-schema.js';
import { moderate, normalise } from '../src/index.js';

/** The share of evasion variants that must still be caught. */
const REQUIRED = 0.95;

describe('scripts/make-evasion.ts', () => {
  const rng = () => seededRandom(7);

  it('writes leet with the usual substitutions on the word only', () => {
    const out = disguise('jävlaskit', 'leet', rng())!;
    expect(out).not.toBe('jävlaskit');
    expect(out).toMatch(/^[jävlaskit4@35$10]+$/u);
    expect(out.length).toBe('jävlaskit'.length);
    expect(disguise('fuck', 'leet', rng())).toBeNull(); // no letter with a leet form
  });
  it('spaces out words of three letters or more with one separator', () => {
    expect(disguise('skit', 'spacing', rng())).toMatch(/^s([ .-])k\1i\1t$/u);
    expect(disguise('ok', 'spacing', rng())).toBeNull();
  });
  it('stretches one letter to a run of four to seven', () => {
    const out = disguise('fan', 'stretching', rng())!;
    expect(out).toMatch(/^fa{4,7}n$/u);
  });
  it('hides one or two invisible characters between letters', () => {
    const out = disguise('jävla', 'zero-width', rng())!;
    expect(out.replace(/[\u200B-\u200D\u2060\uFEFF]/gu, '')).toBe('jävla');
    expect(out.length - 'jävla'.length).toBeGreaterThanOrEqual(1);
    expect(out.length - 'jävla'.length).toBeLessThanOrEqual(2);
  });
  it('swaps letters for Cyrillic look-alikes that the normaliser folds back', () => {
    const out = disguise('idiot', 'homoglyph', rng())!;
    expect(out).toMatch(/\p{Script=Cyrillic}/u);
    expect(normalise(out).text).toBe('idiot');
  });
  it('disguises plain findings only, the longest word of a phrase', () => {
    expect(targetWord('Alla invandrare är kriminella')).toBe('invandrare');
    expect(targetWord('J4VLA')).toBeNull();
    expect(targetWord('f.a.n')).toBeNull();
    expect(targetWord('i d i o t')).toBeNull();
    expect(targetWord('j\u0430vla')).toBeNull();
  });
  it('gives the same files for the same fixtures', () => {
    const sources = readCategoryFiles();
    expect(makeEvasionFiles(sources)).toEqual(makeEvasionFiles(sources));
  });
});

describe('fixtures/evasion', () => {
  // Committed and checked rather than regenerated in memory: the files are readable fixtures in their own right.
  it('is up to date with fixtures/categories (else run: npx tsx scripts/make-evasion.ts)', () => {
    const expected = makeEvasionFiles(readCategoryFiles());
    const committed = existsSync(EVASION_DIR) ? readdirSync(EVASION_DIR).filter((n) => n.endsWith('.json')).sort() : [];
    expect(committed).toEqual(expected.map((f) => f.name).sort());
    for (const f of expected) expect(readFileSync(join(EVASION_DIR, f.name), 'utf8'), `fixtures/evasion/${f.name}`).toBe(f.json);
  });

  it(`still catches at least ${REQUIRED * 100}% of the disguised positives, by variant kind`, { timeout: 180_000 }, () => {
    const cases: { kind: VariantKind; file: string; fixture: Fixture }[] = readdirSync(EVASION_DIR)
      .filter((n) => n.endsWith('.json'))
      .sort()
      .flatMap((file) =>
        FixtureFileSchema.parse(JSON.parse(readFileSync(join(EVASION_DIR, file), 'utf8'))).cases.map((fixture) => ({
          kind: fixture.id.split('~')[1] as VariantKind,
          file: file.replace(/\.json$/, ''),
          fixture,
        })),
      );
    type Tally = { total: number; category: number; word: number };
    const byKind = new Map<string, Tally>(VARIANT_KINDS.map((k) => [k, { total: 0, category: 0, word: 0 }]));
    const byFile = new Map<string, Tally>();
    const misses: string[] = [];
    for (const { kind, file, fixture } of cases) {
      const { expect: want, note: _n, now, ...comment } = fixture;
      const d = moderate(comment, now ? { now } : {});
      const wanted = want.categories ?? [];
      // Caught: every expected category fires …
      const category = wanted.every((c) => d.categories.includes(c));
      // … and a finding of one of them covers each disguised word, so the disguise itself was seen.
      let word = category;
      for (const { text } of want.findings ?? []) {
        for (let at = fixture.text.indexOf(text); at >= 0; at = fixture.text.indexOf(text, at + 1)) {
          if (!d.findings.some((f) => (wanted as string[]).includes(f.category) && f.start < at + text.length && f.end > at)) word = false;
        }
      }
      for (const [map, key] of [[byKind, kind], [byFile, file]] as const) {
        const t = map.get(key) ?? { total: 0, category: 0, word: 0 };
        map.set(key, { total: t.total + 1, category: t.category + Number(category), word: t.word + Number(word) });
      }
      if (!word) misses.push(`${fixture.id}: ${JSON.stringify(fixture.text)} → ${JSON.stringify(d.categories)}`);
    }
    const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`.padStart(7);
    const table = (title: string, map: Map<string, Tally>) => [
      `${title.padEnd(12)}${'variants'.padStart(9)}${'category'.padStart(10)}${'word'.padStart(8)}`,
      ...[...map].map(([k, t]) => `${k.padEnd(12)}${String(t.total).padStart(9)}${pct(t.category, t.total).padStart(10)}${pct(t.word, t.total).padStart(8)}`),
    ];
    const all = [...byKind.values()].reduce((a, t) => ({ total: a.total + t.total, category: a.category + t.category, word: a.word + t.word }), { total: 0, category: 0, word: 0 });
    console.log(
      [
        'Evasion suite: share still caught ("category": every expected category fires; "word": and a finding covers each disguised word)',
        ...table('kind', byKind),
        `${'overall'.padEnd(12)}${String(all.total).padStart(9)}${pct(all.category, all.total).padStart(10)}${pct(all.word, all.total).padStart(8)}`,
        '',
        ...table('category', byFile),
        '',
        `First misses (${misses.length} in all):`,
        ...misses.slice(0, 15).map((m) => `  ${m}`),
      ].join('\n'),
    );
    for (const kind of VARIANT_KINDS) expect(byKind.get(kind)!.total, kind).toBeGreaterThan(0);
    expect(all.word / all.total, `${all.word}/${all.total} caught; misses by kind: ${[...byKind].map(([k, t]) => `${k} ${t.total - t.word}`).join(', ')}`).toBeGreaterThanOrEqual(REQUIRED);
  });
});
