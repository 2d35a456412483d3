import { describe, expect, it } from 'vitest';
import { differingDecisions } from '../scripts/compare-decisions.js';
import { moderate } from '../src/moderate.js';

describe('differingDecisions', () => {
  const texts = ['Hej, när öppnar simhallen?', 'Du är en jävla idiot', 'Ring mig på 070-123 45 67'];
  it('finds nothing when both sides decide alike', () => {
    expect(differingDecisions(texts, moderate, (c) => moderate(c))).toEqual([]);
  });
  it('names exactly the comments whose decision changed', () => {
    // A broken build that never deletes: only the comments moderate() deletes may differ.
    const neverDeletes: typeof moderate = (c, o) => {
      const d = moderate(c, o);
      return d.action === 'delete-after-screenshot' ? { ...d, action: 'keep' } : d;
    };
    const deleted = texts.flatMap((text, i) => (moderate({ id: 'x', text }).action === 'delete-after-screenshot' ? [i] : []));
    expect(deleted).toContain(1);
    expect(deleted.length).toBeLessThan(texts.length);
    expect(differingDecisions(texts, moderate, neverDeletes)).toEqual(deleted);
  });
});
