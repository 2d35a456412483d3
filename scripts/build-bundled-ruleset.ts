// Builds src/ruleset/osthammar-data.ts: the bundled ruleset validated with zod (as defineRuleset would),
// compacted, and with the literals each pattern requires read from its compiled source, so the package
// does none of that when it loads. Also src/schema/decision-json-schema-data.ts: the decision contract as
// JSON Schema, which zod's generator would otherwise make at every import; and src/decide/cue-sources-data.ts:
// the test regexes of the intent cues, which a first decision would otherwise build by hand. `npm run build` runs it; so does vitest (test/setup/bundled-ruleset.ts)
// when a file it reads has changed. `--if-changed` skips the work when the fingerprint of those files (kept
// under node_modules/.cache, not in the generated file, so it changes only when the data does) matches.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod/mini';
import { Cue, cueKey, cueTestRegex } from '../src/decide/cue.js';
import * as intentCues from '../src/decide/intent-cues.js';
import { compilePatterns } from '../src/lexicon/patterns.js';
import { requiredLiterals } from '../src/lexicon/required-literals.js';
import type { BundledRulesetData } from '../src/ruleset/bundled-ruleset.js';
import { compactRuleset } from '../src/ruleset/compact-ruleset.js';
import { defineBundledRuleset } from '../src/ruleset/define-ruleset.js';
import { osthammarInput } from '../src/ruleset/osthammar-input.js';
import type { Ruleset } from '../src/ruleset/schema.js';
import { DecisionSchema } from '../src/schema/decision.js';

const ROOT = join(import.meta.dirname, '..');
export const DATA_FILE = join(ROOT, 'src', 'ruleset', 'osthammar-data.ts');
export const SCHEMA_FILE = join(ROOT, 'src', 'schema', 'decision-json-schema-data.ts');
export const CUES_FILE = join(ROOT, 'src', 'decide', 'cue-sources-data.ts');
/** The generated modules, which the fingerprint of their sources leaves out. */
const GENERATED = [DATA_FILE, SCHEMA_FILE, CUES_FILE];
const FINGERPRINT_FILE = join(ROOT, 'node_modules', '.cache', 'moderera-build', 'osthammar-data.fingerprint');

/** Files the data is made from: the rule data, the code that reads it (all of src/), the locked dependencies. */
function sourceFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : /\.(ts|json)$/.test(d.name) ? [join(dir, d.name)] : []));
  return [...walk(join(ROOT, 'rules', 'osthammar')), ...walk(join(ROOT, 'src')), join(ROOT, 'package-lock.json'), join(ROOT, 'scripts', 'build-bundled-ruleset.ts')].filter((f) => !GENERATED.includes(f)).sort();
}

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

/**
 * A hash of every file the data is made from, and of the data as it is now.
 *
 * @example
 * sourceFingerprint() === writtenFingerprint() // false after editing rules/osthammar
 */
export function sourceFingerprint(data = GENERATED.map((f) => readData(f)).join('')): string {
  const hash = createHash('sha256');
  for (const file of sourceFiles()) {
    hash.update(`${relative(ROOT, file)}\0`);
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('(missing)');
    }
    hash.update('\0');
  }
  return `${hash.digest('hex')}:${sha256(data)}`;
}

function readData(file = DATA_FILE): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The fingerprint of the last build of src/ruleset/osthammar-data.ts on this machine ('' when none).
 *
 * @example
 * writtenFingerprint() // 'f3a1…'
 */
export function writtenFingerprint(): string {
  try {
    return readFileSync(FINGERPRINT_FILE, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * The bundled ruleset's build data: validated (zod, duplicate ids), compacted, with each pattern's required
 * literals read from its compiled source exactly as `matchPatterns` would read them.
 *
 * @example
 * bundledRulesetData().required.length === osthammar.patterns.length // true
 */
export function bundledRulesetData(ruleset: Ruleset = defineBundledRuleset(osthammarInput)): BundledRulesetData {
  const compact = compactRuleset(ruleset);
  const compiled = compilePatterns(ruleset.patterns, ruleset.lexicons);
  const literalSets: string[][] = [];
  const setIndex = new Map<string, number>();
  let next = 0;
  const required = ruleset.patterns.map((file) =>
    file.patterns.map(() => {
      const sets = requiredLiterals(compiled[next++]!.regex.source);
      return sets === null
        ? null
        : sets.map((set) => {
            const key = JSON.stringify(set);
            let i = setIndex.get(key);
            if (i === undefined) setIndex.set(key, (i = literalSets.push(set) - 1));
            return i;
          });
    }),
  );
  return { ruleset: compact, literalSets, required };
}

/** `text` as a single-quoted string literal: JSON has few single quotes to escape, and many double ones. */
const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}'`;

/**
 * The text of src/ruleset/osthammar-data.ts for `data`.
 *
 * @example
 * dataModule(bundledRulesetData()).startsWith('// Generated') // true
 */
export function dataModule(data: BundledRulesetData): string {
  return [
    '// Generated by scripts/build-bundled-ruleset.ts from rules/osthammar and src/: do not edit. `npm run build`',
    '// rebuilds it (and vitest, when a file it is made from changed). A JSON string, since parsing JSON is faster',
    '// than evaluating the same data as an object literal.',
    '',
    '/** The bundled ruleset (BundledRulesetData) as JSON. */',
    `export const OSTHAMMAR_DATA = ${quote(JSON.stringify(data))};`,
    '',
  ].join('\n');
}

/**
 * The decision contract as JSON Schema (draft 2020-12), made by zod from `DecisionSchema`.
 *
 * @example
 * decisionJsonSchemaOf().$schema // 'https://json-schema.org/draft/2020-12/schema'
 */
// io 'input' leaves objects open: the contract is extended, never renamed, so readers must accept fields they do not know.
export function decisionJsonSchemaOf(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DecisionSchema, { target: 'draft-2020-12', io: 'input' }),
    title: 'moderera Decision',
    description: 'What moderera decides about one comment: action, TILLÅT INTE categories, personal data, findings with UTF-16 spans of the original text, reasons in Swedish and English, archival and reply. Extended, never renamed.',
  };
}

