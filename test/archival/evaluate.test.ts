import { describe, expect, it } from 'vitest';
import { evaluate, formatEvaluationTable, moderate } from '../../src/index.js';

const comments = [
  { id: 'a', text: 'När öppnar badhuset?', createdAt: '2026-01-12T10:00:00+01:00' },
  { id: 'b', text: 'Snöröjningen i Gimo är under all kritik.', createdAt: '2026-01-12T17:00:00+01:00' },
  { id: 'c', text: 'Gatlampan vid Storgatan är trasig', createdAt: '2026-01-09T12:00:00+01:00' },
  { id: 'd', text: 'Tack! 👍', createdAt: '2026-01-12T10:00:00+01:00' },
  { id: 'e', text: 'Jag tycker att beslutet är fel.', createdAt: '2026-01-12T10:00:00+01:00' },
  { id: 'f', text: 'Jävla kommun', createdAt: '2026-01-12T10:00:00+01:00' },
];
const decisions = comments.map((c) => moderate(c));
const replies = [
  { commentId: 'a', repliedAt: '2026-01-12T13:00:00+01:00' }, // 3 h, same day
  { commentId: 'b', repliedAt: '2026-01-16T09:00:00+01:00' }, // received Tuesday, due Thursday: late
  { commentId: 'b', repliedAt: '2026-01-17T09:00:00+01:00' }, // a later reply does not count
  { commentId: 'zzz', repliedAt: '2026-01-12T13:00:00+01:00' },
];

describe('evaluate (UTVÄRDERING)', () => {
  it('counts actions, categories and replies expected without replies', () => {
    const r = evaluate(decisions);
    expect(r.comments).toBe(6);
    expect(r.actions).toEqual({ keep: 3, 'delete-after-screenshot': 1, weed: 2 });
    expect(r.categories.profanity).toBe(1);
    expect(r.replies).toEqual({ expected: 3, replied: 0, unanswered: 3, rate: 0, onTime: 0, late: 0 });
    expect(r.repliesGiven).toBe(false);
    expect(r.departments.map((x) => [x.department, x.expected])).toEqual([
      ['samhällsbyggnad', 2],
      ['kultur och fritid', 1],
    ]);
  });

  it('measures reply rate, replies on time and reply times when replies are given', () => {
    const r = evaluate(decisions, { replies, comments });
    expect(r.replies.expected).toBe(3);
    expect(r.replies.replied).toBe(2);
    expect(r.replies.unanswered).toBe(1);
    expect(r.replies.rate).toBeCloseTo(2 / 3);
    expect(r.replies.onTime).toBe(1);
    expect(r.replies.late).toBe(1);
    expect(r.replies.times).toEqual({ count: 2, medianHours: 45.5, meanHours: 45.5, maxHours: 88, medianWorkingDays: 1.5 }); // 3 h and 88 h; 0 and 3 working days
    expect(r.unmatchedReplies).toBe(1);
    const sb = r.departments.find((x) => x.department === 'samhällsbyggnad')!;
    expect([sb.expected, sb.replied, sb.late]).toEqual([2, 1, 1]);
  });

  it('falls back to the evidence record for createdAt and rejects a bad reply time', () => {
    const r = evaluate(decisions, { replies: [{ commentId: 'a', repliedAt: '2026-01-12T11:00:00+01:00' }] });
    expect(r.replies.times).toBeUndefined();
    expect(r.replies.onTime).toBe(1);
    expect(() => evaluate(decisions, { replies: [{ commentId: 'a', repliedAt: 'igår' }] })).toThrow(/ISO-8601/);
  });

  it('prints a Swedish table', () => {
    const table = formatEvaluationTable(evaluate(decisions, { replies, comments }));
    expect(table).toContain('Utvärdering (UTVÄRDERING: tid, engagemang och gensvar)');
    expect(table).toContain('Kommentarer: 6');
    expect(table).toMatch(/bevaras +3 +50\.0 %/);
    expect(table).toMatch(/raderas efter skärmdump +1 +16\.7 %/);
    expect(table).toMatch(/Svordomar eller obscena ord +1/);
    expect(table).toContain('Svarsfrekvens: 66.7 %');
    expect(table).toContain('Besvarade för sent: 1');
    expect(table).toContain('Svarstid, median (timmar): 45.5');
    expect(table).toMatch(/samhällsbyggnad +2 +1 +50\.0 %/);
    expect(formatEvaluationTable(evaluate(decisions))).toContain('Inga svar angivna');
    expect(formatEvaluationTable(evaluate([]), { locale: 'en' })).toContain('Comments: 0');
  });
});
