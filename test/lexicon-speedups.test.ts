import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tolerantSource } from '../src/detect/rules/phrase-hits.js';
import { clauseIds, literalIds, requirementIndex, scanLiterals, scanRewritten } from '../src/lexicon/literal-index.js';
import { literalAlternation } from '../src/lexicon/literal-trie.js';
import { compilePatterns, expandPattern, keepLoops, matchPatterns } from '../src/lexicon/patterns.js';
import { requiredLiterals } from '../src/lexicon/required-literals.js';
import { stripSwedishDiacritics } from '../src/lexicon/variants.js';
import { normalise } from '../src/normalise/normalise.js';
import { osthammar } from '../src/ruleset/osthammar.js';
import type { Lexicon, Pattern, PatternFile } from '../src/ruleset/schema.js';

// The engine writes patterns for speed (a trie per list, `{b}` reduced to the look-around that can fail,
// a literal pre-filter); these check that every rewrite matches exactly what the plain form matches.

const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const lexicon = (id: string, forms: readonly string[]): Lexicon => ({
  id,
  category: 'context',
  language: 'sv',
  provenance: { source: 'test', licence: 'MIT' },
  entries: forms.map((term, i) => ({ id: `${id}.${i}`, term, forms: [], stem: false, compound: 'none', strip: false, severity: 'mild', allow: [], unlessPrevious: [], unlessNext: [], tags: [] })),
});

/** The plain expansion: the generic boundary, and each list as a flat alternation, longest first. */
function plainExpansion(source: string, lexicons: ReadonlyMap<string, Lexicon>): string {
  return source.replace(/\{(b|list:[a-z0-9._-]+)\}/g, (_m, macro: string) => {
    if (macro === 'b') return BOUNDARY;
    const forms = new Set(lexicons.get(macro.slice(5))!.entries.flatMap((e) => [e.term, ...e.forms]).map((f) => f.toLowerCase()));
    return `(?:${[...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|')})`;
  });
}

