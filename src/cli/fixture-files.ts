import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type FixtureFile, FixtureFileSchema } from '../fixtures/fixture-schema.js';
import { inEnglish } from '../schema/zod-locale.js';

/** A fixture file that could not be used, with the file and the field (or line and column) to fix. */
export interface FixtureProblem {
  readonly file: string;
  readonly message: string;
}

export type LoadedFixtureFile = { readonly file: string; readonly fixtures: FixtureFile } | FixtureProblem;

/**
 * Folders that hold no expectations: realistic input (`examples/`), generated evasion variants (`evasion/`,
 * a share measured by test/evasion.test.ts, not cases that must all pass), and what no one checks in.
 */
const SKIP_DIRS = new Set(['examples', 'evasion', 'node_modules']);

/** A path as a person reads it: relative below the working folder, absolute outside it. */
const shown = (abs: string, cwd: string) => {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') ? abs : rel;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      if (e.isDirectory()) return SKIP_DIRS.has(e.name) || e.name.startsWith('.') ? [] : walk(join(dir, e.name));
      return e.isFile() && e.name.endsWith('.json') ? [join(dir, e.name)] : [];
    });
}

/**
 * The fixture files a `check` of `paths` covers: files as named, folders walked for `.json` files (sorted,
 * `examples/` skipped), or a problem for a path that does not exist or holds none.
 *
 * @example
 * findFixtureFiles(['fixtures']) // { files: ['fixtures/categories/profanity.json', …], problems: [] }
 */
export function findFixtureFiles(paths: readonly string[], cwd = process.cwd()): { files: string[]; problems: FixtureProblem[] } {
  const files: string[] = [];
  const problems: FixtureProblem[] = [];
  for (const path of paths) {
    const abs = resolve(cwd, path);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      problems.push({ file: path, message: 'finns inte (no such file or folder)' });
      continue;
    }
    if (!isDir) {
      files.push(shown(abs, cwd));
      continue;
    }
    const found = walk(abs).map((f) => shown(f, cwd));
    if (found.length === 0) problems.push({ file: path, message: 'innehåller inga fixturfiler (.json) utanför examples/ (no fixture files)' });
    files.push(...found);
  }
  return { files: [...new Set(files)], problems };
}

/** `cases.3.expect.action` as a reader finds it: `cases[3] (id "x").expect.action`. */
function fieldPath(path: readonly PropertyKey[], value: unknown): string {
  let out = '';
  let at: unknown = value;
  for (const key of path) {
    at = at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = (at as { id?: unknown } | undefined)?.id;
      out += `[${key}]${typeof id === 'string' && out === 'cases' ? ` (id "${id}")` : ''}`;
    } else out += `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(filen)';
}

/** Where a JSON.parse error is: V8 gives "at position N", or a snippet with 10 characters before the error. */
function jsonErrorPosition(source: string, message: string): number | undefined {
  const pos = /at position (\d+)/.exec(message);
  if (pos) return Number(pos[1]);
  if (/Unexpected end of JSON input/.test(message)) return source.length;
  const cut = /, \.\.\."([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!cut) return undefined;
  const at = source.indexOf(cut[1]!);
  return at === -1 ? undefined : at + 10;
}

/** The JSON.parse error with line and column in front, which is what a person needs to find it. */
function jsonErrorAt(source: string, message: string): string {
  const pos = jsonErrorPosition(source, message);
  if (pos === undefined) return message;
  const before = source.slice(0, pos);
  return `rad ${before.split('\n').length}, kolumn ${before.length - before.lastIndexOf('\n')}: ${message}`;
}

/**
 * Reads and validates one fixture file against `FixtureFileSchema`; a problem names the file and each
 * offending field, or the line and column of broken JSON.
 *
 * @example
 * loadFixtureFile('fixtures/categories/profanity.json') // { file, fixtures: { description, cases } }
 */
export function loadFixtureFile(file: string, cwd = process.cwd()): LoadedFixtureFile {
  let source: string;
  try {
    source = readFileSync(resolve(cwd, file), 'utf8');
  } catch (e) {
    return { file, message: `går inte att läsa: ${(e as Error).message}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (e) {
    return { file, message: `är inte giltig JSON, ${jsonErrorAt(source, (e as Error).message)}` };
  }
  const parsed = FixtureFileSchema.safeParse(json, inEnglish);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${fieldPath(i.path, json)}: ${i.message}`);
    return { file, message: `är ingen giltig fixturfil ({ description, cases: [{ id, text, expect }] }):\n    ${issues.join('\n    ')}` };
  }
  return { file, fixtures: parsed.data };
}
