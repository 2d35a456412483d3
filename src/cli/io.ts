import { readFileSync, readSync } from 'node:fs';

/** A stream the CLI writes to; `isTTY` and `columns` decide whether and how wide a progress bar is drawn. */
export interface OutStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** What the CLI touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  /** Reads a file, or standard input for `-`. */
  readonly read: (path: string) => string;
  /** Whether standard input is a terminal (then `classify` without a file would wait forever). */
  readonly stdinIsTTY: boolean;
  /** The moderator's clock, for the evidence record. */
  readonly now: () => Date;
}

/**
 * Reads all of standard input synchronously. A pipe can be non-blocking (when the writer has not started
 * yet), where `readFileSync(0)` fails with EAGAIN: then wait a moment and read on.
 *
 * @example
 * const text = readStdin();
 */
export function readStdin(): string {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(1 << 16);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 20);
        continue;
      }
      if (code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process: stdout, stderr, files and stdin, the system clock. */
export const processIo: CliIo = {
  stdout: process.stdout,
  stderr: process.stderr,
  read: (path) => (path === '-' ? readStdin() : readFileSync(path, 'utf8')),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  now: () => new Date(),
};