function allMatches(source: string, text: string): string {
  const re = new RegExp(source, 'dgu');
  const out: unknown[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push([m.index, m[0], m.indices?.groups ?? null]);
    if (m[0] === '') re.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return JSON.stringify(out);
}

const ATOMS = ['a', 'b', 'ö', '1', ' ', '-', '\\d', '\\s', '\\p{L}', '\\.', '[a-c]', '[åäö]', '[^a]', '[a-]', '.', '{b}', '{b}', '{list:l1}', '{list:l2}', '😀', '^', '(?=a)', '(?<!ö)', 'ab'];
const QUANTIFIERS = ['', '', '', '?', '*', '+', '{0,2}', '{1,2}', '+?'];
const piece = fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS)).map(([a, q]) => (/^(\{b\}|\^|\(\?)/.test(a) ? a : a + q));
const sequence = fc.array(piece, { maxLength: 4 }).map((xs) => xs.join(''));
const source = fc.tuple(fc.array(sequence, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([alts, grouped]) => (grouped ? `(?:${alts.join('|')})+` : alts.join('|')));
const words = fc.array(fc.constantFrom('a', 'ab', 'abc', 'ö', 'öa', '1', '-a', 'a-', 'a b', '😀a'), { minLength: 1, maxLength: 4 });
const texts = fc.array(fc.array(fc.constantFrom('a', 'b', 'ö', '1', ' ', '-', '.', '😀', 'ab', 'c', '\n'), { maxLength: 12 }).map((x) => x.join('')), { minLength: 1, maxLength: 5 });

describe('expandPattern written for speed', () => {
  it('reduces {b} next to letters and writes lists as tries', () => {
    const lexicons = new Map([['l1', lexicon('l1', ['kvinnorna', 'kvinnor', 'killar'])]]);
    expect(expandPattern('{b}alla {list:l1}{b}', lexicons, 't')).toBe('a(?<![\\p{L}\\p{N}]a)lla (?:k(?:vinnor(?:na|)|illar))(?![\\p{L}\\p{N}])');
    expect(expandPattern('{b}{list:l1}', lexicons, 't')).toBe('(?:k(?<![\\p{L}\\p{N}]k)(?:vinnor(?:na|)|illar))');
    expect(expandPattern('{b}\\d+', lexicons, 't')).toBe('(?<![\\p{L}\\p{N}])\\d+');
    expect(expandPattern('x?{b}', lexicons, 't')).toBe(`x?${BOUNDARY}`);
  });
  it('matches exactly what the plain expansion matches (random patterns and texts)', () => {
    fc.assert(
      fc.property(source, words, words, texts, (src, f1, f2, ts) => {
        const lexicons = new Map([['l1', lexicon('l1', f1)], ['l2', lexicon('l2', f2)]]);
        const plain = plainExpansion(src, lexicons);
        const fast = expandPattern(src, lexicons, 't');
        let valid = true;
        try {
          new RegExp(plain, 'u');
        } catch {
          valid = false;
        }
        if (!valid) return;
        for (const t of ts) expect(allMatches(fast, t)).toBe(allMatches(plain, t));
      }),
      { numRuns: 400 },
    );
  });
});

describe('keepLoops', () => {
  it('ends each group repeated two or three times at most, or optional, with an empty capture, outside classes and escapes', () => {
    expect(keepLoops('(?:(?:fan|nu)\\s){0,3}x')).toBe('(?:(?:fan|nu)\\s()){0,3}x');
    expect(keepLoops('(?:a){1,2}(?:b){0,4}(?:c){2,3}(?:d)?(?:e){0,30}(?:f)??')).toBe('(?:a()){1,2}(?:b){0,4}(?:c()){2,3}(?:d())?(?:e){0,30}(?:f())??');
    expect(keepLoops('[)]{0,3}a\\){0,3}[\\]]{0,2}')).toBe('[)]{0,3}a\\){0,3}[\\]]{0,2}');
  });
  const repeated = fc.tuple(fc.array(sequence, { minLength: 1, maxLength: 3 }), fc.constantFrom('{0,2}', '{0,3}', '{1,2}', '{1,3}', '{2,3}', '?', '??'), sequence).map(([alts, q, rest]) => `(?:${alts.join('|')})${q}${rest}`);
  it('matches exactly what the source matches (random patterns and texts)', () => {
    fc.assert(
      fc.property(repeated, words, texts, (src, f1, ts) => {
        const lexicons = new Map([['l1', lexicon('l1', f1)], ['l2', lexicon('l2', f1)]]);
        const plain = expandPattern(src, lexicons, 't');
        try {
          new RegExp(plain, 'u');
        } catch {
          return;
        }
        for (const t of ts) expect(allMatches(keepLoops(plain), t)).toBe(allMatches(plain, t));
      }),
      { numRuns: 600 },
    );
  });
});

describe('tolerantSource', () => {
  // A short repeat written out by V8 made one threat pattern's tolerant copy 332 KB of machine code instead of 42.
  const SHORT_REPEAT_WITHOUT_LOOP = /(?<!\(\)|\\)\)\{\d,[23]\}/;
  it('keeps every short repeat of the bundled patterns a loop, as compilePatterns does', () => {
    const byId = new Map(osthammar.lexicons.map((l) => [l.id, l]));
    const written = osthammar.patterns.flatMap((f) => f.patterns.filter((p) => SHORT_REPEAT_WITHOUT_LOOP.test(tolerantSource(p, byId, `${f.id}/${p.id}`))).map((p) => `${f.id}/${p.id}`));
    const repeats = osthammar.patterns.flatMap((f) => f.patterns.filter((p) => /\)\{\d,[23]\}/.test(p.pattern)));
    expect(repeats.length).toBeGreaterThan(10);
    expect(written).toEqual([]);
  });
  it('folds å, ä, ö after the loops are kept', () => {
    expect(tolerantSource({ id: 'p', pattern: '(?:jävla\\s){0,3}döda' } as Pattern, new Map(), 'f/p')).toBe('(?:j[äa]vla\\s()){0,3}d[öo]da');
  });
});

describe('literalAlternation', () => {
  it('prefers the same form as a flat alternation sorted longer-first', () => {
    const forms = ['kvinnorna', 'kvinnor', 'kvinna', 'killar', 'k'];
    const re = new RegExp(`^${literalAlternation(forms)}`, 'u');
    for (const t of ['kvinnorna', 'kvinnorn', 'kvinnan', 'killarna', 'kx']) expect(re.exec(t)?.[0]).toBe(new RegExp(`^(?:${forms.join('|')})`, 'u').exec(t)?.[0]);
  });
});

