import { describe, expect, it } from 'vitest';
import { DecisionSchema, ModerationInputError, moderate, moderateMany, sha256Hex } from '../src/index.js';

describe('moderate – the decision contract', () => {
  it('deletes "Du är en jävla idiot" after a screenshot, with a profanity finding on "jävla" and a Swedish reason', () => {
    const text = 'Du är en jävla idiot';
    const d = moderate({ id: '1', text });
    expect(d.action).toBe('delete-after-screenshot');
    const f = d.findings.find((x) => x.category === 'profanity');
    expect(f).toMatchObject({ ruleId: 'profanity/lexicon', start: 9, end: 14, text: 'jävla' });
    expect(text.slice(f!.start, f!.end)).toBe('jävla');
    const reason = d.reasons.find((r) => r.code === 'profanity');
    expect(reason?.message.sv).toMatch(/Svordomar eller obscena ord/);
    expect(reason?.message.en).toMatch(/Profanity/);
    expect(reason?.source.guideline).toMatch(/TILLÅT INTE – svordomar eller obscena ord/);
    expect(reason?.basis).toBe('policy');
    expect(reason?.findings).toEqual(['profanity/lexicon@9-14']);
    expect(DecisionSchema.parse(d)).toEqual(d);
  });

  it('saves the evidence the guideline asks for before deletion', () => {
    const comment = { id: 'fb_9', text: 'Vilken jävla skitkommun', author: { id: 'u1', name: 'Kalle' }, createdAt: '2026-02-03T21:15:00+01:00', channel: 'facebook' };
    const d = moderate(comment, { now: '2026-02-04T08:00:00Z' });
    expect(d.archival.decision).toBe('delete-after-screenshot');
    expect(d.archival.evidence).toEqual({
      commentId: 'fb_9',
      text: comment.text,
      sha256: sha256Hex(comment.text),
      author: { id: 'u1', name: 'Kalle' },
      channel: 'facebook',
      createdAt: '2026-02-03T20:15:00.000Z',
      decidedAt: '2026-02-04T08:00:00.000Z',
      categories: ['profanity'],
      personalDataKinds: [],
      reasons: d.reasons,
      ruleset: { id: 'osthammar', version: '2026.1' },
    });
  });

  it('hashes text with SHA-256 over UTF-8', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('says why a keep is kept', () => {
    const d = moderate({ id: '2', text: 'Jag tycker att beslutet om badhuset i Gimo är fel.' });
    expect(d.action).toBe('keep');
    expect(d.reasons.map((r) => r.code)).toEqual(['keep']);
    expect(d.reasons[0]!.message.sv).toMatch(/^Behålls/);
    expect(d.archival).toEqual({ decision: 'keep' });
  });

  it('weeds a thank-you with a date from the ruleset', () => {
    const d = moderate({ id: '3', text: 'Tack! 👍', createdAt: '2026-03-01T10:00:00+01:00' });
    expect(d.action).toBe('weed');
    expect(d.archival.weedAfter).toBe('2026-05-30');
    expect(d.reasons[0]?.code).toBe('weed');
  });

  it('is deterministic and reads no clock without `now`', () => {
    const c = { id: '4', text: 'Fy fan, jävla skit! Helvete.' };
    expect(JSON.stringify(moderate(c))).toBe(JSON.stringify(moderate(c)));
    expect(moderate(c).archival.evidence?.decidedAt).toBeUndefined();
  });

  it('returns findings sorted by span', () => {
    const d = moderate({ id: '5', text: 'skit jävla fan helvete' });
    const starts = d.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(d.findings.map((f) => f.text)).toEqual(['skit', 'jävla', 'fan', 'helvete']);
  });
});

describe('moderate – bad input', () => {
  it.each([
    [null, /expects a comment object/],
    [42, /got a number/],
    ['text', /got a string/],
    [[], /got an array/],
    [{ id: '1' }, /text: text must be a string/],
    [{ text: 'hej' }, /id must be a string/],
    [{ id: '', text: 'hej' }, /id must not be empty/],
    [{ id: '1', text: 'hej', createdAt: 'igår' }, /createdAt/],
  ])('throws ModerationInputError for %j', (input, message) => {
    expect(() => moderate(input)).toThrow(ModerationInputError);
    expect(() => moderate(input)).toThrow(message);
  });

  it('moderateMany gives one result per input, in order, with error records', () => {
    const out = moderateMany([{ id: 'a', text: 'hej' }, null, { id: 'c', text: 'jävla' }, { id: 5 }]);
    expect(out.map((r) => r.ok)).toEqual([true, false, true, false]);
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    const bad = out[1]!;
    expect(bad.ok === false && bad.error.code).toBe('MODERERA_INVALID_COMMENT');
  });
});
