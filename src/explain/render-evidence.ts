import { TZDate } from '@date-fns/tz';
// Per-function paths: the date-fns index loads every module (over 100 ms at start-up).
// lightFormat: numeric tokens only, without format()'s locale and formatter tables (~14 KB minified).
import { lightFormat } from 'date-fns/lightFormat';
import { MUNICIPAL_TIME_ZONE } from '../calendar/calendar-day.js';
import { type Locale, type MessageId, formatMessage, isMessageId } from '../locales/format.js';
import type { Decision, EvidenceRecord } from '../schema/decision.js';

/** The two printable forms of an evidence record. */
export type EvidenceFormat = 'html' | 'text';

export interface RenderEvidenceOptions {
  /** Language of labels and reasons; Swedish by default, for the municipality's archive. */
  readonly locale?: Locale;
}

/**
 * Characters a reader cannot see or that reorder what is shown (controls, zero-width and bidi marks, line and
 * paragraph separators, lone surrogates): printed as `[U+XXXX]` so the record shows what was really sent.
 */
const INVISIBLE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

function visible(s: string): { text: string; hidden: number } {
  let hidden = 0;
  const text = s.replace(INVISIBLE, (c) => {
    hidden++;
    return `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`;
  });
  return { text, hidden };
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

function evidenceOf(input: Decision | EvidenceRecord): EvidenceRecord {
  if ('sha256' in input && typeof input.sha256 === 'string') return input;
  const d = input as Decision;
  if (d.archival?.evidence) return d.archival.evidence;
  throw new TypeError(
    `renderEvidence() needs a decision with archival.evidence (action "delete-after-screenshot"), but comment "${String(d.commentId)}" has action "${String(d.action)}". Only comments to be deleted have an evidence record to print.`,
  );
}

function when(iso: string | undefined, locale: Locale): string | undefined {
  if (iso === undefined) return undefined;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = lightFormat(new TZDate(ms, MUNICIPAL_TIME_ZONE), 'yyyy-MM-dd HH:mm:ss');
  return `${iso} (${formatMessage(locale, 'evidence.localTime', { local })})`;
}

function label(locale: Locale, id: string, fallback: string): string {
  return isMessageId(id) ? formatMessage(locale, id) : fallback;
}

/** One reason as the record prints it, with the exact text of each finding it rests on. */
interface ReasonView {
  readonly message: string;
  readonly guideline: string;
  readonly law?: string;
  readonly basis: string;
  readonly findings: readonly string[];
}

interface EvidenceView {
  readonly title: string;
  readonly intro: string;
  readonly comment: readonly (readonly [string, string])[];
  readonly sender: readonly (readonly [string, string])[];
  readonly content: string;
  readonly hidden: number;
  readonly integrity: readonly (readonly [string, string])[];
  readonly grounds: readonly (readonly [string, string])[];
  readonly reasons: readonly ReasonView[];
}

function view(e: EvidenceRecord, locale: Locale): EvidenceView {
  const m = (id: MessageId, data?: Record<string, string | number>) => formatMessage(locale, id, data);
  const notGiven = m('evidence.notGiven');
  const shown = (s: string | undefined) => (s === undefined ? notGiven : visible(s).text);
  const content = visible(e.text);
  const finding = (key: string) => {
    const at = /@(\d+)-(\d+)$/.exec(key);
    if (!at) return visible(key).text;
    const snippet = e.text.slice(Number(at[1]), Number(at[2]));
    return `${visible(key).text}: "${visible(snippet).text}"`;
  };
  const none = m('evidence.none');
  return {
    title: m('evidence.title'),
    intro: m('evidence.intro'),
    comment: [
      [m('evidence.field.commentId'), shown(e.commentId)],
      [m('evidence.field.channel'), shown(e.channel)],
      [m('evidence.field.inReplyTo'), shown(e.inReplyTo)],
      [m('evidence.field.createdAt'), shown(when(e.createdAt, locale))],
      [m('evidence.field.decidedAt'), shown(when(e.decidedAt, locale))],
    ],
    sender: [
      [m('evidence.field.authorName'), shown(e.author.name)],
      [m('evidence.field.authorId'), shown(e.author.id)],
    ],
    content: content.text,
    hidden: content.hidden,
    integrity: [
      [m('evidence.field.length'), m('evidence.length', { chars: e.text.length })],
      [m('evidence.field.sha256'), e.sha256],
    ],
    grounds: [
      [m('evidence.field.categories'), e.categories.map((c) => label(locale, `category.${c}`, c)).join(', ') || none],
      [m('evidence.field.personalData'), e.personalDataKinds.map((k) => label(locale, `evidence.kind.${k}`, k)).join(', ') || none],
      [m('evidence.field.ruleset'), m('evidence.rulesetVersion', { id: visible(e.ruleset.id).text, version: visible(e.ruleset.version).text })],
    ],
    reasons: e.reasons.map((r) => ({
      message: visible(r.message[locale]).text,
      guideline: visible(r.source.guideline).text,
      ...(r.source.law ? { law: visible(r.source.law).text } : {}),
      basis: label(locale, `evidence.basis.${r.basis}`, r.basis),
      findings: r.findings.map(finding),
    })),
  };
}

const CSS =
  'body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}' +
  'h1{font-size:1.5rem}h2{font-size:1.1rem;border-bottom:1px solid #999;margin-top:1.5rem}' +
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}' +
  'pre{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #999;padding:.75rem;background:#f6f6f6;unicode-bidi:isolate}' +
  'code{overflow-wrap:anywhere}@media print{body{margin:0}}';

