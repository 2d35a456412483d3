import { runCheck } from './check.js';
import { runClassify } from './classify.js';
import { runEvaluate } from './evaluate.js';
import { COMMAND_HELP, HELP } from './help.js';
import type { CliIo } from './io.js';
import { EXIT, InputFileError, UsageError } from './usage-error.js';

const COMMANDS: Readonly<Record<string, (argv: readonly string[], io: CliIo) => number>> = {
  classify: runClassify,
  check: runCheck,
  evaluate: runEvaluate,
};

/**
 * Runs `moderera` with `argv` (without node and script) and returns the exit code: 0 done, 1 some input
 * failed or a fixture differs, 2 wrong usage or an unreadable or invalid file, 3 a bug in moderera.
 *
 * @example
 * main(['check', 'fixtures/'], processIo) // 0
 */
export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' && rest[0] !== undefined ? COMMAND_HELP[rest[0]] : undefined;
    io.stdout.write(`${topic ?? HELP}\n`);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`okänt kommando "${command}"; kommandon: ${Object.keys(COMMANDS).join(', ')}`);
    return run(rest, io);
  } catch (e) {
    if (e instanceof InputFileError) {
      io.stderr.write(`moderera: ${e.message}\n`);
      return EXIT.usage;
    }
    if (!(e instanceof UsageError)) {
      io.stderr.write(`moderera: internt fel (internal error), rapportera gärna: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      return EXIT.internal;
    }
    const help = e.command ? COMMAND_HELP[e.command] : HELP;
    io.stderr.write(`moderera: ${e.message}\n\n${help}\n`);
    return EXIT.usage;
  }
}
