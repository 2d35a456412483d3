import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/index.js';

// In Node sha256Hex uses node:crypto; browsers get @noble/hashes. Both must give the same digest for any text.
const inJavaScript = (text: string) => bytesToHex(sha256(utf8ToBytes(text.toWellFormed())));

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 bytes as the browser path computes it, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => sha256Hex(text) === inJavaScript(text)), { numRuns: 2000 });
  });

  it('reads a lone surrogate as U+FFFD, as TextEncoder does', () => {
    expect(sha256Hex('a\ud800b')).toBe(sha256Hex('a\ufffdb'));
    expect(sha256Hex('a\ud800b')).toBe('05087813392efc16fe8ff448920c6328e53af865df39419436659d9ffda90f7b');
  });
});