function htmlFields(rows: readonly (readonly [string, string])[]): string {
  return `<dl>\n${rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('\n')}\n</dl>`;
}

function renderHtml(v: EvidenceView, locale: Locale): string {
  const m = (id: MessageId) => escapeHtml(formatMessage(locale, id));
  const reasons = v.reasons
    .map((r) => {
      const rows: [string, string][] = [[formatMessage(locale, 'evidence.field.guideline'), r.guideline]];
      if (r.law) rows.push([formatMessage(locale, 'evidence.field.law'), r.law]);
      rows.push([formatMessage(locale, 'evidence.field.basis'), r.basis]);
      if (r.findings.length > 0) rows.push([formatMessage(locale, 'evidence.field.findings'), r.findings.join('; ')]);
      return `<li><p>${escapeHtml(r.message)}</p>\n${htmlFields(rows)}</li>`;
    })
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(v.title)}</title><style>${CSS}</style></head>`,
    '<body>',
    `<h1>${escapeHtml(v.title)}</h1>`,
    `<p>${escapeHtml(v.intro)}</p>`,
    `<h2>${m('evidence.section.comment')}</h2>`,
    htmlFields(v.comment),
    `<h2>${m('evidence.section.sender')}</h2>`,
    htmlFields(v.sender),
    `<h2>${m('evidence.section.content')}</h2>`,
    `<pre>${escapeHtml(v.content)}</pre>`,
    ...(v.hidden > 0 ? [`<p>${m('evidence.invisible')}</p>`] : []),
    htmlFields(v.integrity),
    `<h2>${m('evidence.section.grounds')}</h2>`,
    htmlFields(v.grounds),
    `<ol>\n${reasons}\n</ol>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function textFields(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([k]) => k.length)) + 1;
  // Values are indented under their label, so a line break in user input cannot start a forged field.
  return rows.map(([k, v]) => `${`${k}:`.padEnd(width)} ${v.replace(/\r\n|\r|\n/g, `\n${' '.repeat(width + 1)}`)}`);
}

function heading(s: string, rule: string): string[] {
  return [s, rule.repeat(s.length)];
}

function renderText(v: EvidenceView, locale: Locale): string {
  const m = (id: MessageId) => formatMessage(locale, id);
  const reasons = v.reasons.flatMap((r, i) => {
    const rows: [string, string][] = [[m('evidence.field.guideline'), r.guideline]];
    if (r.law) rows.push([m('evidence.field.law'), r.law]);
    rows.push([m('evidence.field.basis'), r.basis]);
    if (r.findings.length > 0) rows.push([m('evidence.field.findings'), r.findings.join('; ')]);
    return [`${i + 1}. ${r.message}`, ...textFields(rows).map((l) => `   ${l.replace(/\n/g, '\n   ')}`), ''];
  });
  return [
    ...heading(v.title.toUpperCase(), '='),
    v.intro,
    '',
    ...heading(m('evidence.section.comment'), '-'),
    ...textFields(v.comment),
    '',
    ...heading(m('evidence.section.sender'), '-'),
    ...textFields(v.sender),
    '',
    ...heading(m('evidence.section.content'), '-'),
    // Every line of the comment is quoted with "| ", so its text can never pass for a field of the record.
    ...v.content.split(/\r\n|\r|\n/).map((l) => `| ${l}`),
    ...(v.hidden > 0 ? [m('evidence.invisible')] : []),
    ...textFields(v.integrity),
    '',
    ...heading(m('evidence.section.grounds'), '-'),
    ...textFields(v.grounds),
    '',
    ...reasons,
  ].join('\n');
}

/**
 * A printable record of what the guideline says must be saved before a comment is deleted (the "skärmdump"
 * in structured form): the content exactly as received, sender, timestamps (ISO and Swedish local time),
 * channel, the grounds with guideline sections and laws, the ruleset version and the SHA-256 of the text.
 * Swedish by default. `html` is a complete, self-contained page with every user-supplied string escaped;
 * `text` is plain text for archives. Invisible and bidi control characters are shown as `[U+XXXX]`.
 * Deterministic: the same decision gives the same bytes. Throws a `TypeError` for a decision without evidence.
 *
 * @example
 * const d = moderate({ id: 'fb_9', text: 'Vilken jävla skitkommun' }, { now: '2026-02-04T08:00:00Z' });
 * renderEvidence(d, 'text').split('\n')[0] // 'BEVIS INFÖR RADERING'
 */
export function renderEvidence(decision: Decision | EvidenceRecord, format: EvidenceFormat = 'html', { locale = 'sv' }: RenderEvidenceOptions = {}): string {
  if (format !== 'html' && format !== 'text') {
    throw new TypeError(`renderEvidence() renders "html" or "text", not "${String(format)}".`);
  }
  const v = view(evidenceOf(decision), locale);
  return format === 'html' ? renderHtml(v, locale) : renderText(v, locale);
}
