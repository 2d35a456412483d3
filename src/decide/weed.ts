import type { CommentIntent } from './intent.js';

/** Why an item is of ringa eller tillfällig betydelse, as the guideline lists them (BEVARANDE OCH GALLRING). */
export type WeedKind = 'för kännedom' | 'enkel fråga' | 'rör inte kommunen';
export const WEED_KINDS: readonly WeedKind[] = ['för kännedom', 'enkel fråga', 'rör inte kommunen'];

/**
 * Classifies a comment as ringa eller tillfällig betydelse, or `null` to keep it. The guideline names three
 * kinds: "kommentarer och inlägg som gäller för kännedom" (thanks, greetings, likes, emoji), "frågor som
 * genererar svar av enklare karaktär" and "kommentarer och inlägg som ej berör Östhammars kommuns verksamhet".
 * Anything else is kept: a weeded public record cannot be brought back, a kept one can still be weeded.
 *
 * @example
 * classifyWeed(readIntent(normalise('Tack! 👍'), tokens, 'Tack! 👍', policy)) // 'för kännedom'
 */
export function classifyWeed(intent: CommentIntent): WeedKind | null {
  if (intent.offTopic) return 'rör inte kommunen';
  if (intent.acknowledgement) return 'för kännedom';
  if (intent.simpleQuestion) return 'enkel fråga';
  return null;
}
