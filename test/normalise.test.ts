import { describe, expect, it } from 'vitest';
import { normalise, toOriginalSpan } from '../src/normalise/normalise.js';
import { tokenize } from '../src/normalise/tokens.js';

describe('normalise', () => {
  it.each([
    ['JÄVLA', 'jävla'],
    ['j4vla h0ra', 'javla hora'],
    ['j\u200Bä\u200Dvla', 'jävla'],
    ['јаvlа', 'javla'],
    ['ｊａｖｌａ', 'javla'],
    ['a\u0308', 'ä'],
    ['i\u0336d\u0336', 'id'],
    ['2024-01-05 kl 10', '2024-01-05 kl 10'],
    ['hej! 100$', 'hej! 100$'],
    ['$kit', 'skit'],
  ])('%s → %s', (input, expected) => {
    expect(normalise(input).text).toBe(expected);
  });
  it('maps every normalised unit back to the original span it came from', () => {
    const original = 'X\u200Bj4\u0308vla 😀 ﬁne';
    const n = normalise(original);
    const at = n.text.indexOf('javla') >= 0 ? n.text.indexOf('javla') : n.text.indexOf('jävla');
    expect(at).toBeGreaterThanOrEqual(0);
    const [s, e] = toOriginalSpan(n, at, at + 5);
    expect(original.slice(s, e)).toBe('j4\u0308vla');
    const fi = n.text.indexOf('fine');
    expect(original.slice(...toOriginalSpan(n, fi, fi + 4))).toBe('ﬁne');
  });
});

describe('tokenize', () => {
  it('treats å, ä, ö as letters', () => {
    expect(tokenize(normalise('Östhammar, Öregrund och Gräsö')).map((t) => t.text)).toEqual(['östhammar', 'öregrund', 'och', 'gräsö']);
  });
  it('joins spaced-out letters and splits where the separator changes', () => {
    const joined = tokenize(normalise('i d i o t f.a.n')).filter((t) => t.spaced).map((t) => t.text);
    expect(joined).toEqual(['idiot', 'fan']);
  });
});
