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

/** Every fixture file below fixtures/ (the examples folder holds no expectations), parsed and validated. */
export function loadFixtureFiles(): { path: string; file: FixtureFile }[] {
  return walk(FIXTURES)
    .filter((p) => !relative(FIXTURES, p).startsWith('examples'))
    .sort()
    .map((p) => ({ path: relative(ROOT, p), file: FixtureFileSchema.parse(JSON.parse(readFileSync(p, 'utf8'))) }));
}
