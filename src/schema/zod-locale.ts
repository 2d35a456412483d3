import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * Parse options that give zod's English messages ("Invalid input: expected string, received number"), which
 * classic `zod` loads at import and `zod/mini` leaves out ("Invalid input"). Every parse moderera makes passes
 * it; a message a schema sets itself still wins over it.
 *
 * @example
 * CommentSchema.safeParse({ id: 1, text: '' }, inEnglish)
 */
export const inEnglish = { error: en().localeError };

// Consumers parse CommentSchema, DecisionSchema… themselves: classic zod set English on zod's config (shared via globalThis) at import when no locale was set, so this keeps their messages; a locale they configure still wins.
if (!z.config().localeError) z.config({ localeError: inEnglish.error });
