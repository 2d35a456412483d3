import type { DetectionContext } from '../rule.js';

const memos = new WeakMap<DetectionContext, Map<string, unknown>>();

/**
 * Computes `make(ctx, arg)` once per comment and key: the five harm and commerce rules read the same links,
 * prices and phrase hits. A hot caller passes a module-level `make` and its `arg`, not a new closure per call.
 *
 * @example
 * const prices = perComment(ctx, 'prices', () => findPrices(ctx.text));
 */
export function perComment<T>(ctx: DetectionContext, key: string, make: (ctx: DetectionContext) => T): T;
export function perComment<T, A>(ctx: DetectionContext, key: string, make: (ctx: DetectionContext, arg: A) => T, arg: A): T;
export function perComment<T, A>(ctx: DetectionContext, key: string, make: (ctx: DetectionContext, arg?: A) => T, arg?: A): T {
  // The engine's contexts carry their memo (a WeakMap look-up per call was most of a memo hit); others get one here.
  let m = ctx.memo ?? memos.get(ctx);
  if (!m) memos.set(ctx, (m = new Map()));
  // One look-up when the value is there (no memo holds undefined but the has() covers it if one did).
  const had = m.get(key);
  if (had !== undefined || m.has(key)) return had as T;
  const value = make(ctx, arg);
  m.set(key, value);
  return value;
}

const listKeys = new WeakMap<readonly string[], Map<string, string>>();

/**
 * `${prefix}:${list.join(',')}`, made once per prefix and (constant) list: a memo key built by joining on
 * every call cost more than the look-up it keys.
 *
 * @example
 * listKey('phrases', ['crime.sv', 'crime.en']) // 'phrases:crime.sv,crime.en'
 */
export function listKey(prefix: string, list: readonly string[]): string {
  let byPrefix = listKeys.get(list);
  if (!byPrefix) listKeys.set(list, (byPrefix = new Map()));
  let key = byPrefix.get(prefix);
  if (key === undefined) byPrefix.set(prefix, (key = `${prefix}:${list.join(',')}`));
  return key;
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
