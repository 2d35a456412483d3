import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findIdentityNumbers } from '../../src/detect/personal-data/identity-number.js';
import { moderate } from '../../src/index.js';
import { ROOT } from '../helpers.js';

// Skatteverket's test personnummer and samordningsnummer (open data, via ActiveLogin, MIT): ../shared/data/pii.
const PII = join(ROOT, '..', 'shared', 'data', 'pii');

function load(file: string): string[] {
  const path = join(PII, file);
  if (!existsSync(path)) {
    throw new Error(`Missing ${path}. This test needs the shared third-party data beside the repository (../shared/data/pii, see its README); it cannot pass without it.`);
  }
  const rows = readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1);
  if (rows.length < 1000 || !rows.every((r) => /^\d{12}$/.test(r))) throw new Error(`${path} is not a list of 12-digit numbers with a header line.`);
  return rows;
}

/** The number in the forms people write it, each inside a sentence; `+` for those 100 or older in 2026. */
function sentences(n: string): string[] {
  const year = Number(n.slice(0, 4));
  const sep = year <= 1926 ? '+' : '-';
  const ten = `${n.slice(2, 8)}${sep}${n.slice(8)}`;
  return [
    `Mitt personnummer är ${ten}, ring mig om det behövs.`,
    `Hon är född ${n.slice(0, 8)}-${n.slice(8)} och bor här.`,
    `Skicka till ${n} tack`,
  ];
}

/** The same number with its check digit changed: never a valid personnummer or samordningsnummer. */
function wrongCheckDigit(n: string): string {
  return `${n.slice(0, 11)}${(Number(n[11]) + 1 + (Number(n.slice(0, 4)) % 9)) % 10}`;
}

describe.each([
  ['skatteverket_testpersonnummer.csv', 'personnummer'],
  ['skatteverket_testsamordningsnummer.csv', 'samordningsnummer'],
] as const)('%s', (file, kind) => {
  const numbers = load(file);

  it(`finds every number as ${kind} in 10- and 12-digit forms inside sentences (100%)`, () => {
    let found = 0;
    let total = 0;
    const missed: string[] = [];
    for (const n of numbers) {
      for (const s of sentences(n)) {
        total++;
        const hits = findIdentityNumbers(s).filter((c) => c.kind === kind);
        if (hits.length === 1 && /\d/.test(s.slice(hits[0]!.start, hits[0]!.end))) found++;
        else if (missed.length < 5) missed.push(s);
      }
    }
    console.log(`${file}: ${found}/${total} found (${((100 * found) / total).toFixed(2)}%)`);
    expect(missed).toEqual([]);
    expect(found).toBe(total);
  });

  it('finds none of them with a changed check digit (0%)', () => {
    let found = 0;
    let total = 0;
    for (const n of numbers) {
      const bad = wrongCheckDigit(n);
      expect(bad).not.toBe(n);
      for (const s of sentences(bad)) {
        total++;
        if (findIdentityNumbers(s).some((c) => c.kind === 'personnummer' || c.kind === 'samordningsnummer')) found++;
      }
    }
    console.log(`${file} with a changed check digit: ${found}/${total} found (${((100 * found) / total).toFixed(2)}%)`);
    expect(found).toBe(0);
  });

  it('moderate() reports a sample as personal data that deletes, and the changed numbers as no personal data of any kind', () => {
    const step = Math.max(1, Math.floor(numbers.length / 150));
    for (let i = 0; i < numbers.length; i += step) {
      const n = numbers[i]!;
      const [ten, twelve] = sentences(n);
      for (const text of [ten!, twelve!]) {
        const d = moderate({ id: n, text });
        expect(d.personalData.map((p) => p.kind), text).toEqual([kind]);
        expect(d.action).toBe('delete-after-screenshot');
      }
      for (const text of sentences(wrongCheckDigit(n))) {
        const wrong = moderate({ id: n, text });
        expect(wrong.personalData, `${text}: ${wrong.personalData.map((p) => `${p.kind} ${p.text}`).join()}`).toEqual([]);
      }
    }
  });
});
