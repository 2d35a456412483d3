import { describe, expect, it, vi } from 'vitest';
import { hitsOf, segmentsOf } from '../examples/dashboard/src/spans.js';
import { moderate } from '../src/index.js';

// The dashboard imports the library by its package name; here that is the source under test, not dist/.
vi.mock('moderera', () => import('../src/index.js'));

describe('dashboard spans', () => {
  it('labels findings in Swedish, personal data by its kind, and cuts the text at their edges', () => {
    const text = 'Fy fan, ring 070-174 06 05';
    const d = moderate({ id: '1', text });
    const hits = hitsOf(d);
    expect(hits).toContainEqual({ start: 3, end: 6, category: 'profanity', label: 'Svordomar eller obscena ord' });
    expect(hits).toContainEqual({ start: 13, end: 26, category: 'personal-data', label: 'Personuppgift: telefonnummer' });
    // A personal-data finding is shown once, from d.personalData, not again from d.findings.
    expect(hits.filter((h) => h.start === 13)).toHaveLength(1);
    const synthetic = hitsOf({ findings: [{ ruleId: 'r', category: 'insult', start: 0, end: 2, text: 'Fy', messageId: 'm' }], personalData: [] });
    expect(segmentsOf('Fy fan', synthetic).map((s) => [s.text, s.hits.length])).toEqual([['Fy', 1], [' fan', 0]]);
  });
  it('splits overlapping hits into pieces without losing or repeating text', () => {
    const a = { start: 0, end: 5, category: 'insult', label: 'A' };
    const b = { start: 3, end: 8, category: 'personal-data', label: 'B' };
    const segs = segmentsOf('abcdefghij', [a, b]);
    expect(segs.map((s) => [s.text, s.hits.map((h) => h.label).join('+')])).toEqual([['abc', 'A'], ['de', 'A+B'], ['fgh', 'B'], ['ij', '']]);
    expect(segs.map((s) => s.text).join('')).toBe('abcdefghij');
    expect(segmentsOf('', [])).toEqual([]);
  });
});
