import { describe, expect, it } from 'vitest';
import { defineRuleset, moderate, osthammar, replyDueBy } from '../../src/index.js';
import { policy } from './helpers.js';

describe('reply: expected, department, dueBy', () => {
  it('a simple question is weeded AND owed its simple answer, with a deadline from createdAt', () => {
    const d = moderate({ id: '1', text: 'När öppnar badhuset?', createdAt: '2026-03-02T09:00:00+01:00' });
    expect(d.action).toBe('weed');
    expect(d.reply).toEqual({ expected: true, department: 'kultur och fritid', dueBy: '2026-03-04' });
  });

  it('uses the moderator clock when the comment has no date, and leaves dueBy out with neither', () => {
    expect(moderate({ id: '1', text: 'När öppnar badhuset?' }, { now: '2026-03-06T15:00:00+01:00' }).reply.dueBy).toBe('2026-03-10');
    const d = moderate({ id: '1', text: 'När öppnar badhuset?' });
    expect(d.reply).toEqual({ expected: true, department: 'kultur och fritid' });
  });

  it('prefers createdAt over now for the deadline', () => {
    const d = moderate({ id: '1', text: 'När öppnar badhuset?', createdAt: '2026-01-12T10:00:00+01:00' }, { now: '2026-02-02T10:00:00+01:00' });
    expect(d.reply.dueBy).toBe('2026-01-14');
  });

  it('expects no public reply to a removed comment, even a question', () => {
    const d = moderate({ id: '1', text: 'Varför är ni så jävla dåliga på att ploga?', createdAt: '2026-01-12T10:00:00+01:00' });
    expect(d.action).toBe('delete-after-screenshot');
    expect(d.reply).toEqual({ expected: false });
    expect(d.reasons.some((r) => r.code === 'reply')).toBe(false);
  });

  it('gives a reason for the reply citing ANSVAR FÖR ATT SVARA, in Swedish and English', () => {
    const d = moderate({ id: '1', text: 'Gatlampan på Hamngatan är trasig sedan en vecka.', createdAt: '2026-12-23T10:00:00+01:00' });
    const r = d.reasons.find((x) => x.code === 'reply')!;
    expect(r.message.sv).toBe('Svar förväntas: kommentaren anmäler ett fel som kommunen behöver se till. Besvaras av samhällsbyggnad (ämne: gator-och-parker), senast 2026-12-29 (2 arbetsdagar).');
    expect(r.message.en).toBe('Reply expected: the comment reports a fault the municipality needs to see to. To be answered by samhällsbyggnad (topic: gator-och-parker), by 2026-12-29 (2 working days).');
    expect(r.source.guideline).toMatch(/ANSVAR FÖR ATT SVARA/);
    expect(r.source.law).toMatch(/Förvaltningslagen \(2017:900\) 6 §/);
    expect(d.reasons.map((x) => x.code)).toEqual(['keep', 'reply']);
  });

  it('does not owe a reply to talk between participants or to private matters', () => {
    expect(moderate({ id: '1', text: 'Har du testat att ringa dem direkt?', inReplyTo: 'p' }).reply.expected).toBe(false);
    expect(moderate({ id: '1', text: 'Någon som sett min katt?' }).reply.expected).toBe(false);
    expect(moderate({ id: '1', text: 'Tack för svaret!' }).reply.expected).toBe(false);
  });

  it('reads response days, office hours and closed eves from the ruleset', () => {
    const slow = defineRuleset(
      { id: 'slow', name: 'Långsam kommun', policy: { reply: { responseWorkingDays: 5, officeHours: { opens: '09:00', closes: '15:00' }, closedEves: [] } } },
      { extends: osthammar },
    );
    const at = '2026-06-18T15:30:00+02:00'; // after 15:00: counted from midsommarafton, a working day here
    expect(moderate({ id: '1', text: 'När öppnar badhuset?', createdAt: at }, { ruleset: slow }).reply.dueBy).toBe('2026-06-26');
    expect(moderate({ id: '1', text: 'När öppnar badhuset?', createdAt: at }).reply.dueBy).toBe('2026-06-23'); // before 16:30: Thursday, then Monday and Tuesday
  });

  it('replyDueBy counts from the next working day after closing time', () => {
    expect(replyDueBy('2026-01-09T16:45:00+01:00', policy)).toBe('2026-01-14');
    expect(replyDueBy(new Date('2026-01-09T15:00:00Z'), policy)).toBe('2026-01-13');
  });
});
