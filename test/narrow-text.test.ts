// Phrase patterns that read a wide character only as "not a letter, digit or space" run on a one-byte copy of
// a text with emoji (narrowText), so V8 keeps to their one-byte code. These check that the copy changes no match.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureTexts } from '../bench/corpus.js';
import { forgetNarrowTexts, narrowText, readsOnlyNarrow } from '../src/lexicon/narrow-text.js';
import { normalise } from '../src/normalise/normalise.js';
import { compileRuleset } from '../src/ruleset/compile-ruleset.js';
import { osthammar } from '../src/ruleset/osthammar.js';

/** Non-empty matches of `regex` in `subject`, stepping over an empty one by the code point of `text` there (as matchPatterns does). */
function allMatches(regex: RegExp, subject: string, text = subject): string {
  const re = new RegExp(regex.source, regex.flags.includes('d') ? regex.flags : `${regex.flags}d`);
  const out: unknown[] = [];
  for (let m = re.exec(subject); m !== null; m = re.exec(subject)) {
    if (m[0] === '') {
      re.lastIndex = m.index + (text.codePointAt(m.index)! > 0xffff ? 2 : 1);
      continue;
    }
    out.push([m.index, m[0], m.indices?.groups ?? null]);
  }
  return JSON.stringify(out);
}

describe('narrowText', () => {
  it('puts U+0000 for every wide code unit of a text whose wide characters are symbols or punctuation', () => {
    expect(narrowText('Hej 😀 – “du”…')).toBe('Hej \u0000\u0000 \u0000 \u0000du\u0000\u0000');
    expect(narrowText('\ud800x')).toBe('\u0000x');
  });
  it('leaves a text alone when it has no wide character, or a wide letter, digit or space', () => {
    expect(narrowText('Hej på dig')).toBeUndefined();
    expect(narrowText('Привет 😀')).toBeUndefined();
    expect(narrowText('٣ kr 😀')).toBeUndefined();
    expect(narrowText('a\u2009b 😀')).toBeUndefined();
  });
  it('narrows exactly the texts the whole-text test refused none of (wide letters, digits, spaces; astral ones; lone surrogates)', () => {
    // The oracle is the test as it was: a regex over the whole text for a wide letter, digit or space.
    const WIDE_WORDLIKE = /(?=[^\u0000-\u00ff])[\p{L}\p{N}\s]/u;
    const unit = fc.constantFrom('a', 'å', ' ', '\u00a0', '1', '!', '😀', '–', '\u2009', '\u3000', '\ufeff', '\u1680', '\u202f', 'П', '٣', '𝐀', '𝟏', '\ud800', '\udc00', '\u0301', '…');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        const expected = !/[^\u0000-\u00ff]/.test(text) || WIDE_WORDLIKE.test(text) ? undefined : text.replace(/[^\u0000-\u00ff]/g, '\u0000');
        forgetNarrowTexts();
        expect(narrowText(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
  it('keeps the length of a long text', () => {
    const text = 'jag ska 😀 döda dig … '.repeat(5000);
    expect(narrowText(text)!.length).toBe(text.length);
  });
});

describe('readsOnlyNarrow', () => {
  it.each([
    ['(?<![\\p{L}\\p{N}])döda\\sdig(?![\\p{L}\\p{N}])', true],
    ['(?<group>[a-zåäö]+)\\s\\d{1,3}', true],
    ['kost[^.?!]{0,40}', false],
    ['a.b', false],
    ['a\\Sb', false],
    ['a\\p{M}', false],
    ['ja…', false],
    ['a\\u2026', false],
    ['[.]', true],
  ])('reads %s as %s', (source, safe) => {
    expect(readsOnlyNarrow(source)).toBe(safe);
  });
});

describe('bundled patterns on a narrowed text', () => {
  const compiled = compileRuleset(osthammar);
  const safe = [...new Set([...compiled.swedishPatterns, ...compiled.englishPatterns])].filter((p) => readsOnlyNarrow(p.regex.source));
  const texts = fixtureTexts(new URL('..', import.meta.url).pathname).map((t) => normalise(t).text);
  const WIDE = ['😀', '😡', '👍🏻', '…', '–', '—', '“', '”', '’', '€', '\u200d', '\ufe0f', '\u0301', '\ud800', '\udc00', '→', '✓'];

  it('covers most patterns', () => {
    expect(safe.length).toBeGreaterThan(150);
  });

  it('find the same matches at the same offsets as on the text (fixture texts with wide symbols put in, property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WIDE)), { minLength: 1, maxLength: 6 }), (base, inserts) => {
        let text = base;
        for (const [at, w] of inserts) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + w + text.slice(i);
        }
        const narrow = narrowText(text);
        if (narrow === undefined) return;
        for (const p of safe) expect([p.pattern.id, allMatches(p.regex, narrow, text)]).toEqual([p.pattern.id, allMatches(p.regex, text)]);
      }),
      { numRuns: 300 },
    );
  });
});
