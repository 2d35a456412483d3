import { readFileSync } from 'node:fs';
import { moderate } from '../moderate.js';
import { type BatchResult, toErrorRecord } from '../moderate-many.js';
import { parseComments } from './read-comments.js';
import { summaryTable } from './summary-table.js';

const HELP = `moderera – modererar kommentarer enligt Östhammars kommuns riktlinjer för sociala medier

Användning:
  moderera classify [fil|-] [--format jsonl|table] [--now ISO-tid]

  classify   läser kommentarer (JSON-array, ett JSON-objekt eller JSONL) från fil eller stdin (-)
             och skriver ett beslut per kommentar som JSONL; ogiltiga rader blir felposter.
  --format   jsonl (standard) eller table (läsbar svensk tabell)
  --now      moderatorns klocka, sparas i bevisposten (standard: nu)

Exempel:
  moderera classify fixtures/examples/osthammar-comments.jsonl --format table
  echo '{"id":"1","text":"Du är en jävla idiot"}' | moderera classify -

Slutkoder: 0 klart, 1 minst en kommentar kunde inte modereras, 2 fel i anropet.`;

function fail(message: string): never {
  process.stderr.write(`moderera: ${message}\n\n${HELP}\n`);
  process.exit(2);
}

/** Parses `argv` (without node and script) and runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${HELP}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'classify') fail(`okänt kommando "${command}"`);
  let file = '-';
  let format = 'jsonl';
  let now = new Date().toISOString();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--format') format = rest[++i] ?? fail('--format behöver jsonl eller table');
    else if (arg === '--now') now = rest[++i] ?? fail('--now behöver en ISO-tid');
    else if (arg.startsWith('--')) fail(`okänd flagga "${arg}"`);
    else file = arg;
  }
  if (format !== 'jsonl' && format !== 'table') fail(`--format ska vara jsonl eller table, inte "${format}"`);
  if (Number.isNaN(Date.parse(now))) fail(`--now ska vara en ISO-tid, inte "${now}"`);
  let source: string;
  try {
    source = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`kan inte läsa ${file === '-' ? 'stdin' : file}: ${(e as Error).message}`);
  }
  const items = parseComments(source);
  const results: BatchResult[] = items.map((item, index) => {
    if ('parseError' in item) {
      return toErrorRecord(Object.assign(new Error(item.parseError), { name: 'ParseError', code: 'MODERERA_INVALID_JSON' }), index, { line: item.line });
    }
    try {
      return { ok: true as const, index, line: item.line, ...moderate(item.value, { now }) };
    } catch (error) {
      const id = (item.value as { id?: unknown } | null)?.id;
      return toErrorRecord(error, index, { line: item.line, ...(typeof id === 'string' ? { commentId: id } : {}) });
    }
  });
  if (format === 'table') process.stdout.write(`${summaryTable(results)}\n`);
  else for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
  const errors = results.filter((r) => !r.ok).length;
  process.stderr.write(`moderera: ${items.length} in, ${results.length} ut, ${errors} fel\n`);
  return errors > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
