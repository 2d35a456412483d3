import { checkExpectation } from '../fixtures/check-fixture.js';
import type { Fixture } from '../fixtures/fixture-schema.js';
import { moderate } from '../moderate.js';
import { showHelp } from './classify.js';
import { type FixtureProblem, findFixtureFiles, loadFixtureFile } from './fixture-files.js';
import type { CliIo } from './io.js';
import { parseArgs } from './parse-args.js';
import { createProgress } from './progress.js';
import { EXIT } from './usage-error.js';

/** One case that did not meet its expectation. */
export interface CheckFailure {
  readonly file: string;
  readonly id: string;
  readonly text: string;
  readonly diffs: readonly string[];
}

/**
 * Runs one fixture case as the fixture test does (its own `now`, or no clock) and returns its diff lines.
 *
 * @example
 * runCase({ id: 'x', text: 'jävla', expect: { categories: [] } }) // ['categories: expected [] got ["profanity"]']
 */
export function runCase(c: Fixture): string[] {
  const { expect, note: _note, now, ...comment } = c;
  try {
    return checkExpectation(moderate(comment, now ? { now } : {}), expect);
  } catch (e) {
    return [`moderate() kastade ${(e as Error).name}: ${(e as Error).message}`];
  }
}

/**
 * A failing case as lines a person reads: `✗ id: diff`, further diffs aligned under it, then where it is.
 *
 * @example
 * formatFailure({ file: 'f.json', id: 'p-1', text: 'Hej', diffs: ['action: expected keep got weed'] })
 * // '✗ p-1: action: expected keep got weed\n    i f.json: "Hej"'
 */
export function formatFailure({ file, id, text, diffs }: CheckFailure): string {
  const head = `✗ ${id}: `;
  const lines = diffs.map((d, i) => (i === 0 ? head : ' '.repeat(head.length)) + d);
  const shown = text.length > 120 ? `${text.slice(0, 119)}…` : text;
  lines.push(`    i ${file}: ${JSON.stringify(shown)}`);
  return lines.join('\n');
}

/**
 * `moderera check [paths…]`: runs the expectations of fixture files (default `fixtures/`), prints a diff per
 * failing case and a total. Exit 0 all pass, 1 some differ, 2 a path or file is unreadable or invalid.
 *
 * @example
 * runCheck(['fixtures/'], processIo) // 0
 */
export function runCheck(argv: readonly string[], io: CliIo, cwd = process.cwd()): number {
  const args = parseArgs(argv, { 'no-progress': { type: 'boolean' } }, 'check');
  if (args.help) return showHelp(io, 'check');
  const { files, problems } = findFixtureFiles(args.positionals.length > 0 ? args.positionals : ['fixtures'], cwd);
  const loaded = files.map((f) => loadFixtureFile(f, cwd));
  const invalid: FixtureProblem[] = [...problems, ...loaded.filter((l): l is FixtureProblem => 'message' in l)];
  const valid = loaded.filter((l) => 'fixtures' in l);

  const seen = new Map<string, string>();
  for (const { file, fixtures } of valid) {
    for (const c of fixtures.cases) {
      const first = seen.get(c.id);
      if (first !== undefined) invalid.push({ file, message: `id "${c.id}" finns redan i ${first} (ids must be unique)` });
      else seen.set(c.id, file);
    }
  }

  const total = valid.reduce((n, v) => n + v.fixtures.cases.length, 0);
  const bar = createProgress({ total, label: 'kontrollerar', stream: io.stderr, enabled: !args.flags['no-progress'] });
  const failures: CheckFailure[] = [];
  for (const { file, fixtures } of valid) {
    for (const c of fixtures.cases) {
      const diffs = runCase(c);
      if (diffs.length > 0) failures.push({ file, id: c.id, text: c.text, diffs });
      bar.tick();
    }
  }
  bar.done();

  for (const f of failures) io.stdout.write(`${formatFailure(f)}\n`);
  for (const p of invalid) io.stderr.write(`moderera check: ${p.file} ${p.message}\n`);
  const passed = total - failures.length;
  const where = `${total} fall i ${valid.length} ${valid.length === 1 ? 'fil' : 'filer'}`;
  const mark = failures.length === 0 && invalid.length === 0 ? '✓' : '✗';
  const outcome = total === 0 ? 'inga fall kördes' : failures.length === 0 ? 'alla stämmer' : `${failures.length} avviker, ${passed} stämmer`;
  const verdict = `${mark} ${where}: ${outcome}`;
  const broken = invalid.length > 0 ? `; ${invalid.length} ${invalid.length === 1 ? 'fil ogiltig' : 'filer ogiltiga'}` : '';
  io.stdout.write(`${verdict}${broken} (${passed} passed, ${failures.length} failed)\n`);
  if (invalid.length > 0) return EXIT.usage;
  return failures.length > 0 ? EXIT.findings : EXIT.ok;
}
