// Memory: what a tool keeps on the heap once loaded, what a corpus pass adds, and what one long comment
// costs at its peak and leaves behind. Each figure from fresh processes with forced collections (--expose-gc).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OUT } from './build.js';
import { median, runFresh } from './measure.js';

/** Megabytes (10^6 bytes) kept or grown, medians over fresh processes. */
export interface HeapKept {
  /** Heap in use after `body` and two full collections, less the heap before it. */
  readonly heapMB: number;
  /** Resident set size after, less before. */
  readonly rssMB: number;
  readonly runs: number;
}

const MB = 1e6;
const collect = 'globalThis.gc(); globalThis.gc();';

/** Runs `script` (which prints one JSON object of byte counts) in `runs` fresh processes: the median of each, in MB. */
function freshMedians(script: string, cwd: string, runs: number): Record<string, number> {
  const seen: Record<string, number[]> = {};
  for (let r = 0; r < runs; r++) {
    for (const [k, v] of Object.entries(runFresh(script, cwd, ['--expose-gc']))) (seen[k] ??= []).push(v / MB);
  }
  return Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, median(v)]));
}

/**
 * What `body` (ES module code) leaves on the heap and in the resident set, in `runs` fresh processes.
 *
 * @example
 * heapKept("const { Filter } = await import('bad-words'); globalThis.keep = new Filter();", '/work/main').heapMB // 1.2
 */
export function heapKept(body: string, cwd: string, runs = 3): HeapKept {
  const script = `${collect}\nconst h0 = process.memoryUsage();\n${body}\n${collect}\nconst h1 = process.memoryUsage();\nprocess.stdout.write(JSON.stringify({ heap: h1.heapUsed - h0.heapUsed, rss: h1.rss - h0.rss }));`;
  const m = freshMedians(script, cwd, runs);
  return { heapMB: m.heap!, rssMB: m.rss!, runs };
}

/** One long comment in a fresh process: the peak it needs and what stays once its decision is dropped. */
export interface LongCommentMemory {
  /** Growth of the process's peak resident set while `moderate()` ran. */
  readonly peakRssGrowthMB: number;
  /** Heap still in use after the call, its decision dropped, over the heap before it. */
  readonly heapKeptMB: number;
  /** The same after two short comments more. */
  readonly heapKeptAfterTwoMoreMB: number;
  readonly runs: number;
}

/**
 * Memory of `moderate()` on `text` in fresh processes that import `bundle` and make one short decision first.
 *
 * @example
 * longCommentMemory('/work/main/node_modules/.cache/moderera-bench/index.js', longComment(1_000_000)).heapKeptMB // 1.5
 */
export function longCommentMemory(bundle: string, text: string, cwd: string, runs = 3): LongCommentMemory {
  const file = join(OUT, 'memory-long-comment.txt');
  writeFileSync(file, text);
  const script = [
    `const { moderate } = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    `let text = (await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8');`,
    `moderate({ id: 'first', text: 'Tack för informationen!' });`,
    collect,
    'const h0 = process.memoryUsage().heapUsed;',
    'const r0 = process.resourceUsage().maxRSS;',
    `let d = moderate({ id: 'long', text });`,
    'const r1 = process.resourceUsage().maxRSS;',
    'd = undefined; text = undefined;',
    collect,
    'const h1 = process.memoryUsage().heapUsed;',
    `moderate({ id: 'a', text: 'Hej, när töms soptunnorna i Gimo?' }); moderate({ id: 'b', text: 'Tack för svaret!' });`,
    collect,
    'const h2 = process.memoryUsage().heapUsed;',
    'process.stdout.write(JSON.stringify({ peak: (r1 - r0) * 1024, kept: h1 - h0, kept2: h2 - h0 }));',
  ].join('\n');
  const m = freshMedians(script, cwd, runs);
  return { peakRssGrowthMB: m.peak!, heapKeptMB: m.kept!, heapKeptAfterTwoMoreMB: m.kept2!, runs };
}

/**
 * Heap kept by `bundle` after one pass over `texts` (its caches and compiled code), over the heap after
 * import and a first decision, in fresh processes.
 *
 * @example
 * corpusHeapGrowth(bundle, texts, '/work/main').heapMB // 30
 */
export function corpusHeapGrowth(bundle: string, texts: readonly string[], cwd: string, runs = 3): HeapKept {
  const file = join(OUT, 'memory-corpus.json');
  writeFileSync(file, JSON.stringify(texts));
  const body = [
    `const texts = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    `const { moderate } = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    `moderate({ id: 'first', text: 'Tack för informationen!' });`,
    collect,
    'const before = process.memoryUsage();',
    `texts.forEach((text, i) => moderate({ id: String(i), text, createdAt: '2026-01-12T08:00:00+01:00' }));`,
    collect,
    'const after = process.memoryUsage();',
    'process.stdout.write(JSON.stringify({ heap: after.heapUsed - before.heapUsed, rss: after.rss - before.rss }));',
  ].join('\n');
  const m = freshMedians(body, cwd, runs);
  return { heapMB: m.heap!, rssMB: m.rss!, runs };
}
