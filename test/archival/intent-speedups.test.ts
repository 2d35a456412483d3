// readIntent skips a cue's regex when the text has none of the words a match needs (cueWords), or has a word that
// is a one-word cue, and tests with a trie-shaped regex written for `test` (cueTestRegex); it reads the words from
// the tokens and counts words from them; matchTopics works out once per distinct word which topic terms it may
// begin. These check that no speed-up changes an answer: each cue test equals its plain cueRegex, matchTopics
// equals the code it replaced (topics-reference.ts), and readIntent the code it replaced (intent-reference.ts).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureTexts } from '../../bench/corpus.js';
import { cuesModule, CUES_FILE, cueTestSources } from '../../scripts/build-bundled-ruleset.js';
import { Cue, cueKey, cueRegex, cueTestRegex, cueWords } from '../../src/decide/cue.js';
import { cueWordsOfTokens } from '../../src/decide/cue-gate.js';
import { readIntent } from '../../src/decide/intent.js';
import { CUE_TEST_SOURCES } from '../../src/decide/cue-sources-data.js';
import * as intentCues from '../../src/decide/intent-cues.js';
import { matchTopics } from '../../src/decide/topics.js';
import { wordMemos } from '../../src/decide/word-memo.js';
import { normalise } from '../../src/normalise/normalise.js';
import { tokenize } from '../../src/normalise/tokens.js';
import { mergePolicy } from '../../src/ruleset/define-ruleset.js';
import { policy } from './helpers.js';
import * as intentRef from './intent-reference.js';
import * as ref from './topics-reference.js';

const CUES = Object.entries(intentCues).filter((e): e is [string, Cue] => e[1] instanceof Cue);
const texts = fixtureTexts(new URL('../..', import.meta.url).pathname).map((t) => normalise(t).text);

/** Text built from cue and topic words, cut, starred parts filled, joined by what does and does not separate words. */
const SEPARATORS = [' ', '  ', '\n', '\t', ',', '-', '.', '', '!', '?', '\u00a0', '😀', '\ud800', '\u0301', '2', 'ö', 'x', "'", '@', '/'];
const FILL = ['', '', 'a', 'ö', 'en', 'skit', 'arna', '9', 'ß', '😀'];
function piecesOf(words: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...FILL), fc.constantFrom(...FILL), fc.integer({ min: 0, max: 5 })).map(([w, a, b, cut]) =>
    (a + w.replace(/^\*/, '').replace(/\*$/, '') + b).split(' ').map((x, i) => (i === 0 && cut > 3 ? x.slice(1) : x)).join(' '),
  );
  return fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 6 }).map((ps) => ps.map(([p, s]) => p + s).join(''));
}

