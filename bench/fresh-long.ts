// One long comment in a fresh process, beside the same comment in the bench's process after the corpus.
// V8 stops optimising the regular expressions it compiles once a process has made about 1 MB of regexp
// code and holds 16 MB of executable code (TooMuchRegExpCode in V8's regexp.cc): a long-running process is
// in that state after a few hundred comments, so the in-process figure is the one a service sees, and this
// one shows what the state costs.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT } from './build.js';
import { median, runFresh } from './measure.js';

/**
 * Milliseconds of `moderate()` on `text` in a fresh Node process that imports `bundle` and warms up on the
 * first 20 K characters only: the median of `runs` such processes (one alone moved by ±20 % on a busy machine).
 *
 * @example
 * freshLongRun('/work/main/node_modules/.cache/moderera-bench/index.js', longComment(125_000)) // 400
 */
export function freshLongRun(bundle: string, text: string, runs = 3): number {
  const file = join(OUT, 'fresh-long-comment.txt');
  writeFileSync(file, text);
  const script = [
    `const { moderate } = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    `const text = (await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8');`,
    `moderate({ id: 'warm-up', text: text.slice(0, 20000) });`,
    'const s = performance.now();',
    `moderate({ id: 'long', text });`,
    'process.stdout.write(JSON.stringify({ ms: performance.now() - s }));',
  ].join('\n');
  const times: number[] = [];
  for (let r = 0; r < runs; r++) times.push(runFresh(script).ms!);
  return median(times);
}
