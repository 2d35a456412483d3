import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type FixtureFile, FixtureFileSchema } from '../src/fixtures/fixture-schema.js';

export const ROOT = join(import.meta.dirname, '..');
export const FIXTURES = join(ROOT, 'fixtures');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

/**
 * Every fixture file below fixtures/, parsed and validated; not examples/ (no expectations) nor evasion/
 * (generated variants, measured as a share by test/evasion.test.ts).
 */
export function loadFixtureFiles(): { path: string; file: FixtureFile }[] {
  return walk(FIXTURES)
    .filter((p) => !/^(examples|evasion)\b/.test(relative(FIXTURES, p)))
    .sort()
    .map((p) => ({ path: relative(ROOT, p), file: FixtureFileSchema.parse(JSON.parse(readFileSync(p, 'utf8'))) }));
}
