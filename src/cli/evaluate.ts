import * as z from 'zod/mini';
import type { Platform } from '../adapters/platform-response.js';
import { type EvaluateOptions, type ReplyRecord, evaluate, formatEvaluationTable } from '../evaluation/evaluate.js';
import { moderate } from '../moderate.js';
import { type Decision, DecisionSchema } from '../schema/decision.js';
import { inEnglish } from '../schema/zod-locale.js';
import { INPUT_FLAGS, readSource, showHelp } from './classify.js';
import type { CliIo } from './io.js';
import { nowFlag, parseArgs } from './parse-args.js';
import { createProgress } from './progress.js';
import { parseComments } from './read-comments.js';
import { readInputs } from './read-inputs.js';
import { EXIT, InputFileError } from './usage-error.js';

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const Instant = z.union([z.string(), z.date()]).check(z.refine((t) => !Number.isNaN(typeof t === 'string' ? Date.parse(t) : t.getTime()), 'ska vara en ISO-tid, t.ex. 2026-01-13T10:00:00+01:00'));

/** A reply as a record `{ commentId, repliedAt }`, or as the municipality's own comment `{ inReplyTo, createdAt }`. */
const ReplyInputSchema = z.union([
  z.object({ commentId: z.string().check(z.minLength(1)), repliedAt: Instant }),
  z.pipe(
    z.object({ inReplyTo: z.string().check(z.minLength(1)), createdAt: Instant }),
    z.transform((r) => ({ commentId: r.inReplyTo, repliedAt: r.createdAt })),
  ),
]);

/**
 * Reads the `--replies` file: a JSON array or JSONL of replies. Throws an `InputFileError` listing each line
 * that is not a reply, so the whole evaluation is not silently short of replies.
 *
 * @example
 * readReplies('{"commentId":"fb-1","repliedAt":"2026-01-13T10:00:00+01:00"}', 'svar.jsonl') // [{ commentId: 'fb-1', repliedAt: '…' }]
 */
export function readReplies(source: string, file: string): ReplyRecord[] {
  const replies: ReplyRecord[] = [];
  const problems: string[] = [];
  for (const item of parseComments(source)) {
    if ('parseError' in item) {
      problems.push(`rad ${item.line}: inte JSON`);
      continue;
    }
    const parsed = ReplyInputSchema.safeParse(item.value, inEnglish);
    if (parsed.success) replies.push(parsed.data);
    else problems.push(`rad ${item.line}: förväntade { commentId, repliedAt } eller { inReplyTo, createdAt } (${parsed.error.issues.map((i) => `${i.path.join('.') || '(svaret)'}: ${i.message}`).join('; ')})`);
  }
  if (problems.length > 0) throw new InputFileError(`${file} har ${problems.length} ogiltiga svar:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? '\n  …' : ''}`);
  return replies;
}

/** Why one input line could not be evaluated. */
interface Failure {
  readonly line: number;
  readonly message: string;
}

/**
 * `moderera evaluate`: the guideline's UTVÄRDERING (time, engagement, response) over comments, which are
 * moderated first, or over decisions from `moderera classify`, with the municipality's replies when given.
 *
 * @example
 * runEvaluate(['kommentarer.jsonl', '--replies', 'svar.jsonl'], processIo) // prints the Swedish table, 0
 */
export function runEvaluate(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(
    argv,
    { ...INPUT_FLAGS, replies: { type: 'string', hint: 'en fil med svar' }, format: { type: 'string', values: ['table', 'json'] }, lang: { type: 'string', values: ['sv', 'en'] } },
    'evaluate',
  );
  if (args.help) return showHelp(io, 'evaluate');
  const now = nowFlag(args.flags.now, io.now, 'evaluate');
  const inputs = readInputs(readSource(args.positionals, io, 'evaluate'), args.flags.from as Platform | undefined);
  const repliesFile = args.flags.replies as string | undefined;
  const replies = repliesFile === undefined ? undefined : readReplies(readSource([repliesFile], io, 'evaluate'), repliesFile);

  const decisions: Decision[] = [];
  const comments: { id: string; createdAt?: string | Date }[] = [];
  const failures: Failure[] = [];
  const bar = createProgress({ total: inputs.length, label: 'utvärderar', stream: io.stderr, enabled: !args.flags['no-progress'] });
  for (const input of inputs) {
    bar.tick();
    if ('error' in input) {
      failures.push({ line: input.line, message: input.error.message });
      continue;
    }
    const v = input.comment;
    if (isObject(v) && v.ok === false) {
      // An error record from `moderera classify`: it stays an error here.
      failures.push({ line: input.line, message: `felpost från classify: ${isObject(v.error) ? String(v.error.message) : 'okänt fel'}` });
      continue;
    }
    if (isObject(v) && 'commentId' in v && 'action' in v) {
      const parsed = DecisionSchema.safeParse(v, inEnglish);
      if (parsed.success) decisions.push(parsed.data);
      else failures.push({ line: input.line, message: `inget giltigt beslut: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
      continue;
    }
    try {
      decisions.push(moderate(v, { now }));
      const c = v as { id: string; createdAt?: string | Date };
      comments.push({ id: c.id, ...(c.createdAt !== undefined ? { createdAt: c.createdAt } : {}) });
    } catch (e) {
      failures.push({ line: input.line, message: (e as Error).message });
    }
  }
  bar.done();

  const options: EvaluateOptions = { comments, ...(replies ? { replies } : {}) };
  const result = evaluate(decisions, options);
  if (args.flags.format === 'json') io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout.write(formatEvaluationTable(result, { locale: (args.flags.lang as 'sv' | 'en' | undefined) ?? 'sv' }));
  for (const f of failures) io.stderr.write(`moderera evaluate: rad ${f.line}: ${f.message}\n`);
  io.stderr.write(`moderera: ${inputs.length} in, ${decisions.length} utvärderade, ${failures.length} fel${replies ? `, ${replies.length} svar` : ''}\n`);
  return failures.length > 0 ? EXIT.findings : EXIT.ok;
}
