// The benchmark corpus: every fixture comment of the project plus generated ones (fixed seed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate-corpus.js';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/**
 * Texts of every comment under fixtures/ (JSON case files and JSONL examples), in path order.
 * Read loosely (any object with a string `text`) so a fixture file in progress elsewhere cannot stop the bench.
 *
 * @example
 * fixtureTexts('/work/main').length > 0
 */
export function fixtureTexts(root: string): string[] {
  const texts: string[] = [];
  for (const path of walk(join(root, 'fixtures')).sort()) {
    try {
      const raw = readFileSync(path, 'utf8');
      if (path.endsWith('.jsonl')) {
        for (const line of raw.split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
      } else if (path.endsWith('.json')) {
        const file = JSON.parse(raw) as { cases?: { text?: unknown }[] };
        for (const c of file.cases ?? []) if (typeof c.text === 'string') texts.push(c.text);
      }
    } catch {
      // A half-written fixture file is someone else's work in progress: skip it, the corpus stays usable.
    }
  }
  return texts;
}

/**
 * The fixtures' comments followed by `generated` comments from the seeded generator.
 *
 * @example
 * benchCorpus('/work/main', 100).length // fixtures + 100
 */
export function benchCorpus(root: string, generated = 2000): { texts: string[]; fixtures: number } {
  const fixtures = fixtureTexts(root).filter((t) => t.length > 0);
  return { texts: [...fixtures, ...generateCorpus({ count: generated })], fixtures: fixtures.length };
}
