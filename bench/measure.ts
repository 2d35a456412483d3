// Timing helpers: per-call times in one pass, medians over passes, so one noisy pass cannot move a figure.
import { execFileSync } from 'node:child_process';

/**
 * Runs ES module code in a fresh Node process (with `nodeArgs`) and reads the JSON object of numbers it prints.
 *
 * @example
 * runFresh('process.stdout.write(JSON.stringify({ a: 1 }))').a // 1
 */
export function runFresh(script: string, cwd = process.cwd(), nodeArgs: readonly string[] = []): Record<string, number> {
  return JSON.parse(execFileSync(process.execPath, [...nodeArgs, '--input-type=module', '-e', script], { cwd, encoding: 'utf8' })) as Record<string, number>;
}

/** What one pass over the corpus gave. */
export interface PassResult {
  readonly totalMs: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Medians over passes, with throughput. */
export interface Throughput extends PassResult {
  readonly commentsPerSecond: number;
  readonly mbPerSecond: number;
  readonly passes: number;
}

/**
 * The median of numbers (the mean of the two middle ones for an even count).
 *
 * @example
 * median([3, 1, 2]) // 2
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * The value at quantile `q` of sorted numbers (nearest rank).
 *
 * @example
 * quantile(Float64Array.of(1, 2, 3, 4), 0.5) // 2
 */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/**
 * Runs `fn` once over every input, timing each call.
 *
 * @example
 * timePass((s) => s.length, ['a', 'b']).totalMs >= 0
 */
export function timePass<T>(fn: (input: T) => unknown, inputs: readonly T[]): PassResult {
  const times = new Float64Array(inputs.length);
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) {
    const s = performance.now();
    if (fn(inputs[i]!)) sink++;
    times[i] = performance.now() - s;
  }
  const totalMs = performance.now() - t0;
  times.sort();
  if (sink < 0) console.log(sink); // keeps the calls observable
  return { totalMs, p50Ms: quantile(times, 0.5), p99Ms: quantile(times, 0.99) };
}

/**
 * Medians of `passes` per-tool passes, taken in turns (tool A, tool B, …, then again) so that load from
 * elsewhere on the machine falls on every tool alike.
 *
 * @example
 * interleaved({ len: (s: string) => s.length }, ['a'], 1, 5).len.passes // 5
 */
export function interleaved<T>(
  tools: Readonly<Record<string, (input: T) => unknown>>,
  inputs: readonly T[],
  bytes: number,
  passes: number,
): Record<string, Throughput> {
  const results: Record<string, PassResult[]> = {};
  for (const name of Object.keys(tools)) results[name] = [];
  for (let p = 0; p < passes; p++) for (const [name, fn] of Object.entries(tools)) results[name]!.push(timePass(fn, inputs));
  const out: Record<string, Throughput> = {};
  for (const [name, rs] of Object.entries(results)) {
    const totalMs = median(rs.map((r) => r.totalMs));
    out[name] = {
      totalMs,
      p50Ms: median(rs.map((r) => r.p50Ms)),
      p99Ms: median(rs.map((r) => r.p99Ms)),
      commentsPerSecond: inputs.length / (totalMs / 1000),
      mbPerSecond: bytes / 1e6 / (totalMs / 1000),
      passes: rs.length,
    };
  }
  return out;
}
