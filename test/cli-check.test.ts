import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { main } from '../src/cli/main.js';
import { fakeIo } from './cli-io.js';
import { ROOT } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'moderera-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const fixture = (cases: unknown[], description = 'test') => JSON.stringify({ description, cases });
const write = (name: string, text: string) => {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};
const check = (...args: string[]) => {
  const t = fakeIo();
  const code = main(['check', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};

describe('moderera check', () => {
  it('passes on a project fixture file and says how many', () => {
    const r = check(join(ROOT, 'fixtures/categories/profanity.json'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^✓ (\d+) fall i \d+ (fil|filer): alla stämmer \(\1 passed, 0 failed\)\n$/);
    expect(r.code).toBe(0);
  });

  it('prints a diff per failing comment, with its file and text, and exits 1', () => {
    const path = write('one/changed.json', fixture([
      { id: 'ok-1', text: 'Tack för svaret!', expect: { categories: [] } },
      { id: 'bad-1', text: 'Vilken jävla kommun', expect: { action: 'keep', categories: [] } },
    ]));
    const r = check(path);
    expect(r.stdout.split('\n')).toEqual([
      '✗ bad-1: action: expected keep got delete-after-screenshot',
      '         categories: expected [] got ["profanity"]',
      `    i ${path}: "Vilken jävla kommun"`,
      '✗ 2 fall i 1 fil: 1 avviker, 1 stämmer (1 passed, 1 failed)',
      '',
    ]);
    expect(r.code).toBe(1);
  });

  it('walks folders, skips examples/, and runs a case with its own clock', () => {
    const dir = join(tmp, 'walk');
    write('walk/a/x.json', fixture([{ id: 'w-1', text: 'Hej', createdAt: '2026-01-12T08:00:00+01:00', now: '2026-01-13T08:00:00+01:00', expect: { action: 'weed' } }]));
    write('walk/b.json', fixture([{ id: 'w-2', text: 'Fy fan', expect: { categories: ['profanity'] } }]));
    write('walk/examples/not-a-fixture.json', '{"data": []}');
    write('walk/notes.txt', 'not json');
    const r = check(dir);
    expect(r.stdout).toBe('✓ 2 fall i 2 filer: alla stämmer (2 passed, 0 failed)\n');
    expect(r.code).toBe(0);
  });

  it('exits 2 on an invalid fixture file, naming the file, the case and the field', () => {
    const path = write('invalid/schema.json', fixture([{ id: 'i-1', text: 'Hej', expect: { action: 'radera' } }]));
    const r = check(path);
    expect(r.stderr).toContain(`moderera check: ${path} är ingen giltig fixturfil`);
    expect(r.stderr).toContain('cases[0] (id "i-1").expect.action: Invalid option');
    expect(r.code).toBe(2);
  });

  it('exits 2 on broken JSON with its line, on a missing path, and on duplicate ids', () => {
    const broken = write('broken/b.json', '{\n  "description": "x",\n  "cases": [,]\n}');
    expect(check(broken).stderr).toMatch(/b\.json är inte giltig JSON, rad 3, kolumn 13: /);
    expect(check(write('broken/end.json', '{"description": "x",\n "cases": [')).stderr).toMatch(/end\.json är inte giltig JSON, rad 2, kolumn 12: /);
    const missing = check(join(tmp, 'nope'));
    expect(missing.stderr).toMatch(/nope finns inte/);
    expect(missing.code).toBe(2);
    const a = write('dup/a.json', fixture([{ id: 'd-1', text: 'Hej', expect: {} }]));
    write('dup/b.json', fixture([{ id: 'd-1', text: 'Hå', expect: {} }]));
    const dup = check(join(tmp, 'dup'));
    expect(dup.stderr).toContain(`id "d-1" finns redan i ${a}`);
    expect(dup.code).toBe(2);
  });

  it('still reports the mismatches of valid files next to an invalid one', () => {
    write('mixed/bad.json', '[]');
    write('mixed/good.json', fixture([{ id: 'm-1', text: 'Fy fan', expect: { categories: [] } }]));
    const r = check(join(tmp, 'mixed'));
    expect(r.stdout).toContain('✗ m-1: categories: expected [] got ["profanity"]');
    expect(r.stdout).toMatch(/1 fil ogiltig \(0 passed, 1 failed\)/);
    expect(r.code).toBe(2);
  });

  it('shows its help with examples and exit codes', () => {
    const r = check('--help');
    expect(r.stdout).toMatch(/moderera check fixtures\//);
    expect(r.stdout).toMatch(/Slutkoder: 0 alla stämmer, 1 minst en avviker, 2/);
    expect(r.code).toBe(0);
  });
});

// What another municipality's CI runs: the built bin, from the package root, with real exit codes; the whole
// fixture tree takes a while on a busy machine.
describe('dist/cli.js check', () => {
  const run = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', ...args], { cwd, encoding: 'utf8' });

  it('exits 0 on fixtures/ and 1 with a readable diff when one expectation is changed', () => {
    const all = run(['fixtures/']);
    expect(all.status, all.stdout + all.stderr).toBe(0);
    const copy = join(tmp, 'ci', 'fixtures');
    mkdirSync(join(copy, 'categories'), { recursive: true });
    const file = join(copy, 'categories/profanity.json');
    cpSync(join(ROOT, 'fixtures/categories/profanity.json'), file);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { cases: { id: string; expect: Record<string, unknown> }[] };
    const target = data.cases.find((c) => c.expect.action === 'delete-after-screenshot')!;
    target.expect.action = 'keep';
    writeFileSync(file, JSON.stringify(data));
    const r = run(['fixtures/'], join(tmp, 'ci'));
    expect(r.stdout).toContain(`✗ ${target.id}: action: expected keep got delete-after-screenshot`);
    expect(r.stdout).toMatch(/1 avviker/);
    expect(r.status).toBe(1);
  }, 120_000);
});
