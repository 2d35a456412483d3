// `npx tsx scripts/build-personal-data.ts`: regenerates the personal-data files in rules/osthammar/data from
// ../shared/data (third-party, licences in its README): Swedish postcodes and localities (CC0, sjbrg/swedish-geodata)
// and names seen as PER in the TRAIN split of the Swedish NER corpus (CC BY 4.0, klintan/swedish-ner-corpus).
// The TEST split is never read here: scripts/eval-names.ts measures on it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared', 'data');
const OUT = join(ROOT, 'rules', 'osthammar', 'data');

function read(rel: string): string {
  const path = join(SHARED, rel);
  if (!existsSync(path)) throw new Error(`Missing ${path}: the shared data folder must sit beside the repository (../shared/data).`);
  return readFileSync(path, 'utf8');
}

function write(name: string, value: unknown): void {
  writeFileSync(join(OUT, name), `${JSON.stringify(value, null, 1)}\n`);
  console.log(`wrote rules/osthammar/data/${name}`);
}

// Postcodes as a bitmap over 10000–99999 (base64): 15 kB instead of a list, one bit test per lookup.
const postal = read('pii/geodata_postal_to_municipality.csv').trim().split('\n').slice(1).map((l) => l.split(','));
const bits = new Uint8Array(Math.ceil(90000 / 8));
for (const [code] of postal) {
  const n = Number(code) - 10000;
  if (Number.isInteger(n) && n >= 0 && n < 90000) bits[n >> 3]! |= 1 << (n & 7);
}
write('postcodes.se.json', {
  id: 'personal-data.postcodes.se',
  provenance: { source: 'sjbrg/swedish-geodata data/ (via ../shared/data/pii/geodata_postal_to_municipality.csv)', licence: 'CC0 1.0', note: 'bit n set when postcode 10000+n exists' },
  count: postal.length,
  bitmap: Buffer.from(bits).toString('base64'),
});

// Localities and municipalities: a capitalised word that is a place is not a first name on its own.
const municipalities = read('pii/geodata_municipalities.csv').trim().split('\n').slice(1).map((l) => l.split(',')[2]!);
const localities = new Set<string>([...postal.map((r) => r[1]!), ...municipalities].filter((p) => /^\p{Lu}[\p{L} ]*\p{L}$/u.test(p)));
write('places.se.json', {
  id: 'personal-data.places.se',
  provenance: { source: 'sjbrg/swedish-geodata data/ (localities and municipality names via ../shared/data/pii)', licence: 'CC0 1.0' },
  places: [...localities].sort((a, b) => a.localeCompare(b, 'sv')),
});

// Names from PER spans of the NER TRAIN split: first tokens of multi-word names are first names, last tokens surnames.
const sentences: [string, string][][] = [];
let sentence: [string, string][] = [];
for (const line of read('ner/swener_train_corpus.txt').split('\n')) {
  const m = /^(.*\S)\s+(\S+)$/.exec(line);
  if (!m) {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
    continue;
  }
  sentence.push([m[1]!, m[2]!]);
}
if (sentence.length > 0) sentences.push(sentence);

const asPer = new Map<string, number>();
const notPer = new Map<string, number>();
const lower = new Map<string, number>();
const first = new Map<string, number>();
const last = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
for (const s of sentences) {
  for (let i = 0; i < s.length; i++) {
    const [tok, tag] = s[i]!;
    if (tag === 'PER') bump(asPer, tok);
    else if (i > 0) bump(notPer, tok);
    if (/^\p{Ll}/u.test(tok)) bump(lower, tok);
    if (tag !== 'PER' || s[i - 1]?.[1] === 'PER') continue;
    let j = i;
    while (s[j + 1]?.[1] === 'PER') j++;
    if (j > i) {
      bump(first, tok);
      bump(last, s[j]![0]);
    }
  }
}
const NAME = /^\p{Lu}\p{Ll}+$/u;
// A name also seen capitalised outside PER (as often as inside) is more likely an organisation, place or word.
const clean = (m: Map<string, number>) =>
  [...m.keys()].filter((w) => NAME.test(w) && w.length > 2 && !localities.has(w) && (notPer.get(w) ?? 0) < (asPer.get(w) ?? 0)).sort((a, b) => a.localeCompare(b, 'sv'));
const firstNames = clean(first);
const surnames = clean(last).filter((w) => !first.has(w));
write('names.swener-train.json', {
  id: 'personal-data.names.swener-train',
  provenance: {
    source: 'klintan/swedish-ner-corpus (Webbnyheter 2012, Språkbanken), TRAIN split only, via ../shared/data/ner/swener_train_corpus.txt',
    licence: 'CC BY 4.0',
    note: 'first and last tokens of multi-word PER spans; words seen as often outside PER, and place names, are left out; ambiguous = also seen in lower case',
  },
  firstNames,
  surnames,
  ambiguous: [...firstNames, ...surnames].filter((w) => lower.has(w.toLowerCase())),
});
