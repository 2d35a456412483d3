// resolveOverlaps marks the units it keeps instead of testing each candidate against every kept one: these
// check that it keeps exactly what the pairwise test keeps, and that a long pasted list stays linear.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidate, resolveOverlaps } from '../../src/detect/personal-data/candidate.js';

/** The pairwise version it replaced. */
function pairwise(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const candidate = (minLength: number) =>
  fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: minLength, max: 15 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom('phone', 'name', 'email', 'organisationsnummer' as const))
    .map(([start, length, priority, kind]): Candidate => ({ kind: kind as Candidate['kind'], start, end: start + length, priority }));

describe('resolveOverlaps', () => {
  it('keeps what the pairwise test keeps (property)', () => {
    fc.assert(fc.property(fc.array(candidate(1), { maxLength: 25 }), (cs) => {
      expect(resolveOverlaps(cs)).toEqual(pairwise(cs));
    }), { numRuns: 3000 });
  });

  it('keeps what the pairwise test keeps with empty spans among them (property)', () => {
    fc.assert(fc.property(fc.array(candidate(0), { maxLength: 25 }), (cs) => {
      expect(resolveOverlaps(cs)).toEqual(pairwise(cs));
    }), { numRuns: 1000 });
  });

  it('keeps the stronger of two overlapping candidates and both of two neighbours', () => {
    const phone: Candidate = { kind: 'phone', start: 0, end: 10, priority: 2 };
    const pnr: Candidate = { kind: 'personnummer', start: 0, end: 11, priority: 5 };
    const next: Candidate = { kind: 'email', start: 11, end: 20, priority: 1 };
    expect(resolveOverlaps([phone, pnr, next]).map((c) => c.kind)).toEqual(['personnummer', 'email']);
  });

  it('keeps all of 90,000 numbers in a row', () => {
    const list = Array.from({ length: 90_000 }, (_, i): Candidate => ({ kind: 'phone', start: i * 11, end: i * 11 + 10, priority: 2 }));
    expect(resolveOverlaps(list)).toHaveLength(90_000);
  });
});
