import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { parseArgs } from '../src/cli/parse-args.js';
import { createProgress } from '../src/cli/progress.js';
import { parseComments } from '../src/cli/read-comments.js';
import { UsageError } from '../src/cli/usage-error.js';
import { fakeIo } from './cli-io.js';
import { ROOT } from './helpers.js';

const cli = (args: string[], opts: Parameters<typeof fakeIo>[0] = {}) => {
  const t = fakeIo(opts);
  const code = main(args, t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};
const platformFile = (name: string) => join(ROOT, 'fixtures/examples/platforms', name);

describe('moderera classify --from', () => {
  it('maps a pretty-printed Graph API page through the Facebook adapter, replies included', () => {
    const r = cli(['classify', '--from', 'facebook', platformFile('facebook-comments.json'), '--now', '2026-01-12T12:00:00Z']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.ok, l.line, l.commentId.split('_')[1]])).toEqual([
      [true, 1, '1029384756102938'],
      [true, 1, '1029384756102999'],
      [true, 1, '1029384756103001'],
      [true, 1, '1029384756103002'],
    ]);
    expect(lines[2].action).toBe('delete-after-screenshot');
    expect(lines[2].archival.evidence).toMatchObject({ channel: 'facebook', author: { name: 'Arg Exempelperson' }, decidedAt: '2026-01-12T12:00:00.000Z' });
    expect(r.code).toBe(0);
  });
  it('reads YouTube threads and prints the Swedish table', () => {
    const r = cli(['classify', `--from=youtube`, platformFile('youtube-comment-threads.json'), '--format', 'table']);
    expect(r.stdout).toMatch(/radera efter skärmdump/);
    expect(r.stdout).toMatch(/Totalt 3 kommentarer/);
    expect(r.code).toBe(0);
  });
  it('turns a line that is not the platform shape into an error record at its line', () => {
    const r = cli(['classify', '--from', 'instagram', '-'], { stdin: '{"id":"1","text":"Hej"}\n{"id":"2"}\n' });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.ok, l.line])).toEqual([[true, 1], [false, 2]]);
    expect(lines[1].error.issues).toEqual(['text: missing: request fields=id,text,timestamp,username,from,parent_id']);
    expect(r.code).toBe(1);
  });
});

describe('moderera usage', () => {
  it('prints the general help with every command, examples and exit codes', () => {
    const r = cli(['--help']);
    for (const c of ['classify', 'check', 'evaluate']) expect(r.stdout).toMatch(new RegExp(`^  moderera ${c} `, 'm'));
    expect(r.stdout).toMatch(/Exempel/);
    expect(r.stdout).toMatch(/Slutkoder/);
    expect(r.code).toBe(0);
    expect(cli([]).code).toBe(2);
    expect(cli(['help', 'classify']).stdout).toMatch(/^moderera classify \[fil\|-\]/);
  });
  it.each([
    [['sortera'], /okänt kommando "sortera"/],
    [['classify', '--from', 'myspace', 'x.json'], /--from ska vara facebook eller instagram eller youtube, inte "myspace"/],
    [['classify', '--now', 'igår', 'x.json'], /--now ska vara en ISO-tid/],
    [['classify', '--now'], /--now behöver en ISO-tid/],
    [['classify', 'a.json', 'b.json'], /classify läser en fil åt gången/],
    [['classify', join(ROOT, 'finns-inte.jsonl')], /kan inte läsa .*finns-inte\.jsonl: filen finns inte/],
    [['check', '--format', 'x'], /okänd flagga "--format" för check/],
  ])('%j is a usage error with exit 2', (args, message) => {
    const r = cli(args);
    expect(r.stderr).toMatch(message);
    expect(r.code).toBe(2);
  });
  it('will not wait on a terminal for stdin that never comes', () => {
    const r = cli(['classify'], { tty: true });
    expect(r.stderr).toMatch(/ange en fil, eller - för att läsa kommentarer från stdin/);
    expect(r.code).toBe(2);
  });
});

