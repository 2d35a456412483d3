import type { DetectionInput } from '../detect/detect.js';

/** Why an item is of ringa eller tillfällig betydelse, as the guideline lists them. */
export type WeedKind = 'för kännedom' | 'enkel fråga' | 'rör inte kommunen';

/** Only thanks, greetings, likes or emoji: the guideline's "kommentarer och inlägg som gäller för kännedom". */
const ACKNOWLEDGEMENT = /^(?:(?:tack|tackar|tusen tack|stort tack|thanks|thank you|bra|toppen|super|grymt|härligt|snyggt|gillar|like|hej|hejsan|ok|okej|kul|fint|vad fint|vad bra|så bra|wow|heja)\b[\s!.,]*)+$/u;
const ONLY_SYMBOLS = /^[\p{Extended_Pictographic}\p{Emoji_Component}\p{P}\p{S}\s]*$/u;

/**
 * Classifies a comment without findings as ringa eller tillfällig betydelse, or `null` to keep it.
 *
 * @example
 * classifyWeed(input) // 'för kännedom' for "Tack! 👍"
 */
export function classifyWeed(input: Pick<DetectionInput, 'normalised'>): WeedKind | null {
  const text = input.normalised.text.trim();
  if (text.length === 0 || ONLY_SYMBOLS.test(text)) return 'för kännedom';
  const words = text.replace(/[\p{Extended_Pictographic}\p{Emoji_Component}]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (words.length === 0 || ACKNOWLEDGEMENT.test(words)) return 'för kännedom';
  return null;
}
