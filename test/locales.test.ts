import { describe, expect, it } from 'vitest';
import { en } from '../src/locales/en/index.js';
import { formatMessage } from '../src/locales/format.js';
import { sv } from '../src/locales/sv/index.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('sv and en have the same message ids', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });
  it.each(Object.keys(sv))('%s has the same placeholders in sv and en, and no empty text', (id) => {
    const s = sv[id as keyof typeof sv];
    const e = en[id as keyof typeof en];
    expect(s.trim()).not.toBe('');
    expect(e.trim()).not.toBe('');
    expect(placeholders(e)).toEqual(placeholders(s));
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatMessage('sv', 'profanity.word', { word: 'jävla' })).toBe('Svordom eller obscent ord: "jävla".');
    expect(formatMessage('en', 'profanity.word')).toBe('Profanity or obscene word: "{word}".');
  });
});