describe('parseArgs', () => {
  const spec = { format: { type: 'string', values: ['jsonl', 'table'] }, quiet: { type: 'boolean' } } as const;
  it('reads flags with a space or =, switches, - and -- as positionals', () => {
    expect(parseArgs(['a', '--format=table', '--quiet', '-', '--', '--b'], spec, 'x')).toEqual({ flags: { format: 'table', quiet: true }, positionals: ['a', '-', '--b'], help: false });
    expect(parseArgs(['-h'], spec, 'x').help).toBe(true);
  });
  it('throws a UsageError naming the command', () => {
    expect(() => parseArgs(['--quiet=1'], spec, 'x')).toThrow(new UsageError('--quiet tar inget värde', 'x'));
    expect(() => parseArgs(['--format', '--quiet'], spec, 'x')).toThrow(/--format behöver jsonl eller table/);
  });
});

describe('createProgress', () => {
  const stream = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, s: { write: (x: string) => writes.push(x), isTTY, columns: 60 } };
  };
  it('draws on a terminal for long runs, only when the percentage moves, and clears itself', () => {
    const { writes, s } = stream(true);
    const bar = createProgress({ total: 400, label: 'modererar', stream: s });
    for (let i = 0; i < 400; i++) bar.tick();
    bar.done();
    expect(writes).toHaveLength(1 + 100 + 1);
    expect(writes[0]).toMatch(/^\rmodererar ░+ {3}0 % 0\/400$/);
    expect(writes[50]).toMatch(/^\rmodererar █+░+  50 % 200\/400$/);
    expect(writes[100]).toMatch(/^\rmodererar █+ 100 % 400\/400$/);
    expect(writes[101]).toBe('\r\x1b[K');
  });
  it('stays silent in pipes, for short runs and with --no-progress', () => {
    for (const [tty, total, enabled] of [[false, 1000, true], [true, 10, true], [true, 1000, false]] as const) {
      const { writes, s } = stream(tty);
      const bar = createProgress({ total, label: 'x', stream: s, enabled });
      bar.tick();
      bar.done();
      expect(writes).toEqual([]);
    }
  });
  it('is drawn by classify on a terminal', () => {
    const input = Array.from({ length: 250 }, (_, i) => JSON.stringify({ id: `c${i}`, text: i % 2 ? 'Tack!' : 'Fy fan' })).join('\n');
    const t = fakeIo({ stdin: input });
    const tty = { ...t.io, stderr: { ...t.io.stderr, isTTY: true } };
    expect(main(['classify', '-'], tty)).toBe(0);
    expect(t.stderr()).toMatch(/\rmodererar █+ 100 % 250\/250\r\x1b\[Kmoderera: 250 in, 250 ut, 0 fel\n$/);
  });
});

describe('parseComments', () => {
  it('reads one pretty-printed object as one comment', () => {
    expect(parseComments('{\n  "id": "1",\n  "text": "Hej"\n}\n')).toEqual([{ line: 1, value: { id: '1', text: 'Hej' } }]);
  });
});

describe('an internal error', () => {
  it('is reported as such with exit 3, not mistaken for bad input', () => {
    const t = fakeIo();
    const io = { ...t.io, read: () => { throw Object.assign(new RangeError('boom'), { code: 'X' }); } };
    // read() failing with anything is a usage error (unreadable file); a throwing stdout is a bug path.
    expect(main(['classify', 'x.jsonl'], io)).toBe(2);
    const broken = { ...t.io, stdout: { write: () => { throw new TypeError('stdout is gone'); } } };
    expect(main(['classify', '-'], { ...broken, read: () => '{"id":"1","text":"Hej"}' })).toBe(3);
    expect(t.stderr()).toMatch(/moderera: internt fel \(internal error\), rapportera gärna: TypeError: stdout is gone/);
  });
});
