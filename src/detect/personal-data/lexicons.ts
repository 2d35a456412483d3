import namesNer from '../../../rules/osthammar/data/names.swener-train.json';
import namesSv from '../../../rules/osthammar/data/names.sv.json';
import places from '../../../rules/osthammar/data/places.se.json';
import roles from '../../../rules/osthammar/lexicons/personal-data.roles.json';
import sensitive from '../../../rules/osthammar/lexicons/personal-data.sensitive.json';
import { normalise } from '../../normalise/normalise.js';
import type { RulesetInput } from '../../ruleset/schema.js';

type LexiconInput = RulesetInput['lexicons'][number];

/** An ASCII id part for a word: "Åsa" → "asa". */
function slug(word: string): string {
  return word
    .toLowerCase()
    .replace(/[åä]/gu, 'a')
    .replace(/ö/gu, 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

/** One word list as a context lexicon: one entry per word, tagged with what it is (and `ambiguous`). */
function wordLexicon(id: string, tag: string, words: readonly string[], ambiguous: ReadonlySet<string>, provenance: LexiconInput['provenance'], corpus: ReadonlySet<string> = new Set()): LexiconInput {
  const seen = new Set<string>();
  const ids = new Set<string>();
  const entries: LexiconInput['entries'] = [];
  for (const word of words) {
    const key = word.toLowerCase();
    // Only words the tokenizer yields whole: letters, or letters separated by single spaces (phrases).
    if (seen.has(key) || !/^\p{L}+(?: \p{L}+)*$/u.test(word)) continue;
    seen.add(key);
    const base = `${id}.${slug(word)}`;
    let entryId = base;
    // A set, not a search of the entries so far: that made each list quadratic in its length.
    for (let n = 2; ids.has(entryId); n++) entryId = `${base}-${n}`;
    ids.add(entryId);
    // The form comments are matched in: accents other than å, ä, ö folded ("Desirée" → "desiree").
    const folded = normalise(word).text;
    entries.push({ id: entryId, term: word, ...(folded !== key ? { forms: [folded] } : {}), strip: false, tags: [tag, ...(ambiguous.has(key) ? ['ambiguous'] : []), ...(corpus.has(key) ? ['corpus'] : [])] });
  }
  return { id, category: 'context', language: '*', provenance, entries };
}

/**
 * The word lists personal-data rules read, as context lexicons of the ruleset: first names and surnames
 * (written here, and from the NER corpus's TRAIN split), Swedish place names (which are never a name on
 * their own), roles of public officials, and sensitive topics (GDPR art. 9–10).
 *
 * @example
 * personalDataLexicons().map(l => l.id) // ['personal-data.first-names', 'personal-data.surnames', …]
 */
export function personalDataLexicons(): LexiconInput[] {
  const own = new Set([...namesSv.firstNames, ...namesSv.surnames].map((w) => w.toLowerCase()));
  // Hand-written lists decide: a corpus "ambiguous" flag only counts for names the hand list does not hold.
  const ambiguous = new Set([...namesSv.ambiguous.map((w) => w.toLowerCase()), ...namesNer.ambiguous.map((w) => w.toLowerCase()).filter((w) => !own.has(w))]);
  // Names only the news corpus knows (foreign politicians, but also English words such as "Frank") are tagged `corpus`.
  const corpus = new Set([...namesNer.firstNames, ...namesNer.surnames].map((w) => w.toLowerCase()).filter((w) => !own.has(w)));
  const both = { source: `${namesSv.provenance.source}; ${namesNer.provenance.source}`, licence: `${namesSv.provenance.licence}; ${namesNer.provenance.licence}`, note: 'hand-written names first, then names seen as PER in the NER TRAIN split' };
  return [
    wordLexicon('personal-data.first-names', 'first-name', [...namesSv.firstNames, ...namesNer.firstNames], ambiguous, both, corpus),
    wordLexicon('personal-data.surnames', 'surname', [...namesSv.surnames, ...namesNer.surnames], ambiguous, both, corpus),
    wordLexicon('personal-data.not-names', 'not-name', namesSv.notNames, new Set(), { ...namesSv.provenance, note: 'companies, brands and words that look like names but never are one' }),
    wordLexicon('personal-data.places', 'place', [...places.places, ...namesSv.worldPlaces, 'Östhammar', 'Gimo', 'Alunda', 'Öregrund', 'Forsmark', 'Hargshamn', 'Österbybruk', 'Gräsö', 'Norrskedika', 'Snesslinge', 'Ekeby', 'Films', 'Ed', 'Valö', 'Söderboda', 'Harg', 'Morkarla', 'Skäfthammar', 'Dannemora', 'Gillberga', 'Hökhuvud'], new Set(), {
      ...places.provenance,
      note: 'localities and municipalities of Sweden (CC0), plus villages and parishes of Östhammars kommun and countries and cities abroad written here (MIT)',
    }),
    roles as LexiconInput,
    sensitive as LexiconInput,
  ];
}
