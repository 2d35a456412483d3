import { moderate } from '../moderate.js';
import { type BatchResult, toErrorRecord } from '../moderate-many.js';
import { PLATFORMS, type Platform } from '../adapters/platform-response.js';
import type { CliIo } from './io.js';
import { nowFlag, parseArgs } from './parse-args.js';
import { createProgress } from './progress.js';
import { type Input, readInputs } from './read-inputs.js';
import { summaryTable } from './summary-table.js';
import { EXIT, InputFileError, UsageError } from './usage-error.js';
import { COMMAND_HELP } from './help.js';

/**
 * Prints a command's help on stdout; asking for help is not an error.
 *
 * @example
 * showHelp(processIo, 'check') // 0
 */
export function showHelp(io: CliIo, command: string): number {
  io.stdout.write(`${COMMAND_HELP[command]}\n`);
  return EXIT.ok;
}

/** Flags shared by the commands that read comments. */
export const INPUT_FLAGS = {
  from: { type: 'string', values: PLATFORMS },
  now: { type: 'string', hint: 'en ISO-tid, t.ex. 2026-11-24T10:00:00+01:00' },
  'no-progress': { type: 'boolean' },
} as const;

/**
 * Reads the input file (or stdin for `-`) named by the command's one positional argument.
 * Throws an `InputFileError` when the file cannot be read, a `UsageError` when stdin is a terminal and
 * nothing was named.
 *
 * @example
 * readSource(['kommentarer.jsonl'], io, 'classify') // the file's text
 */
export function readSource(positionals: readonly string[], io: CliIo, command: string): string {
  if (positionals.length > 1) throw new UsageError(`${command} läser en fil åt gången, fick ${positionals.length}: ${positionals.join(' ')}`, command);
  const file = positionals[0] ?? '-';
  if (positionals[0] === undefined && io.stdinIsTTY) throw new UsageError(`ange en fil, eller - för att läsa kommentarer från stdin`, command);
  try {
    return io.read(file);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'filen finns inte' : (e as Error).message;
    throw new InputFileError(`kan inte läsa ${file === '-' ? 'stdin' : file}: ${reason}`);
  }
}

/**
 * Moderates every input in order, with a progress bar on a terminal; every input gives one result.
 *
 * @example
 * moderateInputs(readInputs(text), { now, io, progress: true }).filter((r) => !r.ok).length
 */
export function moderateInputs(inputs: readonly Input[], { now, io, progress }: { now: string; io: CliIo; progress: boolean }): BatchResult[] {
  const bar = createProgress({ total: inputs.length, label: 'modererar', stream: io.stderr, enabled: progress });
  const results = inputs.map((input, index): BatchResult => {
    bar.tick();
    if ('error' in input) return toErrorRecord(input.error, index, { line: input.line });
    try {
      return { ok: true as const, index, line: input.line, ...moderate(input.comment, { now }) };
    } catch (error) {
      const id = (input.comment as { id?: unknown } | null)?.id;
      return toErrorRecord(error, index, { line: input.line, ...(typeof id === 'string' ? { commentId: id } : {}) });
    }
  });
  bar.done();
  return results;
}

/**
 * `moderera classify`: one decision per input as JSONL (or a Swedish table), a count on stderr.
 *
 * @example
 * runClassify(['kommentarer.jsonl', '--format', 'table'], processIo) // 0 when every comment was moderated
 */
export function runClassify(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv, { format: { type: 'string', values: ['jsonl', 'table'] }, ...INPUT_FLAGS }, 'classify');
  if (args.help) return showHelp(io, 'classify');
  const now = nowFlag(args.flags.now, io.now, 'classify');
  const inputs = readInputs(readSource(args.positionals, io, 'classify'), args.flags.from as Platform | undefined);
  const results = moderateInputs(inputs, { now, io, progress: !args.flags['no-progress'] });
  if (args.flags.format === 'table') io.stdout.write(`${summaryTable(results)}\n`);
  else for (const r of results) io.stdout.write(`${JSON.stringify(r)}\n`);
  const errors = results.filter((r) => !r.ok).length;
  io.stderr.write(`moderera: ${inputs.length} in, ${results.length} ut, ${errors} fel\n`);
  return errors > 0 ? EXIT.findings : EXIT.ok;
}
