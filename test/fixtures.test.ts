import { describe, expect, it } from 'vitest';
import { checkExpectation } from '../src/fixtures/check-fixture.js';
import { moderate } from '../src/index.js';
import { loadFixtureFiles } from './helpers.js';

const files = loadFixtureFiles();

describe('fixtures', () => {
  it('has fixture files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it('has unique case ids across all files', () => {
    const ids = files.flatMap((f) => f.file.cases.map((c) => c.id));
    expect(ids.length - new Set(ids).size).toBe(0);
  });
  for (const { path, file } of files) {
    describe(path, () => {
      it.each(file.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
        const { expect: expectation, note: _note, now, ...comment } = c;
        const decision = moderate(comment, now ? { now } : {});
        expect(checkExpectation(decision, expectation), `${c.text}`).toEqual([]);
      });
    });
  }
});
