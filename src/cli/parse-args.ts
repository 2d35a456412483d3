import { UsageError } from './usage-error.js';

/** One flag a command accepts: a value flag (`--format table`, `--format=table`) or a switch (`--no-progress`). */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** The allowed values of a string flag; anything else is a usage error that lists them. */
  readonly values?: readonly string[];
  /** What the value is, in Swedish, for the error when it is missing (e.g. "en ISO-tid"). */
  readonly hint?: string;
}

export interface ParsedArgs {
  readonly flags: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  readonly help: boolean;
}

/**
 * Parses a command's arguments with Swedish errors (a `UsageError` naming the flag and what it needs).
 * `-` alone is a positional (standard input); `--` ends the flags.
 *
 * @example
 * parseArgs(['a.jsonl', '--format=table'], { format: { type: 'string', values: ['jsonl', 'table'] } }, 'classify')
 * // { flags: { format: 'table' }, positionals: ['a.jsonl'], help: false }
 */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, FlagSpec>>, command: string): ParsedArgs {
  const flags: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const flag = arg.startsWith('--') ? spec[name] : undefined;
    if (!flag) throw new UsageError(`okänd flagga "${eq === -1 ? arg : arg.slice(0, eq)}" för ${command}`, command);
    if (flag.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} tar inget värde`, command);
      flags[name] = true;
      continue;
    }
    const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError(`--${name} behöver ${flag.values ? flag.values.join(' eller ') : (flag.hint ?? 'ett värde')}`, command);
    }
    if (flag.values && !flag.values.includes(value)) throw new UsageError(`--${name} ska vara ${flag.values.join(' eller ')}, inte "${value}"`, command);
    flags[name] = value;
  }
  return { flags, positionals, help };
}

/**
 * The `--now` flag as an ISO instant, or the clock's time when it was left out.
 *
 * @example
 * nowFlag('2026-11-24T10:00:00Z', () => new Date(), 'classify') // '2026-11-24T10:00:00.000Z'
 */
export function nowFlag(value: string | boolean | undefined, clock: () => Date, command: string): string {
  if (typeof value !== 'string') return clock().toISOString();
  const t = Date.parse(value);
  if (Number.isNaN(t)) throw new UsageError(`--now ska vara en ISO-tid, t.ex. 2026-11-24T10:00:00+01:00, inte "${value}"`, command);
  return new Date(t).toISOString();
}
