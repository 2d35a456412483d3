import { describe, expect, it } from 'vitest';
import { moderate } from '../../src/index.js';

// Long runs of one character used to cost quadratic time (regexes retried at every start, compounds split
// at every point). Each case must stay well under the budget; a quadratic stage takes tens of seconds here.
describe('long runs of one character', () => {
  it.each([
    ['letters', 'a'.repeat(20_000)],
    ['dots', '.'.repeat(20_000)],
    ['digits', '1'.repeat(20_000)],
    ['spaces', `x${' '.repeat(20_000)}x`],
    ['addresses', 'Storgatan 12 '.repeat(1_500)],
  ])('%s: moderated, spans inside the text', (_name, text) => {
    const d = moderate({ id: 'run', text });
    for (const f of d.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  }, 15_000);
});
