// Cold start: a fresh Node process per run, timing import + the first decision inside it.
import { execFileSync } from 'node:child_process';
import { median } from './measure.js';

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
  const script = `const t0 = performance.now();\n${body}\nconst t1 = performance.now();\nif (globalThis.first === undefined) throw new Error('no first result');\nprocess.stdout.write(JSON.stringify({ inner: t1 - t0, total: t1 }));`;
  const inner: number[] = [];
  const total: number[] = [];
  for (let r = 0; r < runs; r++) {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd, encoding: 'utf8' });
    const { inner: i, total: t } = JSON.parse(out) as { inner: number; total: number };
    inner.push(i);
    total.push(t);
  }
  return { importAndFirstMs: median(inner), processMs: median(total), runs };
}
