// variantsOf writes its copies through a typed array now: the copies and their offset maps must be what the
// string-appending code made (variants-reference.ts), on every fixture text and on random ones.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchCorpus } from '../../bench/corpus.js';
import type { DetectionContext } from '../../src/detect/rule.js';
import { type Variant, variantsOf } from '../../src/detect/rules/phrase-hits.js';
import { normalise } from '../../src/normalise/normalise.js';
import { tokenize } from '../../src/normalise/tokens.js';
import { buildVariant } from './variants-reference.js';

function contextOf(text: string): DetectionContext {
  const normalised = normalise(text);
  return { normalised, tokens: tokenize(normalised) } as unknown as DetectionContext;
}

function reference(ctx: DetectionContext) {
  const stretched = /(\p{L})\1{2,}/u.test(ctx.normalised.text);
  const one = buildVariant(ctx, 1, stretched);
  if (!one) return [];
  return stretched ? [one, buildVariant(ctx, 2, stretched)!] : [one];
}

const plain = (vs: readonly { text: string; from: Uint32Array; to: Uint32Array }[]) => vs.map((v) => ({ text: v.text, from: [...v.from], to: [...v.to] }));

/** Where `v` breaks the promise of `rewritten`: a unit outside it that is not a one-unit copy of its source unit, or that does not follow the unit before it there (unless that one was written). */
function unmarked(source: string, v: Variant): number[] {
  const written = new Uint8Array(v.text.length);
  for (let k = 0; k < v.rewritten.length; k += 2) {
    expect(v.rewritten[k]!).toBeLessThan(v.rewritten[k + 1]!);
    if (k > 0) expect(v.rewritten[k - 1]!).toBeLessThan(v.rewritten[k]!);
    written.fill(1, v.rewritten[k], v.rewritten[k + 1]);
  }
  const bad: number[] = [];
  for (let k = 0; k < v.text.length; k++) {
    if (written[k]) continue;
    const copy = v.to[k] === v.from[k]! + 1 && v.text.charCodeAt(k) === source.charCodeAt(v.from[k]!);
    const follows = k === 0 || written[k - 1] === 1 || v.from[k] === v.to[k - 1];
    if (!copy || !follows) bad.push(k);
  }
  return bad;
}

describe('variantsOf', () => {
  it('marks every stretch it wrote: the rest copies the text unit by unit (fixture, bench and random texts)', () => {
    const { texts } = benchCorpus(join(import.meta.dirname, '..', '..'), 300);
    const unit = fc.sample(fc.array(fc.constantFrom('a', 'ö', 'x', 'ooo', 'd ö d a', 'f.a.n', ' ', '  ', '\n\n', '$', '@', '1', '😀', 'I'), { maxLength: 40 }), 1500);
    let written = 0;
    for (const text of [...texts, ...unit.map((parts) => parts.join(''))]) {
      const ctx = contextOf(text);
      for (const v of variantsOf(ctx)) {
        expect(unmarked(ctx.normalised.text, v), JSON.stringify(text)).toEqual([]);
        written += v.rewritten.length;
      }
    }
    expect(written).toBeGreaterThan(1000);
    expect(variantsOf(contextOf('jag ska d ö d a dig  nu'))[0]!.rewritten).toEqual([8, 12, 16, 17]);
  });

  it('rewrites spaced, stretched and leet words as before', () => {
    expect(variantsOf(contextOf('jag ska d ö d a dig')).map((v) => v.text)).toEqual(['jag ska döda dig']);
    expect(variantsOf(contextOf('booooook  now grati$')).map((v) => v.text)).toEqual(['bok now gratis', 'book now gratis']);
    expect(variantsOf(contextOf('xxx  sååå')).map((v) => v.text)).toEqual(['xxx så', 'xxx såå']);
  });

  it('gives what the reference gives on every fixture and generated bench text', () => {
    const { texts } = benchCorpus(join(import.meta.dirname, '..', '..'), 300);
    let rewritten = 0;
    for (const text of texts) {
      const ctx = contextOf(text);
      const got = plain(variantsOf(ctx));
      expect(got, JSON.stringify(text)).toEqual(plain(reference(ctx)));
      if (got.length > 0) rewritten++;
    }
    // The corpus has spaced, stretched and leet comments: the comparison is not all empty lists.
    expect(rewritten).toBeGreaterThan(100);
  });

  it('gives what the reference gives on random texts (spaces, runs, $ @, surrogates, marks)', () => {
    const unit = fc.constantFrom('a', 'ö', 'x', 'w', 's', 'ooo', 'd ö d a', 'f.a.n', ' ', '  ', '\n', '\t', '\u00a0', '$', '@', '1', '😀', '\ud800', '\u0301', '.', 'I');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        const ctx = contextOf(parts.join(''));
        expect(plain(variantsOf(ctx))).toEqual(plain(reference(ctx)));
      }),
      { numRuns: 1500 },
    );
  });
});
