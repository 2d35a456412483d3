import { expect, it } from 'vitest';

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * ESLint's RuleTester in small: each `invalid` text must give a finding on the quoted word, with spans that
 * slice the original to the reported text; each `valid` text must give none.
 */
export function ruleTable(hitsOf: (text: string) => readonly Hit[], invalid: readonly (readonly [string, string])[], valid: readonly string[]): void {
  it.each(invalid)('fires on %s', (text, found) => {
    const hits = hitsOf(text);
    expect(hits.map((h) => h.text)).toContain(found);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
  it.each(valid)('does not fire on %s', (text) => {
    expect(hitsOf(text)).toEqual([]);
  });
}
