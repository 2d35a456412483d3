import type { OutStream } from './io.js';

/** A progress bar for long runs; does nothing when it is not drawn. */
export interface Progress {
  /** One more item done. */
  tick(): void;
  /** Clears the bar so the summary line starts clean. */
  done(): void;
}

export interface ProgressOptions {
  readonly total: number;
  /** Shown before the bar, e.g. "modererar". */
  readonly label: string;
  readonly stream: OutStream;
  /** Shorter runs get no bar: it would only flicker. */
  readonly minTotal?: number;
  /** `--no-progress`. */
  readonly enabled?: boolean;
}

const NONE: Progress = { tick() {}, done() {} };

/**
 * A progress bar on `stream` (stderr), drawn only when it is a terminal and the run is long, redrawn only
 * when the percentage changes so it costs nothing per comment; pipes and CI logs get no bar at all.
 *
 * @example
 * const bar = createProgress({ total: comments.length, label: 'modererar', stream: process.stderr });
 * for (const c of comments) { moderate(c); bar.tick(); }
 * bar.done();
 */
export function createProgress({ total, label, stream, minTotal = 200, enabled = true }: ProgressOptions): Progress {
  if (!enabled || !stream.isTTY || total < minTotal) return NONE;
  let done = 0;
  let shown = -1;
  const draw = () => {
    const pct = Math.floor((100 * done) / total);
    if (pct === shown) return;
    shown = pct;
    const counts = `${String(pct).padStart(3)} % ${done}/${total}`;
    const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - label.length - counts.length - 4));
    const full = Math.round((width * done) / total);
    stream.write(`\r${label} ${'█'.repeat(full)}${'░'.repeat(width - full)} ${counts}`);
  };
  draw();
  return {
    tick() {
      done++;
      draw();
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
