// `npx tsx scripts/make-evasion.ts`: writes fixtures/evasion/<category>.json from fixtures/categories/*.json —
// every positive case (expect.categories non-empty) rewritten five ways (leet, spacing, stretching, zero-width,
// homoglyph) on the words it names as findings, with a fixed seed. `--check` exits 1 when the files are stale.
// test/evasion.test.ts checks that the committed files are up to date and reports how many are still caught.
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Fixture, type FixtureFile, FixtureFileSchema } from '../src/fixtures/fixture-schema.js';
import { seededRandom } from './seeded-random.js';

export const VARIANT_KINDS = ['leet', 'spacing', 'stretching', 'zero-width', 'homoglyph'] as const;
export type VariantKind = (typeof VARIANT_KINDS)[number];
/** Every file is generated from this seed: the same input always gives the same variants. */
export const EVASION_SEED = 20_261_124;

/** What people type for a letter (the letter's case kept apart: digits and symbols have none). */
const LEET: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], e: ['3'], i: ['1'], o: ['0'], s: ['5', '$'], ä: ['4'], ö: ['0'],
};
/** Cyrillic and Greek letters drawn like Latin ones. */
const HOMOGLYPH: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', h: 'һ', i: 'і', j: 'ј', o: 'о', p: 'р', s: 'ѕ', x: 'х', y: 'у', ä: 'ӓ', ö: 'ӧ',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', J: 'Ј', K: 'К', M: 'М', O: 'О', P: 'Р', S: 'Ѕ', T: 'Т', X: 'Х',
};
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const SEPARATORS = [' ', ' ', '.', '-'];
const VOWELS = /[aeiouyåäö]/iu;


/** A seed per case and kind, so adding a fixture never changes another's variants. */
function seedFor(...parts: string[]): number {
  let h = EVASION_SEED;
  for (const ch of parts.join('\u0000')) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h;
}

const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

/** About half of the given positions (at least one), in order. */
function somePositions(rng: () => number, positions: readonly number[]): number[] {
  const chosen = new Set<number>();
  const want = Math.max(1, Math.ceil(positions.length / 2));
  while (chosen.size < want) chosen.add(pick(rng, positions));
  return [...chosen].sort((a, b) => a - b);
}

/**
 * One word written the way someone dodging a filter would, or null when the kind does not apply
 * (no letter with a leet form or look-alike, or too short to space out).
 *
 * @example
 * disguise('jävla', 'leet', seededRandom(1)) // e.g. 'j4vl@'
 */
export function disguise(word: string, kind: VariantKind, rng: () => number): string | null {
  const letters = [...word];
  const where = (test: (ch: string) => boolean) => letters.flatMap((ch, i) => (test(ch) ? [i] : []));
  switch (kind) {
    case 'leet': {
      const at = where((ch) => LEET[ch.toLowerCase()] !== undefined);
      if (at.length === 0) return null;
      for (const i of somePositions(rng, at)) letters[i] = pick(rng, LEET[letters[i]!.toLowerCase()]!);
      return letters.join('');
    }
    case 'spacing':
      // The tokenizer joins three or more spaced letters; shorter words cannot be spaced out readably.
      return letters.length < 3 ? null : letters.join(pick(rng, SEPARATORS));
    case 'stretching': {
      const vowels = where((ch) => VOWELS.test(ch));
      const i = vowels.length > 0 ? pick(rng, vowels) : letters.length - 1;
      letters[i] = letters[i]!.repeat(4 + Math.floor(rng() * 4));
      return letters.join('');
    }
    case 'zero-width': {
      if (letters.length < 2) return null;
      const gaps = letters.slice(1).map((_, i) => i + 1);
      const at = new Set(somePositions(rng, gaps).slice(0, 2));
      return letters.map((ch, i) => (at.has(i) ? pick(rng, ZERO_WIDTH) : '') + ch).join('');
    }
    case 'homoglyph': {
      const at = where((ch) => HOMOGLYPH[ch] !== undefined);
      if (at.length === 0) return null;
      for (const i of somePositions(rng, at)) letters[i] = HOMOGLYPH[letters[i]!]!;
      return letters.join('');
    }
  }
}

/**
 * The word of a finding to disguise: a finding written in plain letters (one word, or a phrase whose
 * longest word carries it); null when the finding is already disguised ("J4VLA", "f.a.n", "i d i o t").
 */
export function targetWord(findingText: string): string | null {
  if (!/^\p{L}+(?: \p{L}+)*$/u.test(findingText)) return null;
  // Mixed scripts are homoglyph disguises already ("jаvla" with a Cyrillic а).
  if (/\p{Script=Cyrillic}|\p{Script=Greek}/u.test(findingText)) return null;
  const longest = findingText.split(' ').reduce((best, w) => (w.length > best.length ? w : best), '');
  // Single letters only ("i d i o t") is a spacing disguise already.
  return longest.length >= 2 ? longest : null;
}

