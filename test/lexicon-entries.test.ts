import { describe, expect, it } from 'vitest';
import { compileRuleset } from '../src/ruleset/compile-ruleset.js';
import { matchTokens } from '../src/lexicon/match.js';
import { normalise } from '../src/normalise/normalise.js';
import { tokenize } from '../src/normalise/tokens.js';
import { osthammar } from '../src/index.js';

const compiled = compileRuleset(osthammar);
const entryIdsIn = (text: string, english: boolean) =>
  matchTokens(english ? compiled.english : compiled.swedish, tokenize(normalise(text))).map((h) => h.entry.entry.id);

// Every entry of every bundled lexicon: each form must fire inside a sentence, each allow-listed look-alike must not.
for (const lexicon of osthammar.lexicons) {
  const english = lexicon.language === 'en';
  describe(`lexicon ${lexicon.id}`, () => {
    it('records where it comes from and under which licence', () => {
      expect(lexicon.provenance.source.length).toBeGreaterThan(5);
      expect(lexicon.provenance.licence.length).toBeGreaterThan(1);
    });
    it.each(lexicon.entries.map((e) => [e.id, e] as const))('%s fires on its forms and not on its look-alikes', (_id, entry) => {
      for (const form of [entry.term, ...entry.forms]) {
        expect(entryIdsIn(`Det var ${form} sa hon`.replace('Det var', english ? 'It was' : 'Det var'), english), form).toContain(entry.id);
      }
      for (const look of entry.allow) {
        const word = look.endsWith('*') ? `${look.slice(0, -1)}skolan` : look;
        expect(entryIdsIn(`vi såg ${word} i dag`, english), word).not.toContain(entry.id);
      }
    });
  });
}
