import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readReplies } from '../src/cli/evaluate.js';
import { main } from '../src/cli/main.js';
import { evaluate } from '../src/evaluation/evaluate.js';
import { moderate } from '../src/index.js';
import { fakeIo } from './cli-io.js';

const tmp = mkdtempSync(join(tmpdir(), 'moderera-evaluate-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (name: string, lines: unknown[]) => {
  const path = join(tmp, name);
  writeFileSync(path, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  return path;
};
const cli = (args: string[], stdin = '') => {
  const t = fakeIo({ stdin });
  const code = main(['evaluate', ...args], t.io);
  return { code, stdout: t.stdout(), stderr: t.stderr() };
};

const NOW = '2026-01-20T10:00:00Z';
const comments = [
  { id: 'q1', text: 'När öppnar badhuset i Östhammar igen?', createdAt: '2026-01-12T08:00:00+01:00' },
  { id: 'q2', text: 'Varför är inte Storgatan plogad? Det är tredje dagen nu.', createdAt: '2026-01-12T09:00:00+01:00' },
  { id: 'p1', text: 'Vilken jävla skitkommun', createdAt: '2026-01-12T10:00:00+01:00' },
  { id: 't1', text: 'Tack! 👍', createdAt: '2026-01-12T11:00:00+01:00' },
];
const replies = [
  { commentId: 'q1', repliedAt: '2026-01-12T15:00:00+01:00' },
  { inReplyTo: 'q2', createdAt: '2026-01-14T09:00:00+01:00' },
];
const commentsFile = write('comments.jsonl', comments);
const repliesFile = write('replies.jsonl', replies);

describe('moderera evaluate', () => {
  it('moderates the comments and evaluates them with the replies: the same result as the library', () => {
    const r = cli([commentsFile, '--replies', repliesFile, '--format', 'json', '--now', NOW]);
    const expected = evaluate(
      comments.map((c) => moderate(c, { now: NOW })),
      { comments, replies: [{ commentId: 'q1', repliedAt: '2026-01-12T15:00:00+01:00' }, { commentId: 'q2', repliedAt: '2026-01-14T09:00:00+01:00' }] },
    );
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(expected.comments).toBe(4);
    expect(expected.repliesGiven).toBe(true);
    expect(r.stderr).toBe('moderera: 4 in, 4 utvärderade, 0 fel, 2 svar\n');
    expect(r.code).toBe(0);
  });

  it('prints the UTVÄRDERING table in Swedish, or English with --lang en', () => {
    const sv = cli([commentsFile, '--replies', repliesFile, '--now', NOW]);
    expect(sv.stdout).toMatch(/^Utvärdering \(UTVÄRDERING: tid, engagemang och gensvar\)\nKommentarer: 4\n/);
    expect(sv.stdout).toMatch(/Svordomar eller obscena ord +1 +25\.0 %/);
    const en = cli([commentsFile, '--lang', 'en', '--now', NOW]);
    expect(en.stdout).toMatch(/^Evaluation \(UTVÄRDERING: time, engagement and response\)/);
  });

  it('takes the decisions that classify wrote, and keeps its error records as errors', () => {
    const t = fakeIo({ stdin: [...comments.map((c) => JSON.stringify(c)), '{"id": 7}'].join('\n') });
    expect(main(['classify', '-', '--now', NOW], t.io)).toBe(1);
    const r = cli(['-', '--format', 'json'], t.stdout());
    const result = JSON.parse(r.stdout);
    expect(result.comments).toBe(4);
    expect(result.actions).toEqual(evaluate(comments.map((c) => moderate(c, { now: NOW }))).actions);
    expect(r.stderr).toMatch(/^moderera evaluate: rad 5: felpost från classify: moderate\(\) got an invalid comment/m);
    expect(r.code).toBe(1);
  });

  it('says which line of the replies file is not a reply, and exits 2', () => {
    const bad = write('bad-replies.jsonl', [{ commentId: 'q1', repliedAt: 'i morse' }, 'inte json', { commentId: 'q2', repliedAt: '2026-01-13T10:00:00Z' }]);
    const r = cli([commentsFile, '--replies', bad]);
    expect(r.stderr).toMatch(/bad-replies\.jsonl har 2 ogiltiga svar:\n {2}rad 1: förväntade \{ commentId, repliedAt \} eller \{ inReplyTo, createdAt \}/);
    expect(r.stderr).toMatch(/\n {2}rad 2: inte JSON\n/);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('reads replies as records or as the municipality’s own comments', () => {
    expect(readReplies(JSON.stringify(replies), 'x')).toEqual([
      { commentId: 'q1', repliedAt: '2026-01-12T15:00:00+01:00' },
      { commentId: 'q2', repliedAt: '2026-01-14T09:00:00+01:00' },
    ]);
  });
});
