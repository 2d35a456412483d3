import { matchTokens } from '../lexicon/match.js';
import { matchPatterns } from '../lexicon/patterns.js';
import type { Finding, PersonalDataKind } from '../schema/decision.js';
import type { DetectionContext, Rule } from './rule.js';

/** A finding with what the explain stage needs to cite its law. */
export interface DetectedFinding extends Finding {
  readonly kind?: PersonalDataKind;
  readonly law?: string;
  readonly basis?: 'legalDuty' | 'policy';
}

/** Everything a context needs except the lexicon hits, which `detect` computes. */
export type DetectionInput = Omit<DetectionContext, 'hits' | 'patternHits' | 'memo'>;

/**
 * Runs every rule over the comment and returns findings sorted by span, then rule id, without duplicates.
 *
 * @example
 * detect(input, RULES).map(f => f.text) // ['jävla']
 */
export function detect(input: DetectionInput, rules: readonly Rule[]): DetectedFinding[] {
  const english = input.language.code === 'en';
  const ctx: DetectionContext = {
    ...input,
    hits: matchTokens(english ? input.ruleset.english : input.ruleset.swedish, input.tokens),
    patternHits: matchPatterns(english ? input.ruleset.englishPatterns : input.ruleset.swedishPatterns, input.normalised.text),
    memo: new Map(),
  };
  const seen = new Set<string>();
  const out: DetectedFinding[] = [];
  for (const rule of rules) {
    for (const f of rule.detect(ctx)) {
      const key = `${rule.meta.id}@${f.start}-${f.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        ruleId: rule.meta.id,
        category: rule.meta.category,
        start: f.start,
        end: f.end,
        text: input.text.slice(f.start, f.end),
        messageId: f.messageId,
        ...(f.data ? { data: { ...f.data } } : {}),
        ...(f.kind ? { kind: f.kind } : {}),
        ...(f.law ? { law: f.law } : {}),
        ...(f.basis ? { basis: f.basis } : {}),
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The id a reason uses to point at a finding. */
export function findingKey(f: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${f.ruleId}@${f.start}-${f.end}`;
}
