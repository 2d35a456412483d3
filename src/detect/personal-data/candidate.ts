import type { MessageData } from '../../locales/format.js';
import type { PersonalDataKind } from '../../schema/decision.js';

/** What a finder may report: a personal-data kind, or an organisationsnummer that blocks every kind on its span. */
export type CandidateKind = PersonalDataKind | 'organisationsnummer';

/** One span a finder believes is personal data (or, for `organisationsnummer`, is recognised as not being so). */
export interface Candidate {
  readonly kind: CandidateKind;
  /** Half-open UTF-16 span of the ORIGINAL text. */
  readonly start: number;
  readonly end: number;
  /** Higher wins when two candidates overlap. */
  readonly priority: number;
  readonly data?: MessageData;
}

/**
 * Keeps the strongest of overlapping candidates (higher priority, then longer, then earlier) and returns
 * the survivors sorted by position, so a personnummer is not also a phone number and a name inside an
 * e-mail address is not also a name.
 *
 * @example
 * resolveOverlaps([{ kind: 'phone', start: 0, end: 10, priority: 2 }, { kind: 'personnummer', start: 0, end: 11, priority: 5 }]).map(c => c.kind) // ['personnummer']
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  if (candidates.some((c) => c.end <= c.start)) {
    // An empty span overlaps only what surrounds it: the pairwise test says so; found data never has one.
    for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  } else {
    // Units already kept: a candidate costs its own length, not the number kept (a pasted list of 90,000 numbers).
    const taken = new Uint8Array(candidates.reduce((n, c) => Math.max(n, c.end), 0));
    for (const c of ranked) {
      let free = true;
      for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