/**
 * The text of src/schema/decision-json-schema-data.ts for `schema`.
 *
 * @example
 * schemaModule(decisionJsonSchemaOf()).includes('DECISION_JSON_SCHEMA') // true
 */
export function schemaModule(schema: Record<string, unknown>): string {
  return [
    '// Generated by scripts/build-bundled-ruleset.ts from src/schema/decision.ts: do not edit. `npm run build`',
    '// rebuilds it (and vitest, when a file it is made from changed).',
    '',
    '/** The decision contract as JSON Schema (draft 2020-12), as JSON. */',
    `export const DECISION_JSON_SCHEMA = ${quote(JSON.stringify(schema))};`,
    '',
  ].join('\n');
}

/**
 * Per intent cue, its key and the source of its test regex (`cueTestRegex`), by key (module namespaces list
 * their exports in another order under vitest).
 * Throws when two cues share a key.
 *
 * @example
 * cueTestSources()[0] // [key, source]: the first by key, e.g. ['11hjs6k1l', '(?:(?:(?<![\\p{L}\\p{N}])(?:d(?:et…']
 */
export function cueTestSources(): [string, string][] {
  const out = new Map<string, string>();
  for (const [name, c] of Object.entries(intentCues)) {
    if (!(c instanceof Cue)) continue;
    const key = cueKey(c.cues, c.anchored);
    const source = cueTestRegex(c.cues, { anchored: c.anchored }, c.alternatives).source;
    if (out.has(key) && out.get(key) !== source) throw new Error(`cue ${name}: its key ${key} is another cue's; change cueKey in src/decide/cue.ts`);
    out.set(key, source);
  }
  return [...out].sort(([a], [b]) => (a < b ? -1 : 1));
}

/**
 * The text of src/decide/cue-sources-data.ts for `sources`.
 *
 * @example
 * cuesModule(cueTestSources()).includes('CUE_TEST_SOURCES') // true
 */
export function cuesModule(sources: readonly (readonly [string, string])[]): string {
  return [
    '// Generated by scripts/build-bundled-ruleset.ts from src/decide/intent-cues.ts: do not edit. `npm run build`',
    '// rebuilds it (and vitest, when a file it is made from changed).',
    '',
    '/** Per intent cue: `cueKey` of its words and the source of its test regex (`cueTestRegex`, flag u). */',
    'export const CUE_TEST_SOURCES: readonly (readonly [string, string])[] = [',
    ...sources.map(([key, source]) => `  [${quote(key)}, ${quote(source)}],`),
    '];',
    '',
  ].join('\n');
}

/** Writes a generated module when its text changed (atomically: tests may be reading it). */
function write(file: string, text: string): boolean {
  if (readData(file) === text) return false;
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--if-changed') && writtenFingerprint() === sourceFingerprint()) process.exit(0);
  // Read before building: a file edited meanwhile then makes the next run build again.
  const sources = sourceFingerprint('');
  const data = bundledRulesetData();
  // In GENERATED's order, which sourceFingerprint reads them in.
  const made = new Map([
    [DATA_FILE, dataModule(data)],
    [SCHEMA_FILE, schemaModule(decisionJsonSchemaOf())],
    [CUES_FILE, cuesModule(cueTestSources())],
  ]);
  const texts = GENERATED.map((file) => made.get(file)!);
  const [changed, schemaChanged, cuesChanged] = GENERATED.map((file, k) => write(file, texts[k]!));
  mkdirSync(dirname(FINGERPRINT_FILE), { recursive: true });
  writeFileSync(FINGERPRINT_FILE, `${sources.split(':')[0]}:${sha256(texts.join(''))}`);
  const patterns = data.required.reduce((n, f) => n + f.length, 0);
  console.error(`src/ruleset/osthammar-data.ts: ${changed ? 'written' : 'unchanged'} (${data.ruleset.lexicons.length} lexicons, ${patterns} patterns, ${data.literalSets.length} literal sets); src/schema/decision-json-schema-data.ts: ${schemaChanged ? 'written' : 'unchanged'}; src/decide/cue-sources-data.ts: ${cuesChanged ? 'written' : 'unchanged'}`);
}