/** Why a positive case gives no variants. */
export interface Skipped {
  readonly id: string;
  readonly reason: string;
}

/**
 * Every variant of the positive cases of one category file, and the positives it could not disguise.
 *
 * @example
 * evasionCases(profanityFile).cases[0].id // 'profanity-pos-002~leet'
 */
export function evasionCases(file: FixtureFile): { cases: Fixture[]; skipped: Skipped[] } {
  const cases: Fixture[] = [];
  const skipped: Skipped[] = [];
  for (const source of file.cases) {
    const categories = source.expect.categories ?? [];
    if (categories.length === 0) continue;
    const words = [...new Set((source.expect.findings ?? []).map((f) => targetWord(f.text)).filter((w): w is string => w !== null))];
    // Disguise every whole-word occurrence: one left plain would still be caught and flatter the figure.
    const occurs = (w: string) => new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'gu');
    const targets = words.filter((w) => occurs(w).test(source.text));
    if (targets.length === 0) {
      skipped.push({ id: source.id, reason: source.expect.findings?.length ? 'its findings are already disguised' : 'it names no findings to disguise' });
      continue;
    }
    for (const kind of VARIANT_KINDS) {
      const rng = seededRandom(seedFor(source.id, kind));
      const disguised: string[] = [];
      let text = source.text;
      let applies = true;
      for (const word of targets) {
        text = text.replace(occurs(word), (w) => {
          const d = disguise(w, kind, rng);
          if (d === null) applies = false;
          else disguised.push(d);
          return d ?? w;
        });
      }
      if (!applies || disguised.length === 0) continue;
      const { expect: _e, note: _n, id, text: _t, ...comment } = source;
      cases.push({
        id: `${id}~${kind}`,
        text,
        ...comment,
        note: `evasion (${kind}) of ${id}: ${targets.map((t) => `"${t}"`).join(', ')} disguised`,
        expect: { categories: [...categories], findings: [...new Set(disguised)].map((d) => ({ text: d })) },
      });
    }
  }
  return { cases, skipped };
}

/** One evasion file per category file that has positives, as the text the script writes. */
export interface EvasionFile {
  readonly name: string;
  readonly json: string;
  readonly skipped: readonly Skipped[];
}

/**
 * The evasion files for the given category files, rendered one case per line like the category files.
 *
 * @example
 * makeEvasionFiles([{ name: 'profanity.json', file }])[0].name // 'profanity.json'
 */
export function makeEvasionFiles(sources: readonly { name: string; file: FixtureFile }[]): EvasionFile[] {
  return sources.flatMap(({ name, file }) => {
    const { cases, skipped } = evasionCases(file);
    if (cases.length === 0) return [];
    const description =
      `Generated by scripts/make-evasion.ts from fixtures/categories/${name} (seed ${EVASION_SEED}); do not edit, run the script. ` +
      `Each positive case with the words it names as findings disguised by ${VARIANT_KINDS.join(', ')}. ` +
      'A case counts as caught when every expected category fires and a finding of one covers each disguised word (test/evasion.test.ts).';
    const json = `{\n "description": ${JSON.stringify(description)},\n "cases": [\n${cases.map((c) => `  ${JSON.stringify(c)}`).join(',\n')}\n ]\n}\n`;
    return [{ name, json, skipped }];
  });
}

export const CATEGORIES_DIR = join(import.meta.dirname, '..', 'fixtures', 'categories');
export const EVASION_DIR = join(import.meta.dirname, '..', 'fixtures', 'evasion');

/** The category fixture files, parsed and validated. */
export function readCategoryFiles(dir = CATEGORIES_DIR): { name: string; file: FixtureFile }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, file: FixtureFileSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8'))) }));
}

function main(args: readonly string[]): number {
  const files = makeEvasionFiles(readCategoryFiles());
  const stale = files.filter((f) => !existsSync(join(EVASION_DIR, f.name)) || readFileSync(join(EVASION_DIR, f.name), 'utf8') !== f.json);
  const extra = existsSync(EVASION_DIR) ? readdirSync(EVASION_DIR).filter((n) => n.endsWith('.json') && !files.some((f) => f.name === n)) : [];
  if (args.includes('--check')) {
    for (const f of [...stale.map((s) => s.name), ...extra]) console.error(`fixtures/evasion/${f} is out of date: run npx tsx scripts/make-evasion.ts`);
    return stale.length + extra.length > 0 ? 1 : 0;
  }
  mkdirSync(EVASION_DIR, { recursive: true });
  for (const f of files) writeFileSync(join(EVASION_DIR, f.name), f.json);
  for (const name of extra) rmSync(join(EVASION_DIR, name));
  for (const f of files) {
    const n = (f.json.match(/^ {2}\{/gm) ?? []).length;
    console.error(`fixtures/evasion/${f.name}: ${n} variants${f.skipped.length ? `, ${f.skipped.length} positives skipped (${[...new Set(f.skipped.map((s) => s.reason))].join('; ')})` : ''}`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