describe('requiredLiterals', () => {
  it('names what every match contains', () => {
    // `\s` is a space: the literal scan reads every white-space character as one.
    expect(requiredLiterals('(?<![\\p{L}\\p{N}])(?:döda|slå)\\s(?:dig|er)')).toEqual([['döda dig', 'döda er', 'slå dig', 'slå er']]);
    expect(requiredLiterals('(?:döda|slå)\\s+(?:dig|er)')).toEqual([['döda', 'slå'], ['dig', 'er'], [' ']]);
    expect(requiredLiterals('d[öo]da')).toEqual([['doda', 'döda']]);
    expect(requiredLiterals('\\p{L}+')).toBeNull();
    expect(requiredLiterals('x|\\d+')).toBeNull();
  });
  it('is never wrong: every match, white space read as spaces, contains one literal of each set (random patterns and texts)', () => {
    fc.assert(
      fc.property(source, texts, (src, ts) => {
        const expanded = src.replace(/\{b\}/g, BOUNDARY).replace(/\{list:l[12]\}/g, '(?:ab|a)');
        let re: RegExp;
        try {
          re = new RegExp(expanded, 'gu');
        } catch {
          return;
        }
        const required = requiredLiterals(expanded);
        if (required === null) return;
        for (const t of ts) {
          re.lastIndex = 0;
          for (let m = re.exec(t); m !== null; m = re.exec(t)) {
            const spaced = m[0].replace(/\s/gu, ' ');
            for (const set of required) expect(set.some((l) => spaced.includes(l)), `${expanded} on ${t}`).toBe(true);
            if (m[0] === '') re.lastIndex = m.index + ((t.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('scanLiterals', () => {
  it('finds exactly the literals the text contains, white space read as a space (random literals and texts)', () => {
    const unit = fc.constantFrom('a', 'b', 'ö', ' ', '\n', '\t', '\u00a0', '😀', 'ab');
    const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((x) => x.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(unit, { maxLength: 30 }), (words, chars) => {
        const text = chars.join('');
        const scan = scanLiterals(text);
        const spaced = text.replace(/\s/gu, ' ');
        for (const w of words) expect(scan.anyOf(literalIds([w])), `${JSON.stringify(w)} in ${JSON.stringify(text)}`).toBe(spaced.includes(w));
      }),
      { numRuns: 300 },
    );
  });
});

describe('scanLiterals on literals registered before the scan', () => {
  it('finds exactly those the text contains: rolled hashes, filters and chains of shared prefixes (random literals and texts)', () => {
    // Few units, so literals share their three- and six-unit prefixes and texts contain them; lengths 1–12.
    const unit = fc.constantFrom('a', 'b', 'ö', ' ', '\n', '😀', 'ab', 'c');
    const word = fc.array(unit, { minLength: 1, maxLength: 9 }).map((x) => x.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), fc.array(unit, { maxLength: 60 }), (words, chars) => {
        const ids = literalIds(words);
        const text = chars.join('');
        const scan = scanLiterals(text);
        const spaced = text.replace(/\s/gu, ' ');
        words.forEach((w, k) => expect(scan.anyOf(ids.subarray(k, k + 1)), `${JSON.stringify(w)} in ${JSON.stringify(text)}`).toBe(spaced.includes(w)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps finding them after the tables grow (thousands of literals registered)', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `ord${i.toString(36)}x`);
    const ids = literalIds(many);
    const scan = scanLiterals('ett ordzzx och ord1x, inte ord2 eller ordqqq');
    const found = many.filter((_, k) => scan.anyOf(ids.subarray(k, k + 1)));
    expect(found).toEqual(['ord1x', 'ordzzx']);
  });
});

describe('scanRewritten', () => {
  // A text rewritten from `base` as the variants are: copied stretches of it, and written stretches between them
  // (marked), a copy that does not follow the one before starting with a written unit.
  const unit = fc.constantFrom('a', 'b', 'ö', 'å', ' ', '\n', '\u00a0', '😀', 'c');
  const piece = fc.record({ skip: fc.nat(20), copy: fc.nat(400), written: fc.array(unit, { maxLength: 4 }).map((x) => x.join('')) });
  const rewrite = fc.tuple(fc.array(unit, { minLength: 200, maxLength: 1500 }).map((x) => x.join('')), fc.array(piece, { minLength: 1, maxLength: 3 }));
  function rewritten(base: string, pieces: readonly { skip: number; copy: number; written: string }[]): { text: string; dirty: number[] } {
    let text = '';
    const dirty: number[] = [];
    let at = 0;
    for (const { skip, copy, written } of pieces) {
      if (written.length > 0) {
        dirty.push(text.length, text.length + written.length);
        text += written;
      }
      at = Math.min(base.length, at + skip);
      const copied = base.slice(at, at + copy);
      // A jump in the base with nothing written before it: the first copied unit counts as written.
      if (skip > 0 && written.length === 0 && copied.length > 0) dirty.push(text.length, text.length + 1);
      text += copied;
      at += copied.length;
    }
    return { text, dirty };
  }
  const spaced = (t: string) => t.replace(/\s/gu, ' ');

  it('never misses a literal of the rewritten text, folded or not (random texts, rewrites and literals)', () => {
    let derived = 0;
    fc.assert(
      fc.property(rewrite, fc.array(fc.array(unit, { minLength: 1, maxLength: 9 }).map((x) => x.join('')), { maxLength: 20 }), fc.boolean(), ([base, pieces], words, folded) => {
        const fold = folded ? stripSwedishDiacritics : (t: string) => t;
        const { text, dirty } = rewritten(base, pieces);
        // Literals the rewritten text holds, some only where it was written, and random ones.
        const held = [0, 1, 2, 3].map((k) => fold(text).slice((k * text.length) >> 2, ((k * text.length) >> 2) + 1 + (k % 5)));
        const all = [...words, ...held, ...dirty.filter((_, k) => k % 2 === 0).map((d) => fold(text).slice(Math.max(0, d - 2), d + 3))].filter((w) => w.length > 0);
        const ids = literalIds(all);
        const scan = scanRewritten(text, scanLiterals(fold(base)), dirty, fold);
        if (scan !== scanLiterals(fold(text))) derived++;
        all.forEach((w, k) => {
          if (spaced(fold(text)).includes(w)) expect(scan.anyOf(ids.subarray(k, k + 1)), `${JSON.stringify(w)}`).toBe(true);
        });
        // A literal registered after the scan is searched for in the rewritten text itself.
        const later = `${fold(text).slice(7, 12)}§`;
        expect(scan.anyOf(literalIds([later]))).toBe(spaced(fold(text)).includes(later));
      }),
      { numRuns: 300 },
    );
    // Most long texts with few rewrites take the stretches from the base rather than scanning everything.
    expect(derived).toBeGreaterThan(100);
  });
});

describe('scan.satisfied', () => {
  it('picks exactly the requirements every clause of which the text meets, in order (random lists and texts)', () => {
    const unit = fc.constantFrom('a', 'b', 'ö', ' ', 'ab', 'ba');
    const word = fc.array(unit, { minLength: 1, maxLength: 4 }).map((x) => x.join(''));
    const requirement = fc.option(fc.array(fc.array(word, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { nil: null });
    fc.assert(
      fc.property(fc.array(requirement, { maxLength: 8 }), fc.array(unit, { maxLength: 20 }), fc.boolean(), (reqs, chars, scanFirst) => {
        const text = chars.join('');
        // A scan made before the list's literals are registered must still answer right.
        const early = scanFirst ? scanLiterals(text) : null;
        const requireds = reqs.map((r) => (r === null ? null : clauseIds(r.map((set) => literalIds(set)))));
        const scan = early ?? scanLiterals(text);
        const expected = reqs.flatMap((r, i) => (r === null || r.every((set) => set.some((w) => text.includes(w))) ? [i] : []));
        expect(scan.satisfied(requirementIndex(requireds))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('matchPatterns', () => {
  const file = (pattern: string): PatternFile => ({
    id: 'test.p', category: 'hate', language: 'sv', provenance: { source: 'test', licence: 'MIT' },
    patterns: [{ id: 'p1', pattern, severity: 'medium', allow: [], tags: [] }],
  });
  it('skips a pattern whose words the text lacks, and still finds it where they occur', () => {
    const compiled = compilePatterns([file('{b}(?:döda|slå)\\s(?:dig|er){b}')], []);
    expect(matchPatterns(compiled, 'jag ska slå er')).toHaveLength(1);
    expect(matchPatterns(compiled, 'jag ska slå till')).toEqual([]);
  });
  it('finds a phrase split by a line break or a no-break space, though its literal is spelt with a space', () => {
    const compiled = compilePatterns([file('{b}(?:döda|slå)\\s(?:dig|er){b}')], []);
    expect(matchPatterns(compiled, 'jag ska slå\ner')).toHaveLength(1);
    expect(matchPatterns(compiled, 'jag ska slå\u00a0er')).toHaveLength(1);
  });
  it('steps over an emoji after an empty match instead of finding it again forever', () => {
    const compiled = compilePatterns([file('x?')], []);
    expect(matchPatterns(compiled, '😀x').map((h) => h.match)).toEqual(['x']);
  });
});

describe('normalise', () => {
  it('gives the identity map for text that only changes case, the same as an explicit one', () => {
    const n = normalise('Hej Kommunen, ÅÄÖ!');
    expect(n.text).toBe('hej kommunen, åäö!');
    expect([...n.starts]).toEqual([...Array(n.text.length).keys()]);
    expect([...n.ends]).toEqual([...Array(n.text.length).keys()].map((i) => i + 1));
  });
});

describe('stripSwedishDiacritics', () => {
  it('reads å, ä as a and ö as o, and nothing else, as one replace over the word did (random words)', () => {
    const unit = fc.constantFrom('a', 'å', 'ä', 'ö', 'Å', 'Ö', 'o', 'é', ' ', '😀', '\ud800');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const word = units.join('');
        expect(stripSwedishDiacritics(word)).toBe(word.replace(/[åä]/g, 'a').replace(/ö/g, 'o'));
      }),
      { numRuns: 500 },
    );
  });
});