describe('cue gating', () => {
  it('covers every unanchored cue of intent-cues', () => {
    expect(CUES.filter(([, c]) => !c.anchored).length).toBeGreaterThan(15);
  });

  it('gives the plain regex answer on every fixture text', () => {
    // Plain regexes built apart from the cues' own, so a cue whose lazy regex went wrong is caught too.
    const plain = CUES.map(([name, cue]) => [name, cue, cueRegex(cue.cues, { anchored: cue.anchored })] as const);
    const differ: string[] = [];
    for (const text of texts) {
      const words = cueWords(text);
      for (const [name, cue, re] of plain) if (cue.test(text, words) !== re.test(text)) differ.push(`${name}: ${text}`);
    }
    expect(differ).toEqual([]);
  });

  it('gives the plain regex answer on texts made of cue words (property)', () => {
    const all = [...new Set(CUES.flatMap(([, c]) => c.cues))];
    fc.assert(
      fc.property(piecesOf(all), fc.boolean(), (raw, upper) => {
        const text = upper ? raw.toUpperCase() : raw;
        const words = cueWords(text);
        for (const [, cue] of CUES) {
          const expected = cue.regex.test(text);
          expect(cue.test(text, words)).toBe(expected);
          expect(cue.test(text)).toBe(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the same words from the tokens as from the text (property)', () => {
    const all = [...new Set(CUES.flatMap(([, c]) => c.cues))];
    const check = (raw: string) => {
      const n = normalise(raw);
      const fromTokens = cueWordsOfTokens(n.text, tokenize(n));
      expect(fromTokens).toEqual(cueWords(n.text));
      for (const [, cue] of CUES) expect(cue.test(n.text, fromTokens)).toBe(cue.regex.test(n.text));
    };
    for (const text of texts) check(text);
    fc.assert(fc.property(piecesOf(all), check), { numRuns: 2000 });
  });

  it('lets a one-word cue match without its regex, and no other', () => {
    const c = new Cue(['trasig*', '*lampa', 'sönder', 'inte tömd']);
    for (const [text, expected] of [['trasigt', true], ['gatlampa', true], ['sönder!', true], ['söndrig', false], ['inte tömd', true], ['tömd inte', false], ['2sönder', false]] as const) {
      expect([text, c.test(text, cueWords(text))]).toEqual([text, expected]);
    }
  });

  it('reads every cue test regex from the build, as cueTestRegex makes it now (npm run build rebuilds it)', () => {
    const built = new Map(CUE_TEST_SOURCES);
    expect(built.size).toBe(CUES.length);
    for (const [name, c] of CUES) expect([name, built.get(cueKey(c.cues, c.anchored))]).toEqual([name, cueTestRegex(c.cues, { anchored: c.anchored }).source]);
    expect(readFileSync(CUES_FILE, 'utf8') === cuesModule(cueTestSources())).toBe(true);
  });

  it('builds its own test regex for a cue the build did not see', () => {
    const fresh = new Cue(['nytt ord*', 'annat']);
    expect(new Map(CUE_TEST_SOURCES).has(cueKey(fresh.cues, false))).toBe(false);
    expect(['nya ordningen', 'det annat', 'annars'].map((t) => fresh.test(t))).toEqual([false, true, false]);
    expect(['nytt ordförråd', 'ett nytt  ord'].map((t) => fresh.test(t))).toEqual([true, true]);
  });

  it('keys cue lists apart by their words and anchoring', () => {
    expect(new Set([cueKey(['a', 'b'], false), cueKey(['a', 'b'], true), cueKey(['ab'], false), cueKey(['b', 'a'], false), cueKey(['a\nb'], false)]).size).toBe(5);
  });

  it('gates cues whose words begin or hold other characters', () => {
    // One cue each: a cue with an ungateable alternative ('-') lets every text through.
    const odd = ['e-post*', '*jobb', 'ni gör ett *jobb', '*lov*', '@kommunen', '-', 'ö*', '😀 tack', 'öppet 24*'].map((c) => new Cue([c]));
    const samples = ['min e-postadress', 'epost', 'skitjobb', 'ni gör ett bra jobb', 'ni gör ett skitjobb', 'sommarlovet', 'lov', '@kommunen', 'x - y', 'ööh', '😀 tack', 'tack', 'e-', 'jobb2', 'öppet 24/7', 'oppet 247'];
    let matched = 0;
    for (const cue of odd) {
      for (const text of samples) {
        const expected = cue.regex.test(text);
        matched += expected ? 1 : 0;
        expect([cue.cues[0], text, cue.test(text, cueWords(text))]).toEqual([cue.cues[0], text, expected]);
      }
    }
    expect(matched).toBeGreaterThan(10);
    // Anchored, the same cues read the first word of the text instead.
    let anchoredMatches = 0;
    for (const c of odd) {
      const cue = new Cue(c.cues, { anchored: true });
      for (const text of [...samples, ...samples.map((t) => `${t} och mer`), ...samples.map((t) => ` ${t}`), '', '2jobb']) {
        const expected = cue.regex.test(text);
        anchoredMatches += expected ? 1 : 0;
        expect([cue.cues[0], text, cue.test(text)]).toEqual([cue.cues[0], text, expected]);
      }
    }
    expect(anchoredMatches).toBeGreaterThan(10);
  });
});

describe('matchTopics with its per-word memo', () => {
  const custom = mergePolicy(policy, {
    reply: {
      topics: [
        { id: 'bad', department: 'fritid', general: false, terms: ['*badhus*', 'simhall*', 'bad', 'öppet bad', '*bad'], allow: ['badhusgatan', '*strandbad*'] },
        { id: 'väg', department: 'gata', general: false, terms: ['väg*', '*väg', 'gång och cykelväg*', 'bro'], allow: ['vägra*'] },
      ],
    },
  });
  const topicWords = [...new Set([...policy.reply.topics, ...custom.reply.topics].flatMap((t) => [...t.terms, ...t.allow]))];

  it('finds the same hits as before on every fixture text', () => {
    for (const text of texts) {
      const tokens = tokenize(normalise(text));
      expect(matchTopics(tokens, policy)).toEqual(ref.matchTopics(tokens, policy));
      expect(matchTopics(tokens, custom)).toEqual(ref.matchTopics(tokens, custom));
      // With word memos, two policies in turn: each memo remakes what it holds for the other.
      expect(matchTopics(tokens, policy, wordMemos(tokens))).toEqual(ref.matchTopics(tokens, policy));
      expect(matchTopics(tokens, custom, wordMemos(tokens))).toEqual(ref.matchTopics(tokens, custom));
    }
  });

  it('finds the same hits as before on texts made of topic words (property)', () => {
    fc.assert(
      fc.property(piecesOf(topicWords), (raw) => {
        const tokens = tokenize(normalise(raw));
        expect(matchTopics(tokens, policy)).toEqual(ref.matchTopics(tokens, policy));
        expect(matchTopics(tokens, custom)).toEqual(ref.matchTopics(tokens, custom));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('readIntent with its speed-ups', () => {
  /** Sentences, emoji, digits, links, openers, the letter-emoji ℹ, names and cue words, run together. */
  const cueWordsAll = [...new Set(CUES.flatMap(([, c]) => c.cues)), 'Hej', 'Anna Berg', '@Lisa', 'https://x.se/a?b', 'www.kommun.se', 'ℹ', 'fyller 80', 'borde ha fixat', 'kan ni laga', 'ni måste'];
  const SENTENCE_ENDS = ['. ', '! ', '? ', '?', '!', '…', '\n', '\n\n', ' 👍 ', ' ', ', '];
  const comment = fc
    .array(fc.tuple(fc.constantFrom(...cueWordsAll), fc.constantFrom(...SENTENCE_ENDS), fc.boolean()), { minLength: 1, maxLength: 12 })
    .map((ps) => ps.map(([w, end, cap]) => (cap ? w.charAt(0).toUpperCase() + w.slice(1) : w) + end).join(''));

  const same = (original: string) => {
    const n = normalise(original);
    const tokens = tokenize(n);
    expect([original, readIntent(n, tokens, original, policy)]).toEqual([original, intentRef.readIntent(n, tokens, original, policy)]);
  };

  it('reads every fixture text as before', () => {
    for (const text of fixtureTexts(new URL('../..', import.meta.url).pathname)) same(text);
  });

  it('reads comments made of cue words, emoji, links and openers as before (property)', () => {
    fc.assert(fc.property(comment, same), { numRuns: 3000 });
  });

  it('counts words as before where emoji, links, a cut or openers change them', () => {
    for (const text of ['Hej! ℹinfoℹ här', 'abcℹdef ghi', 'Hej hej, när öppnar ni? https://x.se/a b c', 'Ok. Tack! 👍👍 3 st', `${'ord '.repeat(1100)}slut`, 'i d i o t', 'Anna Berg', 'Anna berg', '@Lisa Svensson 👍', 'Hej\nhej']) {
      same(text);
    }
  });
});
