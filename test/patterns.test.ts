import { describe, expect, it } from 'vitest';
import { compilePatterns, matchPatterns } from '../src/lexicon/patterns.js';
import type { Lexicon, PatternFile } from '../src/ruleset/schema.js';
import { RulesetError } from '../src/index.js';

const groups: Lexicon = {
  id: 'test.groups', category: 'context', language: 'sv', provenance: { source: 'test', licence: 'MIT' },
  entries: [{ id: 'g.kvinnor', term: 'kvinnor', forms: [], stem: false, compound: 'none', strip: true, severity: 'medium', allow: [], unlessPrevious: [], unlessNext: [], tags: [] }],
};
const file = (pattern: string, allow: string[] = []): PatternFile => ({
  id: 'test.p', category: 'hate', language: 'sv', provenance: { source: 'test', licence: 'MIT' },
  patterns: [{ id: 'p1', pattern, severity: 'medium', allow, tags: [] }],
});

describe('patterns', () => {
  it('{b} is a word boundary that counts å, ä, ö as letters', () => {
    const [p] = compilePatterns([file('{b}öl{b}')], []);
    expect(matchPatterns([p!], 'en öl tack').map((h) => h.match)).toEqual(['öl']);
    expect(matchPatterns([p!], 'ölkorv, höla')).toEqual([]);
  });
  it('{list:ID} expands to the forms of a lexicon, and named groups give offsets', () => {
    const [p] = compilePatterns([file('{b}alla (?<group>{list:test.groups}) är{b}')], [groups]);
    const [hit] = matchPatterns([p!], 'typiskt, alla kvinnor är sådana');
    expect(hit?.groups.group).toEqual({ start: 14, end: 21, text: 'kvinnor' });
  });
  it('skips matches that contain an allow phrase', () => {
    const [p] = compilePatterns([file('{b}bränn\\p{L}* ner{b}', ['bränna ner löven'])], []);
    expect(matchPatterns([p!], 'vi ska bränna ner löven')).toEqual([]);
  });
  it('names the pattern when a source is invalid or a list is unknown', () => {
    expect(() => compilePatterns([file('(unclosed')], [])).toThrow(RulesetError);
    expect(() => compilePatterns([file('(unclosed')], [])).toThrow(/test\.p\/p1/);
    expect(() => compilePatterns([file('{list:nope}')], [])).toThrow(/no lexicon "nope"/);
  });
});
