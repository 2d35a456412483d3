// Caches that see a comment's text must not keep it once its decision is made: the scans and one-byte copies
// kept for one comment's rule runs are dropped, and words kept as cache keys are copied out of the comment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetScans, literalIds, scanLiterals } from '../src/lexicon/literal-index.js';
import { forgetNarrowTexts, narrowText } from '../src/lexicon/narrow-text.js';
import { detached } from '../src/normalise/units.js';

describe('detached', () => {
  it('gives a string equal to its input, cut from a longer text or not', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = a <= b ? [a % (text.length + 1), b % (text.length + 1)] : [b % (text.length + 1), a % (text.length + 1)];
        const cut = text.slice(Math.min(from, to), Math.max(from, to));
        expect(detached(cut)).toBe(cut);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a lone surrogate and a leading U+FEFF', () => {
    expect(detached('\ud800'.repeat(20))).toBe('\ud800'.repeat(20));
    expect(detached('\ufeffvattenavstängningen')).toBe('\ufeffvattenavstängningen');
  });
});

describe('forgetScans', () => {
  it('drops the kept scans: the next scan of the same text is made anew and answers the same', () => {
    const ids = literalIds(['döda', 'sälj']);
    const text = 'vi ska döda ogräset i rabatten';
    const first = scanLiterals(text);
    expect(scanLiterals(text)).toBe(first);
    forgetScans();
    const again = scanLiterals(text);
    expect(again).not.toBe(first);
    expect(again.anyOf(ids.subarray(0, 1))).toBe(true);
    expect(again.anyOf(ids.subarray(1))).toBe(false);
  });
});

describe('forgetNarrowTexts', () => {
  it('leaves what narrowText gives unchanged', () => {
    const before = narrowText('Hej 😀!');
    forgetNarrowTexts();
    expect(narrowText('Hej 😀!')).toBe(before);
    expect(before).toBe('Hej \u0000\u0000!');
  });
});
