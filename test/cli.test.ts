import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd: ROOT, input, encoding: 'utf8' });

describe('moderera classify', () => {
  it('writes one JSONL decision per comment, invalid lines as error records with line numbers', () => {
    const input = ['{"id":"1","text":"Du är en jävla idiot"}', '', 'not json', '{"id":"3"}', '{"id":"4","text":"Tack!"}'].join('\n');
    const r = run(['classify', '-', '--now', '2026-11-24T10:00:00Z'], input);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => [l.ok, l.line])).toEqual([[true, 1], [false, 3], [false, 4], [true, 5]]);
    expect(lines[0].action).toBe('delete-after-screenshot');
    expect(lines[1].error.code).toBe('MODERERA_INVALID_JSON');
    expect(lines[2].error.code).toBe('MODERERA_INVALID_COMMENT');
    expect(r.stderr).toMatch(/4 in, 4 ut, 2 fel/);
    expect(r.status).toBe(1);
  });
  it('reads a JSON array and prints a Swedish table', () => {
    const r = run(['classify', '-', '--format', 'table'], JSON.stringify([{ id: 'a', text: 'Vilken skitkommun' }, { id: 'b', text: 'Bra jobbat med parken' }]));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/radera efter skärmdump/);
    expect(r.stdout).toMatch(/Totalt 2 kommentarer/);
  });
  it('runs over the bundled examples', () => {
    const r = run(['classify', 'fixtures/examples/osthammar-comments.jsonl']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(10);
  });
  it('explains bad usage with exit code 2', () => {
    const r = run(['classify', '--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format ska vara jsonl eller table/);
  });
});
