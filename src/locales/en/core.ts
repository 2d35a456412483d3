import type { svCore } from '../sv/core.js';

/** English messages for the decision as a whole. Placeholders: `{name}`. */
export const enCore: Record<keyof typeof svCore, string> = {
  'reason.category': '{category}: {count} hit(s) – {words}.',
  'evidence.title': 'Evidence before deletion',
};
