import { describe, expect, it } from 'vitest';
import { type BatchResult, batchTotals, ModerationInputError, moderate, moderateMany, toErrorRecord } from '../src/index.js';
import { main } from '../src/cli/main.js';
import { fakeIo } from './cli-io.js';

const ok = (text: string, id = text) => ({ id, text });

describe('moderateMany', () => {
  it('gives exactly one result per input, in order, and an error record for each bad one', () => {
    const inputs = [ok('Tack!', 'a'), null, ok('Du är en jävla idiot', 'c'), { id: 'd' }, 42, ok('Varför plogas inte gatan?', 'f'), { id: 7, text: 'x' }];
    const out = moderateMany(inputs);
    expect(out.map((r) => [r.index, r.ok])).toEqual([[0, true], [1, false], [2, true], [3, false], [4, false], [5, true], [6, false]]);
    expect(out.map((r) => (r.ok ? r.commentId : (r.commentId ?? null)))).toEqual(['a', null, 'c', 'd', null, 'f', null]);
    for (const r of out) if (!r.ok) expect(r.error.code).toBe('MODERERA_INVALID_COMMENT');
    expect(out[2]!.ok && out[2]!.action).toBe('delete-after-screenshot');
    // A result is the same decision `moderate` gives on its own.
    const { ok: _ok, index: _i, ...decision } = out[2] as Extract<BatchResult, { ok: true }>;
    expect(decision).toEqual(moderate(inputs[2]));
  });

  it('reads any iterable once, lazily, and an empty one gives nothing', () => {
    const seen: number[] = [];
    function* comments() {
      for (let i = 0; i < 3; i++) {
        seen.push(i);
        yield ok(`hej ${i}`, String(i));
      }
    }
    expect(moderateMany(comments()).map((r) => r.index)).toEqual([0, 1, 2]);
    expect(seen).toEqual([0, 1, 2]);
    expect(moderateMany(new Set([ok('Tack', 's')]))).toHaveLength(1);
    expect(moderateMany([])).toEqual([]);
  });

  it('keeps going past a comment whose fields throw when read, and past a hostile proxy', () => {
    const throwingText = { id: 'g', get text(): string { throw new Error('boom'); } };
    const hostile = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); }, ownKeys: () => { throw new Error('trap'); } });
    const out = moderateMany([throwingText, hostile, ok('Tack', 'z')]);
    expect(out.map((r) => r.ok)).toEqual([false, false, true]);
    expect(out[0]!.ok === false && out[0]!.commentId).toBe('g');
    expect(out[1]!.ok === false && out[1]!.commentId).toBeUndefined();
    expect(batchTotals(out)).toMatchObject({ total: 3, moderated: 1, errors: 2 });
  });

  it('refuses an invalid clock once, before reading any comment, with a typed error', () => {
    let read = 0;
    const comments = { *[Symbol.iterator]() { read++; yield ok('Tack'); } };
    expect(() => moderateMany(comments, { now: 'igår' })).toThrow(ModerationInputError);
    expect(() => moderateMany(comments, { now: 'igår' })).toThrow(/options\.now must be a Date or an ISO-8601 date-time/);
    expect(read).toBe(0);
    expect(() => moderate(ok('Tack'), { now: 'igår' })).toThrow(ModerationInputError);
  });
});

describe('toErrorRecord', () => {
  it('never throws, whatever was thrown', () => {
    const nameThrows = Object.defineProperty(new Error('x'), 'name', { get: () => { throw new Error('no'); } });
    for (const thrown of [Object.create(null), Symbol('s'), undefined, 'text', 12, nameThrows, new Proxy({}, { get: () => { throw new Error('trap'); } })]) {
      const r = toErrorRecord(thrown, 4, { line: 9 });
      expect(r).toMatchObject({ ok: false, index: 4, line: 9, error: { code: expect.any(String), message: expect.any(String), name: expect.any(String) } });
    }
    expect(toErrorRecord(new ModerationInputError('bad', ['text: missing']), 0).error).toEqual({ name: 'ModerationInputError', code: 'MODERERA_INVALID_COMMENT', message: 'bad', issues: ['text: missing'] });
  });
});

describe('batchTotals', () => {
  const results = moderateMany([ok('Du är en jävla idiot', '1'), null, ok('Tack för hjälpen!', '3'), ok('Varför plogas inte Storgatan?', '4')]);

  it('counts every result once: decisions per action plus errors make the total', () => {
    const t = batchTotals(results, 4);
    expect(t.total).toBe(4);
    expect(t.errors).toBe(1);
    expect(t.moderated).toBe(3);
    expect(Object.values(t.actions).reduce((a, b) => a + b, 0)).toBe(t.moderated);
    expect(t.actions['delete-after-screenshot']).toBe(1);
  });

  it('refuses a batch that is not whole: a result missing, reordered or with a stray index', () => {
    const fail = (r: readonly BatchResult[], n?: number) => () => batchTotals(r, n);
    expect(fail(results, 5)).toThrow(/5 inputs but 4 results/);
    expect(fail([results[1]!, results[0]!, results[2]!, results[3]!])).toThrow(/result 0 has index 1/);
    expect(fail(results.slice(1))).toThrow(/MODERERA|index/);
    try {
      batchTotals(results.slice(0, 3), 4);
    } catch (e) {
      expect((e as { code?: string }).code).toBe('MODERERA_BATCH_INCOMPLETE');
    }
  });
});

describe('moderera classify – batch safety end to end', () => {
  it('one output line per input line, in order, errors at their line numbers, and the totals it prints add up', () => {
    const input = [
      '{"id":"1","text":"Du är en jävla idiot"}',
      '',
      'not json',
      '{"id":"3"}',
      '   ',
      '{"id":"5","text":"Tack!"}',
      '{"id":"6","text":"\\ud800 lone surrogate \\u202e bidi \\u200b"}',
      '[1, 2',
      '{"id":"8","text":"Varför är inte Storgatan plogad?"}',
    ].join('\n');
    const t = fakeIo({ stdin: input });
    const code = main(['classify', '-', '--no-progress'], t.io);
    const lines = t.stdout().trim().split('\n').map((l) => JSON.parse(l) as BatchResult);
    expect(lines.map((r) => [r.index, r.line, r.ok])).toEqual([
      [0, 1, true], [1, 3, false], [2, 4, false], [3, 6, true], [4, 7, true], [5, 8, false], [6, 9, true],
    ]);
    expect(lines.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(['MODERERA_INVALID_JSON', 'MODERERA_INVALID_COMMENT', 'MODERERA_INVALID_JSON']);
    const totals = batchTotals(lines);
    expect(t.stderr()).toContain(`moderera: ${totals.total} in, ${totals.total} ut, ${totals.errors} fel`);
    expect(code).toBe(1);
  });
});
