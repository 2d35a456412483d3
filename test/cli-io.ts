import { readFileSync } from 'node:fs';
import type { CliIo } from '../src/cli/io.js';

/** An in-process stand-in for the terminal: captured stdout and stderr, stdin from a string, a fixed clock. */
export function fakeIo({ stdin = '', tty = false, columns = 80 }: { stdin?: string; tty?: boolean; columns?: number } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (s: string) => out.push(s) },
    stderr: { write: (s: string) => err.push(s), isTTY: tty, columns },
    read: (path) => (path === '-' ? stdin : readFileSync(path, 'utf8')),
    stdinIsTTY: tty,
    now: () => new Date('2026-11-24T10:00:00Z'),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
