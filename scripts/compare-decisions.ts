// Speed work must not change a decision: compares `moderate()` of this tree with another checkout (a git
// worktree of an earlier commit) over the bench corpus, and prints the comments whose JSON differs.
// Usage: git worktree add /tmp/ref <commit> && ln -s "$PWD/node_modules" /tmp/ref/node_modules
//        npx tsx scripts/compare-decisions.ts /tmp/ref [generated comments, default 2000]
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchCorpus } from '../bench/corpus.js';
import { moderate } from '../src/moderate.js';

type Moderate = typeof moderate;

/**
 * The indices of the texts whose decisions differ between `a` and `b` (same comment id and `createdAt`).
 *
 * @example
 * differingDecisions(['Hej'], moderate, moderate) // []
 */
export function differingDecisions(texts: readonly string[], a: Moderate, b: Moderate): number[] {
  const out: number[] = [];
  texts.forEach((text, i) => {
    const comment = { id: `c${i}`, text, createdAt: '2026-01-12T08:00:00+01:00' };
    if (JSON.stringify(a(comment)) !== JSON.stringify(b(comment))) out.push(i);
  });
  return out;
}

async function main(): Promise<void> {
  const [other, generated = '2000'] = process.argv.slice(2);
  if (!other) {
    console.error('Usage: npx tsx scripts/compare-decisions.ts <other checkout> [generated comments]');
    process.exit(2);
  }
  const ref = (await import(pathToFileURL(join(other, 'src', 'moderate.ts')).href)) as { moderate: Moderate };
  const { texts } = benchCorpus(join(import.meta.dirname, '..'), Number(generated));
  const differ = differingDecisions(texts, moderate, ref.moderate);
  for (const i of differ.slice(0, 10)) console.log(`differs: ${JSON.stringify(texts[i]!.slice(0, 100))}`);
  console.log(`${texts.length} comments, ${differ.length} decisions differ`);
  process.exit(differ.length === 0 ? 0 : 1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
