import { en } from './en/index.js';
import { type MessageId, sv } from './sv/index.js';

export type { MessageId };
export type MessageData = Readonly<Record<string, string | number | boolean>>;
export const LOCALES = { sv, en } as const;
export type Locale = keyof typeof LOCALES;

/**
 * Fills a message template; an unknown `{name}` is left as written so a missing value is visible.
 *
 * @example
 * formatMessage('sv', 'profanity.word', { word: 'jävla' }) // 'Svordom eller obscent ord: "jävla".'
 */
export function formatMessage(locale: Locale, id: MessageId, data: MessageData = {}): string {
  const template: string = LOCALES[locale][id];
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Both languages at once, Swedish first. */
export function formatBoth(id: MessageId, data: MessageData = {}): { sv: string; en: string } {
  return { sv: formatMessage('sv', id, data), en: formatMessage('en', id, data) };
}

/** True when `id` names a message (for ids that come from rule data). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(sv, id);
}
