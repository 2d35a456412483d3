import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BatchResult, batchTotals, moderateMany } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../cli-io.js';

/** Fixed seed and bounded runs: the same cases on every machine, a few seconds at most. */
const SEED = 20_261_124;
const RUNS = 60;

/** Inputs a batch meets: comments, near-comments and anything at all. */
const batchItem = fc.oneof(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), text: fc.string({ maxLength: 30 }) }),
  fc.record({ id: fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), text: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)) }, { requiredKeys: [] }),
  fc.anything({ maxDepth: 2 }),
);

/** One line of a JSONL file: a comment, a non-comment, broken JSON, or blank. */
const jsonlLine = fc.oneof(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), text: fc.string({ maxLength: 30 }) }).map((c) => JSON.stringify(c)),
  fc.jsonValue({ maxDepth: 1 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 12 }).filter((s) => !s.includes('\n') && !s.includes('\r')),
  fc.constant(''),
);

describe('moderateMany – any batch', () => {
  it('never throws, gives exactly one result per input in order, and its totals add up', () => {
    fc.assert(
      fc.property(fc.array(batchItem, { maxLength: 8 }), (items) => {
        const results = moderateMany(items);
        expect(results.map((r) => r.index)).toEqual(items.map((_, i) => i));
        const t = batchTotals(results, items.length);
        expect(t.moderated + t.errors).toBe(items.length);
        expect(Object.values(t.actions).reduce((a, b) => a + b, 0)).toBe(t.moderated);
        for (const [i, r] of results.entries()) {
          const id = (items[i] as { id?: unknown } | null)?.id;
          if (r.ok) expect(r.commentId).toBe(id);
          else expect(r.error.message.length).toBeGreaterThan(0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe('moderera classify – any JSONL file', () => {
  it('gives one result per non-blank line, in line order, and prints totals that add up', () => {
    fc.assert(
      fc.property(fc.array(jsonlLine, { minLength: 2, maxLength: 8 }), (lines) => {
        // Two non-blank lines or more is JSONL for sure (one line alone may be read as one JSON document).
        fc.pre(lines.filter((l) => l.trim() !== '').length >= 2 && !lines.join('\n').trim().startsWith('['));
        const t = fakeIo({ stdin: lines.join('\n') });
        const code = main(['classify', '-', '--no-progress'], t.io);
        const out = t.stdout().trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as BatchResult);
        const expectedLines = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));
        expect(out.map((r) => r.line)).toEqual(expectedLines);
        const totals = batchTotals(out, expectedLines.length);
        expect(t.stderr()).toContain(`${totals.total} in, ${totals.total} ut, ${totals.errors} fel`);
        expect(code).toBe(totals.errors > 0 ? 1 : 0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
