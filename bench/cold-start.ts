// Cold start: a fresh Node process per run, timing import + the first decision inside it.
import { median, runFresh } from './measure.js';

/** Medians over fresh processes: import + first call, and the whole process until then (Node boot included). */
export interface ColdStart {
  readonly importAndFirstMs: number;
  readonly processMs: number;
  readonly runs: number;
}

/**
 * Runs `body` (ES module code that must set `globalThis.first` to the first result) in `runs` fresh
 * processes and returns the medians. `performance.now()` counts from process start, so `processMs`
 * includes Node's own boot.
 *
 * @example
 * coldStart("await import('obscenity'); globalThis.first = 1", '/work/main', 3).runs // 3
 */
export function coldStart(body: string, cwd: string, runs = 7): ColdStart {
  return coldStartsInTurns({ body }, cwd, runs).body!;
}

/**
 * `coldStart` of several bodies taken in turns (one process of each per round), so a machine that slows down
 * or speeds up during the runs moves every figure alike instead of the one measured then.
 *
 * @example
 * coldStartsInTurns({ empty: 'globalThis.first = 0;' }, '/work/main', 3).empty!.runs // 3
 */
export function coldStartsInTurns<K extends string>(bodies: Record<K, string>, cwd: string, runs = 7): Record<K, ColdStart> {
  const names = Object.keys(bodies) as K[];
  const inner = new Map<K, number[]>(names.map((n) => [n, []]));
  const total = new Map<K, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < runs; r++) {
    for (const name of names) {
      const script = `const t0 = performance.now();\n${bodies[name]}\nconst t1 = performance.now();\nif (globalThis.first === undefined) throw new Error('no first result');\nprocess.stdout.write(JSON.stringify({ inner: t1 - t0, total: t1 }));`;
      const { inner: i, total: t } = runFresh(script, cwd);
      inner.get(name)!.push(i!);
      total.get(name)!.push(t!);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { importAndFirstMs: median(inner.get(n)!), processMs: median(total.get(n)!), runs }])) as Record<K, ColdStart>;
}
