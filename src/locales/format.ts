import { en } from './en/index.js';
import { type MessageId, sv } from './sv/index.js';

export type { MessageId };
export type MessageData = Readonly<Record<string, string | number | boolean>>;
export const LOCALES = { sv, en } as const;
export type Locale = keyof typeof LOCALES;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Templates split at their `{name}`s: text, name, text, …, text. Keyed by the template itself, so an edited message is split anew. */
const splitTemplates = new Map<string, readonly string[]>();
const SPLIT_CACHE_LIMIT = 4096;

function split(template: string): readonly string[] {
  const cached = splitTemplates.get(template);
  if (cached) return cached;
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  if (splitTemplates.size >= SPLIT_CACHE_LIMIT) splitTemplates.clear();
  splitTemplates.set(template, parts);
  return parts;
}

/**
 * Fills a message template; an unknown `{name}` is left as written so a missing value is visible.
 *
 * @example
 * formatMessage('sv', 'profanity.word', { word: 'jävla' }) // 'Svordom eller obscent ord: "jävla".'
 */
export function formatMessage(locale: Locale, id: MessageId, data: MessageData = {}): string {
  const template: string = LOCALES[locale][id];
  const parts = split(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    out += (key in data ? String(data[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return out;
}

/** Both languages at once, Swedish first. */
export function formatBoth(id: MessageId, data: MessageData = {}): { sv: string; en: string } {
  return { sv: formatMessage('sv', id, data), en: formatMessage('en', id, data) };
}

/** True when `id` names a message (for ids that come from rule data). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(sv, id);
}
