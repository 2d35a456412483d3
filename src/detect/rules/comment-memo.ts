import type { DetectionContext } from '../rule.js';

const memos = new WeakMap<DetectionContext, Map<string, unknown>>();

/**
 * Computes `make()` once per comment and key: the five harm and commerce rules read the same links,
 * prices and phrase hits.
 *
 * @example
 * const prices = perComment(ctx, 'prices', () => findPrices(ctx.text));
 */
export function perComment<T>(ctx: DetectionContext, key: string, make: () => T): T {
  let m = memos.get(ctx);
  if (!m) memos.set(ctx, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const value = make();
  m.set(key, value);
  return value;
}

/** Below this confidence a Swedish verdict is a guess. */
const SURE = 0.5;

/**
 * True when the comment's language is a guess: short English comments come out as "und", Danish or
 * Norwegian ("Selling child porn, message me"), leetspeak Swedish as English with low confidence.
 * The harm rules then also read the other language family's phrases and lists.
 *
 * @example
 * unsureLanguage({ language: { code: 'da', confidence: 0.27 } }) // true
 */
export function unsureLanguage(ctx: Pick<DetectionContext, 'language'>): boolean {
  const { code, confidence } = ctx.language;
  return confidence < SURE || (code !== 'sv' && code !== 'en');
}
