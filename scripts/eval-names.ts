// `npm run eval:names`: precision and recall of name detection on the PER spans of the Swedish NER corpus's
// TEST split (klintan/swedish-ner-corpus, Webbnyheter 2012, CC BY 4.0, in ../shared/data/ner). The name lists
// were built from the TRAIN split only (scripts/build-personal-data.ts). `--examples` prints misses and false hits.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findNameSpans, nameDictionary } from '../src/detect/personal-data/names.js';
import { osthammar } from '../src/index.js';

const path = join(import.meta.dirname, '..', '..', 'shared', 'data', 'ner', 'swener_test_corpus.txt');
if (!existsSync(path)) {
  console.error(`Missing ${path}: the shared data folder must sit beside the repository (../shared/data/ner).`);
  process.exit(2);
}
const showExamples = process.argv.includes('--examples');

interface Sentence {
  readonly text: string;
  /** Gold PER spans and each token's span, in `text` offsets. */
  readonly gold: [number, number][];
  readonly tokens: { start: number; end: number; per: boolean }[];
}

const NO_SPACE_BEFORE = /^[.,:;!?)\]}»”%]$/u;
const NO_SPACE_AFTER = /^[([{«“]$/u;

/** Joins a tokenised sentence back into text the way it was written, keeping each token's offsets. */
function detokenise(rows: [string, string][]): Sentence {
  let text = '';
  const tokens: Sentence['tokens'] = [];
  rows.forEach(([tok, tag], i) => {
    if (i > 0 && !NO_SPACE_BEFORE.test(tok) && !NO_SPACE_AFTER.test(rows[i - 1]![0])) text += ' ';
    tokens.push({ start: text.length, end: text.length + tok.length, per: tag === 'PER' });
    text += tok;
  });
  const gold: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.per) continue;
    let j = i;
    while (tokens[j + 1]?.per) j++;
    gold.push([tokens[i]!.start, tokens[j]!.end]);
    i = j;
  }
  return { text, gold, tokens };
}

const sentences: Sentence[] = [];
let rows: [string, string][] = [];
for (const line of readFileSync(path, 'utf8').split('\n')) {
  const m = /^(.*\S)\s+(\S+)$/.exec(line);
  if (m) rows.push([m[1]!, m[2]!]);
  else if (rows.length > 0) {
    sentences.push(detokenise(rows));
    rows = [];
  }
}
if (rows.length > 0) sentences.push(detokenise(rows));

const dict = nameDictionary(osthammar);
let exactTp = 0;
let predicted = 0;
let goldSpans = 0;
let tokTp = 0;
let tokFp = 0;
let tokFn = 0;
const misses: string[] = [];
const falseHits: string[] = [];
const started = performance.now();
for (const s of sentences) {
  const found = findNameSpans(s.text, dict).map((n) => [n.start, n.end] as [number, number]);
  predicted += found.length;
  goldSpans += s.gold.length;
  const goldKeys = new Set(s.gold.map(([a, b]) => `${a}-${b}`));
  const foundKeys = new Set(found.map(([a, b]) => `${a}-${b}`));
  for (const k of foundKeys) if (goldKeys.has(k)) exactTp++;
  for (const t of s.tokens) {
    const hit = found.some(([a, b]) => t.start >= a && t.end <= b);
    if (hit && t.per) tokTp++;
    else if (hit) tokFp++;
    else if (t.per) tokFn++;
  }
  for (const [a, b] of found) if (!goldKeys.has(`${a}-${b}`)) falseHits.push(`${s.text.slice(a, b)}  ⟵  ${s.text.slice(Math.max(0, a - 40), b + 30)}`);
  for (const [a, b] of s.gold) if (!foundKeys.has(`${a}-${b}`)) misses.push(`${s.text.slice(a, b)}  ⟵  ${s.text.slice(Math.max(0, a - 40), b + 30)}`);
}
const ms = performance.now() - started;

const pct = (n: number, d: number) => `${d === 0 ? '–' : ((100 * n) / d).toFixed(1)}%`;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const exactP = exactTp / predicted;
const exactR = exactTp / goldSpans;
const tokP = tokTp / (tokTp + tokFp);
const tokR = tokTp / (tokTp + tokFn);
console.log(`Name detection on swener_test_corpus.txt (TEST split): ${sentences.length} sentences, ${goldSpans} PER spans, ${(ms / sentences.length).toFixed(3)} ms/sentence`);
console.log(`exact span   precision ${pct(exactTp, predicted)} (${exactTp}/${predicted})  recall ${pct(exactTp, goldSpans)} (${exactTp}/${goldSpans})  F1 ${(100 * f1(exactP, exactR)).toFixed(1)}%`);
console.log(`per token    precision ${pct(tokTp, tokTp + tokFp)} (${tokTp}/${tokTp + tokFp})  recall ${pct(tokTp, tokTp + tokFn)} (${tokTp}/${tokTp + tokFn})  F1 ${(100 * f1(tokP, tokR)).toFixed(1)}%`);
if (showExamples) {
  console.log(`\nFalse hits (${falseHits.length}):\n  ${falseHits.slice(0, 60).join('\n  ')}`);
  console.log(`\nMisses (${misses.length}):\n  ${misses.slice(0, 60).join('\n  ')}`);
}
