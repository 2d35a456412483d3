import { describe, expect, it } from 'vitest';
import { moderate, renderEvidence, sha256Hex } from '../../src/index.js';

const hostile = 'Jävla idioter <script>alert("x")</script> & \'hej\'\nKategorier: inga\u202Egnp.exe\u200B';
const comment = {
  id: 'fb_9<b>',
  text: hostile,
  author: { id: 'u"1', name: 'Kalle <img src=x onerror=alert(1)>' },
  createdAt: '2026-02-03T21:15:00+01:00',
  channel: 'facebook',
  inReplyTo: 'post_1',
};
const d = moderate(comment, { now: '2026-02-04T08:00:00Z' });

describe('renderEvidence', () => {
  it('renders a deleted comment as a complete, escaped HTML page with Swedish labels', () => {
    expect(d.action).toBe('delete-after-screenshot');
    const html = renderEvidence(d, 'html');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="sv">')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;hej&#39;');
    expect(html).toContain('Kalle &lt;img src=x onerror=alert(1)&gt;');
    for (const label of ['Bevis inför radering', 'Kommentarens id', 'Kanal', 'Svar på', 'Publicerad', 'Beslutad', 'Avsändare', 'Namn', 'Användar-id', 'Innehåll exakt som mottaget', 'SHA-256 (UTF-8)', 'Skäl för radering', 'Kategorier (TILLÅT INTE)', 'Personuppgifter', 'Regelverk', 'Riktlinje', 'Grund']) {
      expect(html, label).toContain(label);
    }
    expect(html).toContain(sha256Hex(hostile));
    expect(html).toContain('2026-02-03T20:15:00.000Z (2026-02-03 21:15:00 svensk tid)');
    expect(html).toContain('2026-02-04T08:00:00.000Z (2026-02-04 09:00:00 svensk tid)');
    expect(html).toContain('osthammar, version 2026.1');
    expect(html).toContain('Svordomar eller obscena ord');
    expect(html).toContain('profanity/lexicon@0-5: &quot;Jävla&quot;');
  });

  it('shows invisible and bidi characters instead of letting them reorder or hide text', () => {
    const html = renderEvidence(d, 'html');
    expect(html).not.toContain('\u202E');
    expect(html).not.toContain('\u200B');
    expect(html).toContain('[U+202E]gnp.exe[U+200B]');
    expect(html).toContain('Osynliga tecken och styrtecken visas som [U+XXXX]');
  });

  it('renders plain text where a line of the comment cannot pass for a field of the record', () => {
    const text = renderEvidence(d, 'text');
    const lines = text.split('\n');
    expect(lines[0]).toBe('BEVIS INFÖR RADERING');
    expect(lines).toContain(`| Jävla idioter <script>alert("x")</script> & 'hej'`);
    expect(lines).toContain('| Kategorier: inga[U+202E]gnp.exe[U+200B]');
    expect(lines.filter((l) => l.startsWith('Kategorier'))).toHaveLength(1);
    expect(text).toContain(`SHA-256 (UTF-8): ${sha256Hex(hostile)}`);
    expect(text).toMatch(new RegExp(`Längd: +${hostile.length} tecken`));
    expect(text).toContain('Kalle <img src=x onerror=alert(1)>');
  });

  it('is deterministic and reads no clock', () => {
    expect(renderEvidence(moderate(comment, { now: '2026-02-04T08:00:00Z' }), 'html')).toBe(renderEvidence(d, 'html'));
    expect(renderEvidence(d, 'text')).toBe(renderEvidence(d, 'text'));
  });

  it('marks missing fields as not given, accepts the evidence record itself, and renders English on request', () => {
    const bare = moderate({ id: '2', text: 'jävla skit' });
    const text = renderEvidence(bare.archival.evidence!, 'text');
    expect(text).toMatch(/Kanal: +uppgift saknas/);
    expect(text).toMatch(/Beslutad: +uppgift saknas/);
    expect(renderEvidence(bare, 'text', { locale: 'en' })).toMatch(/^EVIDENCE BEFORE DELETION/);
  });

  it('throws a clear TypeError for a decision without evidence or an unknown format', () => {
    const keep = moderate({ id: 'k', text: 'Jag tycker att beslutet är fel.' });
    expect(() => renderEvidence(keep, 'html')).toThrow(TypeError);
    expect(() => renderEvidence(keep, 'html')).toThrow(/has action "keep"/);
    expect(() => renderEvidence(d, 'pdf' as never)).toThrow(/"html" or "text"/);
  });
});
